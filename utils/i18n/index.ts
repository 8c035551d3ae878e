/**
 * Every piece of interface text, from one typed source. Features add their own
 * table under strings/ and list it here.
 */
import { fill } from './define-strings';
import type { Locale } from './locale';
import { common } from './strings/common';
import { popup } from './strings/popup';
import { overlay } from './strings/overlay';
import { records } from './strings/records';
import { recordsBackup } from './strings/records-backup';
import { notes } from './strings/notes';
import { notesEditor } from './strings/notes-editor';
import { sidepanel } from './strings/sidepanel';

const tables = [common, popup, overlay, records, recordsBackup, notes, notesEditor, sidepanel] as const;

type KeysOf<T> = T extends { en: Record<infer K, string> } ? K : never;
/** Any interface string's key. */
export type StringKey = KeysOf<(typeof tables)[number]>;

const merged: Record<Locale, Record<string, string>> = { en: {}, zh_CN: {}, zh_TW: {} };
for (const table of tables) {
  for (const locale of ['en', 'zh_CN', 'zh_TW'] as const) Object.assign(merged[locale], table[locale]);
}

/** The text for `key` in `locale`, with `{placeholders}` filled. */
export function translate(locale: Locale, key: StringKey, params?: Record<string, string | number>): string {
  return fill(merged[locale][key] ?? merged.en[key] ?? key, params);
}

/** All keys, for tests that check every language has every string. */
export function allStringKeys(): string[] {
  return Object.keys(merged.en);
}

export { type Locale, type LocalePreference, LOCALES, resolveLocale, localeTag } from './locale';
