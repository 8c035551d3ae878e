/**
 * Folds full-width ASCII (０-９, Ａ-Ｚ, ￥, the ideographic space) to its half-width form.
 * One UTF-16 unit in, one out: offsets in the folded text are offsets in the original,
 * so spans found on the folded text point straight back into what the person pasted.
 */
export function foldWidth(text: string): string {
  let out = '';
  let changed = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const folded = foldWidthUnit(code);
    if (folded !== code) {
      out += String.fromCharCode(folded);
      changed = true;
    } else {
      out += text[i];
    }
  }
  return changed ? out : text;
}

/** The half-width form of one UTF-16 unit (itself when it has none). */
export function foldWidthUnit(code: number): number {
  if (code >= 0xff01 && code <= 0xff5e) return code - 0xfee0;
  if (code === 0x3000) return 32;
  if (code === 0xffe5) return 0xa5;
  return code;
}
