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
    if (code >= 0xff01 && code <= 0xff5e) {
      out += String.fromCharCode(code - 0xfee0);
      changed = true;
    } else if (code === 0x3000) {
      out += ' ';
      changed = true;
    } else if (code === 0xffe5) {
      out += '¥';
      changed = true;
    } else {
      out += text[i];
    }
  }
  return changed ? out : text;
}
