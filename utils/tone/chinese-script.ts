/**
 * Whether a Chinese draft is written in Simplified or Traditional characters,
 * told by common characters that differ between the two, pair by pair.
 */
import type { Locale } from '../i18n/locale';

const SIMPLIFIED = '们这说还钱么时对没会为过个见让给样发现经请问话认证贷账银号码间东长门开关骗电诉该欢谢';
const TRADITIONAL = '們這說還錢麼時對沒會為過個見讓給樣發現經請問話認證貸帳銀號碼間東長門開關騙電訴該歡謝';

/** 'zh_CN' or 'zh_TW' when the draft's characters say which, else null. */
export function guessChineseScript(text: string): Extract<Locale, 'zh_CN' | 'zh_TW'> | null {
  let simplified = 0;
  let traditional = 0;
  for (const char of text) {
    if (SIMPLIFIED.includes(char)) simplified++;
    else if (TRADITIONAL.includes(char)) traditional++;
  }
  if (simplified === traditional) return null;
  return simplified > traditional ? 'zh_CN' : 'zh_TW';
}
