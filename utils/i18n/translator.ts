/**
 * One lookup over several features' string tables. Each surface builds its own from
 * just the tables it shows, so a popup or a content script does not carry the text
 * of every other surface.
 */
import { fill, type StringTable } from './define-strings';
import { LOCALES, type Locale } from './locale';

type KeysOf<T> = T extends StringTable<infer K> ? K : never;

export interface Translator<K extends string> {
  /** The text for `key` in `locale` (English where a table lacks it), `{placeholders}` filled. */
  (locale: Locale, key: K, params?: Record<string, string | number>): string;
  /** Every key the tables hold. */
  keys: () => K[];
}

/** Merges the given tables into one translator; a later table wins on a shared key. */
export function translatorFor<const T extends readonly StringTable<string>[]>(...tables: T): Translator<KeysOf<T[number]>> {
  const merged = {} as Record<Locale, Record<string, string>>;
  for (const locale of LOCALES) merged[locale] = Object.assign({}, ...tables.map((table) => table[locale]));
  const translate = (locale: Locale, key: string, params?: Record<string, string | number>) =>
    fill(merged[locale][key] ?? merged.en[key] ?? key, params);
  return Object.assign(translate, { keys: () => Object.keys(merged.en) }) as unknown as Translator<KeysOf<T[number]>>;
}
