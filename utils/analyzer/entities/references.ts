import type { Contact } from '../types';
import { limitedMatches } from './matches';
import { PERSON_BEFORE_BIANHAO, REFERENCE_CUES } from './contact-words';

const alt = (words: readonly string[]) =>
  [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.#]/g, '\\$&').replace(/ /g, '\\s')).join('|');

// A cue, then an ID holding at least one digit: 合同编号：SDB20230512-0871, reference #ER2291734.
const CUED = new RegExp(`(?<![A-Za-z])(?<cue>${alt(REFERENCE_CUES)})\\s?[:#]?\\s?#?(?<id>[A-Za-z0-9][A-Za-z0-9/-]{1,30})`, 'gi');
// Chinese court and arbitration case numbers: （2024）鸿仲字第1187号.
const COURT_CASE = /\(\d{4}\)[\u4e00-\u9fff]{1,12}?第?\d{1,8}[号號]/g;

/** Case, contract, loan and account references, and card or account tails (尾号0417). */
export function findReferences(folded: string, text: string): Contact[] {
  const references: Contact[] = [];
  for (const match of limitedMatches(folded, CUED)) {
    const { cue, id } = match.groups!;
    const value = id!.replace(/[/-]+$/, '');
    if (!/\d/.test(value)) continue;
    if (/^[编編]號?号?$/.test(cue!) && PERSON_BEFORE_BIANHAO.includes(folded[match.index - 1] ?? '')) continue;
    const start = match.index;
    const end = start + match[0].length - (id!.length - value.length);
    references.push({ kind: 'case_number', value, text: text.slice(start, end), spans: [{ start, end }] });
  }
  for (const match of limitedMatches(folded, COURT_CASE)) {
    const start = match.index;
    const end = start + match[0].length;
    references.push({ kind: 'case_number', value: text.slice(start, end), text: text.slice(start, end), spans: [{ start, end }] });
  }
  return references;
}
