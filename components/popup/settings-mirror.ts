/**
 * The settings the popup last saw, kept in the page's own synchronous storage so
 * the next opening can paint at once, in the right language, instead of waiting
 * for extension storage. Extension storage stays the one source of truth: the
 * popup reads it every time and corrects itself if the two differ.
 */
import { LOCALES } from '../../utils/i18n/locale';
import { JURISDICTIONS } from '../../utils/rights/jurisdiction';
import { DEFAULT_SETTINGS, type Settings } from '../../utils/settings';

const KEY = 'calmline.popup.settings';

const oneOf = <T extends string>(value: unknown, allowed: readonly T[]): value is T => allowed.includes(value as T);

/** The mirrored settings, or null when there are none or they are not valid settings. */
export function readSettingsMirror(store: Pick<Storage, 'getItem'>): Settings | null {
  try {
    const saved = JSON.parse(store.getItem(KEY) ?? 'null') as Partial<Settings> | null;
    if (!saved || typeof saved !== 'object') return null;
    const settings = { ...DEFAULT_SETTINGS, ...saved };
    const valid =
      oneOf(settings.locale, ['auto', ...LOCALES]) &&
      oneOf(settings.theme, ['auto', 'light', 'dark']) &&
      oneOf(settings.phraseLocale, ['interface', ...LOCALES]) &&
      oneOf(settings.jurisdiction, ['auto', ...JURISDICTIONS]);
    return valid ? settings : null;
  } catch {
    return null;
  }
}

/** Remembers `settings` for the next opening; a full or blocked store only costs the head start. */
export function writeSettingsMirror(store: Pick<Storage, 'setItem'>, settings: Settings): void {
  try {
    store.setItem(KEY, JSON.stringify(settings));
  } catch {
    // Without the mirror the popup waits for extension storage, as on its first opening.
  }
}
