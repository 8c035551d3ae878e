import { Kind } from './char-kind';

// The kinds as plain constants: they are compared for every character, and a constant
// costs less than reading a property of the imported object each time.
const { Latin, Digit, Separator, Space } = Kind;
const isAlnum = (k: number) => k === Latin || k === Digit;

/**
 * Marks the separators inside spelled-out words ("l.a.w.s.u.i.t", "s u e", "p.m.") so
 * the word is matched whole. A run needs three single letters, or two joined by dots.
 * `kinds` holds the kind of each unit of `codes`.
 */
export function spelledOutSeparators(codes: Uint16Array, kinds: Uint8Array): Uint8Array {
  const n = codes.length;
  const drop = new Uint8Array(n);
  const single = (p: number) => p < n && kinds[p] === Latin && !(p > 0 && isAlnum(kinds[p - 1]!)) && !(p + 1 < n && isAlnum(kinds[p + 1]!));
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
      if ((sep !== Separator && sep !== Space) || !single(q + 2)) break;
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
