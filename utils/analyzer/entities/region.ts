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

// Frequent characters whose Traditional and Simplified forms differ.
const TRADITIONAL = new Set('們個這還帳說會為請與對從過時後麼樣點應該錢銀貸繳費額關聯務經當發現實項據號處總約電話訊資債務續');
const SIMPLIFIED = new Set('们个这还帐说会为请与对从过时后么样点应该钱银贷缴费额关联务经当发现实项据号处总约电话讯资债务续');

/** The region that gives `$` and `元` their meaning in this text, or null when it has no Han text. */
export function moneyRegion(text: string): MoneyRegion | null {
  for (const [pattern, region] of NAMED) {
    if (pattern.test(text)) return region;
  }
  if (CANTONESE.test(text)) return 'HK';
  let traditional = 0;
  let simplified = 0;
  let han = 0;
  for (const char of text) {
    if (TRADITIONAL.has(char)) traditional++;
    else if (SIMPLIFIED.has(char)) simplified++;
    else if (char >= '\u4e00' && char <= '\u9fff') han++;
  }
  if (traditional > simplified) return 'TW';
  return simplified + han > 0 ? 'CN' : null;
}
