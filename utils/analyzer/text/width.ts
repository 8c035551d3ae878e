/**
 * Folds full-width ASCII (０-９, Ａ-Ｚ, ￥, the ideographic space) to its half-width form.
 * One UTF-16 unit in, one out: offsets in the folded text are offsets in the original,
 * so spans found on the folded text point straight back into what the person pasted.
 */
export function foldWidth(text: string): string {
  // Most messages hold nothing to fold: then the text itself comes back, with no copy made.
  // Otherwise the unchanged stretches are copied whole, not one character at a time.
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const folded = foldWidthUnit(code);
    if (folded !== code) {
      out += text.slice(from, i) + String.fromCharCode(folded);
      from = i + 1;
    }
  }
  return from === 0 ? text : out + text.slice(from);
}

/** The half-width form of one UTF-16 unit (itself when it has none). */
export function foldWidthUnit(code: number): number {
  if (code >= 0xff01 && code <= 0xff5e) return code - 0xfee0;
  if (code === 0x3000) return 32;
  if (code === 0xffe5) return 0xa5;
  return code;
}
