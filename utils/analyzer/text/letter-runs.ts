import { Kind, kindAt } from './char-kind';

const isAlnum = (k: Kind) => k === Kind.Latin || k === Kind.Digit;

/**
 * Marks the separators inside spelled-out words ("l.a.w.s.u.i.t", "s u e", "p.m.") so
 * the word is matched whole. A run needs three single letters, or two joined by dots.
 */
export function spelledOutSeparators(text: string): Uint8Array {
  const n = text.length;
  const drop = new Uint8Array(n);
  const single = (p: number) =>
    p < n && kindAt(text, p) === Kind.Latin && !(p > 0 && isAlnum(kindAt(text, p - 1))) && !(p + 1 < n && isAlnum(kindAt(text, p + 1)));
  let p = 0;
  while (p < n) {
    if (!single(p)) {
      p++;
      continue;
    }
    let letters = 1;
    let allDots = true;
    let q = p;
    while (q + 2 < n) {
      const sep = kindAt(text, q + 1);
      if ((sep !== Kind.Separator && sep !== Kind.Space) || !single(q + 2)) break;
      if (text[q + 1] !== '.') allDots = false;
      letters++;
      q += 2;
    }
    if (letters >= 3 || (letters === 2 && allDots)) {
      for (let s = p + 1; s < q; s += 2) drop[s] = 1;
    }
    p = q + 1;
  }
  return drop;
}
