/**
 * What role one UTF-16 unit plays when a message is folded for matching.
 * Decided by code ranges rather than Unicode-property regular expressions:
 * it runs once per character of every message, so it must be cheap.
 */
export const Kind = {
  /** Invisible or decorative: zero-width marks, direction marks, emoji, variation selectors. */
  Drop: 0,
  /** Horizontal white space. */
  Space: 1,
  /** A line break: always ends a sentence. */
  Newline: 2,
  /** Symbols people slip between characters to dodge filters: * . - _ ~ | / quotes … */
  Separator: 3,
  /** Punctuation that ends a clause or a sentence. */
  Clause: 4,
  Han: 5,
  Latin: 6,
  Digit: 7,
  /** Anything else that carries meaning (kana, other scripts, currency signs…). */
  Other: 8,
} as const;
export type Kind = (typeof Kind)[keyof typeof Kind];

const ASCII: Kind[] = [];
for (let c = 0; c < 128; c++) ASCII.push(Kind.Other);
for (let c = 0; c < 32; c++) ASCII[c] = Kind.Drop;
ASCII[9] = Kind.Space;
ASCII[11] = Kind.Space;
ASCII[12] = Kind.Space;
ASCII[13] = Kind.Space;
ASCII[10] = Kind.Newline;
ASCII[32] = Kind.Space;
ASCII[127] = Kind.Drop;
for (const ch of '*.-_~|/\\^+=\'"`#@&%$<>') ASCII[ch.charCodeAt(0)] = Kind.Separator;
for (const ch of ',;:!?()[]{}') ASCII[ch.charCodeAt(0)] = Kind.Clause;
for (let c = 48; c <= 57; c++) ASCII[c] = Kind.Digit;
for (let c = 65; c <= 90; c++) ASCII[c] = Kind.Latin;
for (let c = 97; c <= 122; c++) ASCII[c] = Kind.Latin;

const WIDE_SEPARATORS = new Set([0x00b7, 0x2022, 0x30fb, 0x2019, 0x2018, 0x201c, 0x201d, 0x300c, 0x300d, 0x300e, 0x300f, 0x02bc, 0x2032, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x300a, 0x300b, 0x3008, 0x3009]);
const WIDE_CLAUSE = new Set([0x3001, 0x3002, 0x2026, 0x2025, 0x3010, 0x3011, 0x3014, 0x3015, 0xff61, 0xff64]);

/**
 * The kind of one UTF-16 unit; `next` is the unit after it, which decides whether a
 * high surrogate starts a valid pair. A pair is judged by its high half.
 */
export function kindOf(c: number, next: number): Kind {
  if (c < 128) return ASCII[c]!;
  if (c >= 0x4e00 && c <= 0x9fff) return Kind.Han;
  if (c >= 0x3400 && c <= 0x4dbf) return Kind.Han;
  if (c >= 0xf900 && c <= 0xfaff) return Kind.Han;
  if (c === 0x3007 || c === 0x3005) return Kind.Han;
  if (c >= 0xd800 && c <= 0xdbff) {
    if (!(next >= 0xdc00 && next <= 0xdfff)) return Kind.Drop;
    // Planes 2 and 3 hold the rarer Han ideographs; plane 1's symbols are emoji and
    // pictographs, except the styled letters people use to dodge filters (𝐩𝐨𝐥𝐢𝐜𝐞).
    if (c >= 0xd840 && c <= 0xd8bf) return Kind.Han;
    return styledLetter(c, next) === undefined ? Kind.Drop : Kind.Latin;
  }
  if (c >= 0xdc00 && c <= 0xdfff) return Kind.Drop;
  if (c <= 0x9f) return Kind.Drop;
  if (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000) return Kind.Space;
  if (c === 0x85 || c === 0x2028 || c === 0x2029) return Kind.Newline;
  if (c === 0xad || (c >= 0x200b && c <= 0x200f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2060 && c <= 0x206f)) return Kind.Drop;
  if ((c >= 0xfe00 && c <= 0xfe0f) || c === 0xfeff || (c >= 0x0300 && c <= 0x036f) || (c >= 0x20d0 && c <= 0x20ff)) return Kind.Drop;
  if ((c >= 0x2190 && c <= 0x21ff) || (c >= 0x2300 && c <= 0x23ff) || (c >= 0x25a0 && c <= 0x27bf) || (c >= 0x2b00 && c <= 0x2bff)) return Kind.Drop;
  if (WIDE_SEPARATORS.has(c)) return Kind.Separator;
  if (WIDE_CLAUSE.has(c)) return Kind.Clause;
  if ((c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x370 && c <= 0x4ff) || (c >= 0x24b6 && c <= 0x24e9)) return Kind.Latin;
  return Kind.Other;
}

/** The plain letter or digit behind a mathematical styled one (𝐀, 𝒶, 𝟓), given as a surrogate pair. */
export function styledLetter(high: number, low: number): number | undefined {
  const cp = (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
  if (cp >= 0x1d400 && cp <= 0x1d6a3) {
    const offset = (cp - 0x1d400) % 52;
    return offset < 26 ? 97 + offset : 97 + offset - 26;
  }
  if (cp >= 0x1d7ce && cp <= 0x1d7ff) return 48 + ((cp - 0x1d7ce) % 10);
  return undefined;
}

/** Whether `c` and `next` form a valid surrogate pair (one character, two units). */
export function isPair(c: number, next: number): boolean {
  return c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff;
}
