/**
 * Search across situations and phrases in every language at once, so a query in
 * English, Simplified or Traditional Chinese finds the same help.
 */
import { LOCALES } from '../i18n/locale';
import type { Localized, Situation } from './types';

export interface PhrasebookHit {
  situation: Situation;
  /** Indexes of the phrases that match, in order. */
  phraseIndexes: number[];
}

/** Case-, width- and spacing-insensitive form of a text for comparison. */
export function normalizeForSearch(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

const texts = (l: Localized) => LOCALES.map((locale) => normalizeForSearch(l[locale]));
const hasAll = (haystacks: readonly string[], terms: readonly string[]) =>
  terms.every((term) => haystacks.some((h) => h.includes(term)));

/** How strongly a match in each part counts towards a situation's rank. */
const WEIGHT = { title: 8, keywords: 4, guidance: 2, phrase: 1 } as const;

/**
 * The situations matching every word of `query`, best first, each with the phrases
 * that match on their own. An empty query matches nothing.
 */
export function searchPhrasebook(situations: readonly Situation[], query: string): PhrasebookHit[] {
  const terms = normalizeForSearch(query).split(' ').filter(Boolean);
  if (terms.length === 0) return [];
  const ranked: { hit: PhrasebookHit; score: number; order: number }[] = [];
  situations.forEach((situation, order) => {
    const title = [...texts(situation.title), ...texts(situation.short)];
    const keywords = situation.keywords ? LOCALES.flatMap((l) => situation.keywords![l].map(normalizeForSearch)) : [];
    const guidance = [...texts(situation.guidance), ...(situation.checklist ?? []).flatMap(texts)];
    const phrases = situation.phrases.map(texts);
    const everything = [...title, ...keywords, ...guidance, ...phrases.flat()];
    if (!hasAll(everything, terms)) return;
    const phraseIndexes = phrases.flatMap((p, i) => (hasAll(p, terms) ? [i] : []));
    const score =
      (hasAll(title, terms) ? WEIGHT.title : 0) +
      (hasAll(keywords, terms) ? WEIGHT.keywords : 0) +
      (hasAll(guidance, terms) ? WEIGHT.guidance : 0) +
      phraseIndexes.length * WEIGHT.phrase;
    ranked.push({ hit: { situation, phraseIndexes }, score, order });
  });
  return ranked.sort((a, b) => b.score - a.score || a.order - b.order).map((r) => r.hit);
}
