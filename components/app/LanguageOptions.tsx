/** The options of an interface-language select: follow the browser, or one language by its own name. */
import { LANGUAGE_NAMES, LOCALES, localeTag } from '../../utils/i18n/locale';

/** `autoLabel` is "Same as browser" in the current interface language. */
export function LanguageOptions({ autoLabel }: { autoLabel: string }) {
  return (
    <>
      <option value="auto">{autoLabel}</option>
      {LOCALES.map((locale) => (
        <option key={locale} value={locale} lang={localeTag(locale)}>
          {LANGUAGE_NAMES[locale]}
        </option>
      ))}
    </>
  );
}
