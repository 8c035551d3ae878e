import { LABELS, LANGS, type Label, type Lang } from '../../utils/analyzer/types';
import type { GoldMessage } from './score';

/** Parses one corpus line, or says in plain words what is wrong with it. */
export function parseGold(line: string): GoldMessage | string {
  let row: unknown;
  try {
    row = JSON.parse(line);
  } catch {
    return 'not valid JSON';
  }
  if (!row || typeof row !== 'object') return 'not a JSON object';
  const r = row as Record<string, unknown>;
  if (typeof r.id !== 'string' || typeof r.text !== 'string') return 'needs a string "id" and "text"';
  if (!LANGS.includes(r.lang as Lang)) return `unknown "lang" ${JSON.stringify(r.lang)}`;
  if (typeof r.isCollection !== 'boolean') return '"isCollection" must be true or false';
  if (!Array.isArray(r.labels) || !r.labels.every((l) => LABELS.includes(l as Label))) return '"labels" must list known labels';
  if (!Array.isArray(r.amounts) || !r.amounts.every((a) => typeof a === 'number')) return '"amounts" must list numbers';
  return { id: r.id, lang: r.lang as Lang, text: r.text, isCollection: r.isCollection, labels: r.labels as Label[], amounts: r.amounts as number[] };
}
