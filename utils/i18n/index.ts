/**
 * Every piece of interface text, from one typed source. Features add their own
 * table under strings/ and list it here.
 */
import { translatorFor } from './translator';
import { common } from './strings/common';
import { popup } from './strings/popup';
import { overlay } from './strings/overlay';
import { records } from './strings/records';
import { recordsBackup } from './strings/records-backup';
import { notes } from './strings/notes';
import { notesEditor } from './strings/notes-editor';
import { sidepanel } from './strings/sidepanel';

/** Every surface's text: for pages that show several features. */
export const translate = translatorFor(common, popup, overlay, records, recordsBackup, notes, notesEditor, sidepanel);

/** Any interface string's key. */
export type StringKey = Parameters<typeof translate>[1];

/** All keys, for tests that check every language has every string. */
export const allStringKeys = (): string[] => translate.keys();

export { type Locale, type LocalePreference, LOCALES, resolveLocale, localeTag } from './locale';
