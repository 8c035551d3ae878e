/**
 * The popup's own translator. It reads only the common and popup string tables:
 * the shared index merges every surface's text, which alone would outgrow the
 * popup's whole 40 KB budget.
 */
import { fill } from '../../utils/i18n/define-strings';
import type { Locale } from '../../utils/i18n/locale';
import { common } from '../../utils/i18n/strings/common';
import { popup } from '../../utils/i18n/strings/popup';

export type PopupStringKey = keyof typeof common.en | keyof typeof popup.en;

const tables: Record<Locale, Record<string, string>> = {
  en: { ...common.en, ...popup.en },
  zh_CN: { ...common.zh_CN, ...popup.zh_CN },
  zh_TW: { ...common.zh_TW, ...popup.zh_TW },
};

/** The text for `key` in `locale`, with `{placeholders}` filled. */
export function popupText(locale: Locale, key: PopupStringKey, params?: Record<string, string | number>): string {
  return fill(tables[locale][key] ?? key, params);
}
