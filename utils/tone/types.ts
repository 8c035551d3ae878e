/** What the "Check my reply" checker finds in a draft, and the lexicons it reads. */
import type { Locale } from '../i18n/locale';

export const TONE_KINDS = ['accusatory', 'insulting', 'absolute', 'threatening', 'all-caps', 'over-punctuated'] as const;
export type ToneKind = (typeof TONE_KINDS)[number];

/** The kinds found through words in a lexicon (the others are found by their shape). */
export type WordKind = Extract<ToneKind, 'accusatory' | 'insulting' | 'absolute' | 'threatening'>;

/** One stretch of the draft that may make the conversation harder. */
export interface ToneFinding {
  kind: ToneKind;
  /** UTF-16 offsets into the draft exactly as the person wrote it. */
  start: number;
  end: number;
  /** The draft's own text at [start, end). */
  text: string;
  /** The language of the alternatives (the language the draft is written in). */
  locale: Locale;
  /** Calmer ways to say what the person means. */
  alternatives: readonly string[];
  /** A calmer text to put in place of this stretch, where one is safe to offer. */
  fix: string | null;
}

/** Words of one kind and calmer things to say instead. */
export interface LexiconGroup {
  kind: WordKind;
  /**
   * Words or phrases, matched ignoring case and character width. A space matches
   * any spacing; `*` at the end of a word allows any ending (idiot* → idiots);
   * `{insult}` stands for any insulting word of the same lexicon.
   */
  terms: readonly string[];
  alternatives: readonly string[];
}

export interface ToneLexicon {
  locale: Locale;
  /** Latin-script words must match whole; Chinese has no spaces between words. */
  wholeWords: boolean;
  groups: readonly LexiconGroup[];
}
