/**
 * Which place a message's money belongs to, for the symbols several places share:
 * `$` is US, Hong Kong or Taiwan dollars and `元` is yuan, Hong Kong or Taiwan dollars.
 * The message decides: a named currency first, then Cantonese, then the script.
 */

export type MoneyRegion = 'HK' | 'TW' | 'CN' | 'US';

const NAMED: ReadonlyArray<[RegExp, MoneyRegion]> = [
  [/HK\$|HKD|港[币幣元]|[0-9一二两兩三四五六七八九十百千万萬]蚊/, 'HK'],
  [/NT\$|NTD|TWD|台[币幣]/, 'TW'],
  [/US\$|USD|美[元金]/, 'US'],
];

// Particles found in written Cantonese and nowhere else.
const CANTONESE = /[嘅咗喺哋冇嚟佢啲]|俾你|畀你|唔[係該好想使]/;

// Frequent characters whose Traditional and Simplified forms differ, in a flat table by code:
// the count below reads every character of the text, and codes spare a one-character string each.
const TRADITIONAL = 1;
const SIMPLIFIED = 2;
const SCRIPT_OF = new Uint8Array(0x10000);
for (const c of '們個這還帳說會為請與對從過時後麼樣點應該錢銀貸繳費額關聯務經當發現實項據號處總約電話訊資債務續') SCRIPT_OF[c.charCodeAt(0)] = TRADITIONAL;
for (const c of '们个这还帐说会为请与对从过时后么样点应该钱银贷缴费额关联务经当发现实项据号处总约电话讯资债务续') SCRIPT_OF[c.charCodeAt(0)] ||= SIMPLIFIED;

/** The region that gives `$` and `元` their meaning in this text, or null when it has no Han text. */
export function moneyRegion(text: string): MoneyRegion | null {
  for (const [pattern, region] of NAMED) {
    if (pattern.test(text)) return region;
  }
  if (CANTONESE.test(text)) return 'HK';
  let traditional = 0;
  let simplified = 0;
  let han = 0;
  // Unit by unit: the half of a surrogate pair is neither form nor in the Han range, as the pair is not.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const script = SCRIPT_OF[c]!;
    if (script === TRADITIONAL) traditional++;
    else if (script === SIMPLIFIED) simplified++;
    else if (c >= 0x4e00 && c <= 0x9fff) han++;
  }
  if (traditional > simplified) return 'TW';
  return simplified + han > 0 ? 'CN' : null;
}
