import type { Contact } from '../types';
import { limitedMatches } from './matches';

// A run of digit groups joined by single spaces, dots or hyphens, with an optional +country
// code and (area code). Groups are separated by non-digits, so the run is read in one pass.
const CANDIDATE = /(?:\+\d{1,3}[ -]?)?(?:\(\d{1,4}\)[ -]?)?\d+(?:[ .-]\d+){0,5}/g;
// Part of a longer token: an ID (SF1402…), an amount ($45,000), a date (2024-03-10), a mask (138****5621).
const BEFORE_BLOCKS = /[\w$¥£€#*./+-]/;
const AFTER_BLOCKS = /^(?:[A-Za-z0-9$*%/:]|[元块塊蚊萬万千]|\.\d|,\d)/;
// A number right after one of these is an account, card, order or chat ID, not a phone.
const NOT_A_PHONE_BEFORE =
  /(?:尾号|尾號|卡号|卡號|账号|賬號|帳號|帳戶|账户|户号|戶號|单号|單號|编号|編號|案号|案號|(?<![号號])[码碼]|QQ|微信|account|acct|card|ending|ending in|no\.?|#)\s?[:：]?\s?$/i;
const SERVICE_CUES = /(?:电话|電話|致电|致電|拨打|撥打|热线|熱線|客服|专线|專線|call|dial|hotline|phone|tel|whatsapp|fps)\W{0,3}$/i;

/** Phone numbers in mainland China, Taiwan, Hong Kong, the US and the UK, as digits with any `+`. */
export function findPhones(folded: string, text: string): Contact[] {
  const phones: Contact[] = [];
  for (const match of limitedMatches(folded, CANDIDATE)) {
    // The shortest number worth reading is a five-digit service line.
    if (match[0].length < 5) continue;
    const start = match.index;
    const end = start + match[0].length;
    if (BEFORE_BLOCKS.test(folded[start - 1] ?? '') || AFTER_BLOCKS.test(folded.slice(end, end + 2))) continue;
    const before = folded.slice(Math.max(0, start - 12), start);
    if (NOT_A_PHONE_BEFORE.test(before)) continue;
    const value = phoneValue(match[0], SERVICE_CUES.test(before));
    if (value) phones.push({ kind: 'phone', value, text: text.slice(start, end), spans: [{ start, end }] });
  }
  return phones;
}

/** The number as `+` and digits when it has the shape of a real phone number, else null. */
function phoneValue(raw: string, cued: boolean): string | null {
  const digits = raw.replace(/\D/g, '');
  const groups = raw.replace(/^\+\d{1,3}[ -]?/, '').split(/[ .()-]+/).filter(Boolean).map((g) => g.length);
  const shape = groups.join('-');
  if (raw.startsWith('+')) return digits.length >= 8 && digits.length <= 15 ? `+${digits}` : null;
  // Mainland mobiles: 13812345678, 138 1234 5678.
  if (/^1[3-9]\d{9}$/.test(digits) && (shape === '11' || shape === '3-4-4')) return digits;
  // US and Canada: 844-555-0101, (855) 301-7788, 1-877-555-0110.
  if (/^(?:1-)?3-3-4$/.test(shape) && /^1?[2-9]\d{2}[2-9]/.test(digits)) return digits;
  // Trunk-prefixed numbers: mainland and Taiwan landlines (010-, 0755-, (02)), Taiwan mobiles
  // (09xx), UK numbers (0800, 07xxx), Taiwan and mainland toll-free (0800-, 400-).
  if (/^0\d{8,11}$/.test(digits)) return digits;
  if (/^[48]00\d{7}$/.test(digits)) return digits;
  // Hong Kong: eight digits, written 2233 8800, or bare after a word like 電話 or FPS.
  if (/^[2-9]\d{7}$/.test(digits) && (shape === '4-4' || (shape === '8' && cued))) return digits;
  // Mainland bank and service short numbers (95588) only where the text calls them a number.
  if (/^9[56]\d{3}$/.test(digits) && shape === '5' && cued) return digits;
  return null;
}
