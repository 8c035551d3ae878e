/** The interface languages CalmLine speaks, named as the browser's _locales folders are. */
export const LOCALES = ['en', 'zh_CN', 'zh_TW'] as const;
export type Locale = (typeof LOCALES)[number];

/** Each language's name in itself, the same whatever language the interface speaks. */
export const LANGUAGE_NAMES: Record<Locale, string> = { en: 'English', zh_CN: '简体中文', zh_TW: '繁體中文' };

/** A stored language choice: follow the browser, or one fixed language. */
export type LocalePreference = 'auto' | Locale;

/** Maps one BCP 47 tag (`zh-HK`, `zh-Hant-TW`, `en-GB`) to a CalmLine locale, or null. */
export function localeFromTag(tag: string): Locale | null {
  const t = tag.toLowerCase().replace(/_/g, '-');
  if (t === 'zh' || t.startsWith('zh-')) {
    if (/(^|-)(hant|tw|hk|mo)(-|$)/.test(t)) return 'zh_TW';
    return 'zh_CN';
  }
  if (t === 'en' || t.startsWith('en-')) return 'en';
  return null;
}

/** The locale to show: the stored choice, else the first browser language we speak, else English. */
export function resolveLocale(preference: LocalePreference, browserLanguages: readonly string[]): Locale {
  if (preference !== 'auto') return preference;
  for (const tag of browserLanguages) {
    const locale = localeFromTag(tag);
    if (locale) return locale;
  }
  return 'en';
}

/** The BCP 47 tag for a locale, for `lang` attributes and `Intl` formatting. */
export function localeTag(locale: Locale): string {
  return locale === 'en' ? 'en' : locale === 'zh_CN' ? 'zh-Hans-CN' : 'zh-Hant-TW';
}
