/**
 * "Check my reply": marks wording in a draft that may make a collector less
 * willing to help — accusations, insults, sweeping words, threats, capitals and
 * piles of ! or ? — in English, Simplified and Traditional Chinese. Pure: no I/O.
 */
import { foldWidth } from '../analyzer/text/width';
import type { Locale } from '../i18n/locale';
import { findAllCaps, type ShapeMatch } from './all-caps';
import { guessChineseScript } from './chinese-script';
import { compileLexicon, type CompiledGroup } from './compile';
import { en } from './lexicon/en';
import { zhHans } from './lexicon/zh-hans';
import { zhHant } from './lexicon/zh-hant';
import { findOverPunctuation } from './punctuation';
import type { ToneFinding, ToneKind, ToneLexicon } from './types';

type Chinese = Extract<Locale, 'zh_CN' | 'zh_TW'>;

export interface CheckOptions {
  /** Which Chinese to answer in when the draft's characters do not tell. */
  preferChinese?: Chinese;
}

const compiled = new Map<ToneLexicon, CompiledGroup[]>();
const groupsOf = (lexicon: ToneLexicon) => {
  let groups = compiled.get(lexicon);
  if (!groups) compiled.set(lexicon, (groups = compileLexicon(lexicon)));
  return groups;
};

function wordFindings(text: string, folded: string, lexicon: ToneLexicon): ToneFinding[] {
  return groupsOf(lexicon).flatMap(({ group, pattern }) =>
    [...folded.matchAll(pattern)].map((m) => ({
      kind: group.kind,
      start: m.index,
      end: m.index + m[0].length,
      text: text.slice(m.index, m.index + m[0].length),
      locale: lexicon.locale,
      alternatives: group.alternatives,
      fix: null,
    })),
  );
}

const shapeFindings = (text: string, kind: ToneKind, locale: Locale, matches: ShapeMatch[]): ToneFinding[] =>
  matches.map(({ start, end, fix }) => ({ kind, start, end, text: text.slice(start, end), locale, alternatives: [], fix }));

/** Keeps one finding per stretch and kind: the first lexicon's, and the longest. */
function withoutRepeats(findings: ToneFinding[]): ToneFinding[] {
  const kept: ToneFinding[] = [];
  const ordered = findings.map((f, i) => ({ f, i })).sort((a, b) => a.f.start - b.f.start || b.f.end - a.f.end || a.i - b.i);
  for (const { f } of ordered) {
    if (!kept.some((k) => k.kind === f.kind && k.start <= f.start && f.end <= k.end)) kept.push(f);
  }
  return kept;
}

/** Every stretch of `text` that may hurt the conversation, in reading order, with calmer options. */
export function checkTone(text: string, options: CheckOptions = {}): ToneFinding[] {
  const folded = foldWidth(text);
  const chinese = guessChineseScript(text) ?? options.preferChinese ?? 'zh_CN';
  const lexicons = chinese === 'zh_CN' ? [en, zhHans, zhHant] : [en, zhHant, zhHans];
  const draftLocale: Locale = /\p{Script=Han}/u.test(text) ? chinese : 'en';
  return withoutRepeats([
    ...lexicons.flatMap((lexicon) => wordFindings(text, folded, lexicon)),
    ...shapeFindings(text, 'all-caps', 'en', findAllCaps(folded)),
    ...shapeFindings(text, 'over-punctuated', draftLocale, findOverPunctuation(text)),
  ]);
}
