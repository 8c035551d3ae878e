import { Kind } from './char-kind';

const isAlnum = (k: number) => k === Kind.Latin || k === Kind.Digit;

/**
 * Marks the separators inside spelled-out words ("l.a.w.s.u.i.t", "s u e", "p.m.") so
 * the word is matched whole. A run needs three single letters, or two joined by dots.
 * `kinds` holds the kind of each unit of `codes`.
 */
export function spelledOutSeparators(codes: Uint16Array, kinds: Uint8Array): Uint8Array {
  const n = codes.length;
  const drop = new Uint8Array(n);
  const single = (p: number) => p < n && kinds[p] === Kind.Latin && !(p > 0 && isAlnum(kinds[p - 1]!)) && !(p + 1 < n && isAlnum(kinds[p + 1]!));
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
      const sep = kinds[q + 1];
      if ((sep !== Kind.Separator && sep !== Kind.Space) || !single(q + 2)) break;
      if (codes[q + 1] !== 46) allDots = false;
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
