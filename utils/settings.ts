/** The person's preferences, kept in extension storage and shared by every surface. */
import { storage } from 'wxt/utils/storage';
import type { LocalePreference } from './i18n/locale';
import type { PhraseLocalePreference } from './phrasebook/phrase-locale';
import type { Jurisdiction } from './rights/jurisdiction';

export type ThemePreference = 'auto' | 'light' | 'dark';

export interface Settings {
  /** Interface language. */
  locale: LocalePreference;
  theme: ThemePreference;
  /** Language of the popup's ready phrases; by default the interface language. */
  phraseLocale: PhraseLocalePreference;
  /** Whose rules the rights card shows; 'auto' guesses from the browser's languages. */
  jurisdiction: Jurisdiction | 'auto';
}

export const DEFAULT_SETTINGS: Settings = { locale: 'auto', theme: 'auto', phraseLocale: 'interface', jurisdiction: 'auto' };

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
});

/** Reads settings, filling in anything an older version did not store. */
export async function loadSettings(): Promise<Settings> {
  return { ...DEFAULT_SETTINGS, ...(await settingsItem.getValue()) };
}

/** Changes some settings and keeps the rest. */
export async function updateSettings(change: Partial<Settings>): Promise<Settings> {
  const next = { ...(await loadSettings()), ...change };
  await settingsItem.setValue(next);
  return next;
}
