/**
 * The overlay's words in the language of the message it explains. The content
 * script reads only its own string table, not every feature's, to stay small.
 */
import type { Lang } from '../analyzer/types';
import type { Locale } from '../i18n/locale';
import { overlay } from '../i18n/strings/overlay';
import { translatorFor } from '../i18n/translator';

const overlayLookup = translatorFor(overlay);

export type OverlayKey = Parameters<typeof overlayLookup>[1];

/** A translator for the overlay's keys. */
export type OverlayT = (key: OverlayKey, params?: Record<string, string | number>) => string;

/** The interface language that matches a message's language. */
export function localeOfLang(lang: Lang): Locale {
  return lang === 'zh-Hans' ? 'zh_CN' : lang === 'zh-Hant' ? 'zh_TW' : 'en';
}

/** The overlay's text in `locale`, with `{placeholders}` filled. */
export function overlayText(locale: Locale): OverlayT {
  return (key, params) => overlayLookup(locale, key, params);
}
