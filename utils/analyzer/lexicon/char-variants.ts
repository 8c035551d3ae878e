/**
 * Characters folded to one spelling before matching, after Traditional → Simplified.
 * Regional and informal variants (Cantonese 畀/俾, the old 欵 for 款) and the Cyrillic
 * and Greek look-alikes people use to slip English words past filters.
 */
export const CHAR_VARIANTS: Readonly<Record<string, string>> = {
  畀: '俾',
  // Cantonese pronouns and particles, and the polite 您, read as their Mandarin forms, so a
  // term written once covers both: 他们 matches 佢哋, 你的 matches 您的 and 妳的.
  // 唔, 冇, 俾, 喺 and 睇 stay apart: the lexicon gives them readings of their own.
  佢: '他',
  哋: '们',
  嘅: '的',
  咗: '了',
  嚟: '来',
  您: '你',
  妳: '你',
  欵: '款',
  帐: '账',
  甚: '什',
  搵: '揾',
  // Cyrillic and Greek letters that look Latin.
  а: 'a',
  в: 'b',
  е: 'e',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  і: 'i',
  ј: 'j',
  ѕ: 's',
  ԁ: 'd',
  α: 'a',
  ε: 'e',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  // Curly apostrophes and primes become the plain one English words are written with.
  '\u2019': "'",
  '\u2018': "'",
  '\u02bc': "'",
  '\u2032': "'",
};

/** Digits and signs written for letters inside an English word (p0l1ce, @rrest, $ue). */
export const LEET: Readonly<Record<string, string>> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '@': 'a',
  $: 's',
};
