import type { Locale } from '../i18n/locale';

/** One piece of text for people, written in each language CalmLine speaks. */
export type Localized = Readonly<Record<Locale, string>>;
