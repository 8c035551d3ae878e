/** Interface text for what the background shows itself: menus and notifications. */
import { resolveLocale, translate, type StringKey } from '../../utils/i18n';
import { loadSettings } from '../../utils/settings';

export type Translate = (key: StringKey, params?: Record<string, string | number>) => string;

/** A translator for the person's chosen language (or the browser's, when they chose none). */
export async function notesTranslator(): Promise<Translate> {
  const { locale } = await loadSettings();
  const resolved = resolveLocale(locale, navigator.languages ?? []);
  return (key, params) => translate(resolved, key, params);
}
