/**
 * The language ready phrases are written in. It may differ from the interface
 * language: someone may read English but write to a lender in Chinese.
 */
import type { Locale } from '../i18n/locale';

/** Follow the interface language, or always use one language. */
export type PhraseLocalePreference = 'interface' | Locale;

/** The language to show phrases in, given the stored preference and the interface language. */
export function resolvePhraseLocale(preference: PhraseLocalePreference, interfaceLocale: Locale): Locale {
  return preference === 'interface' ? interfaceLocale : preference;
}
