/**
 * The popup's frame: the person's language and theme from settings, kept live
 * when another surface changes them — as AppFrame does for the other pages, but
 * with the popup's strings only (see popup-text.ts), and painting at once from
 * the settings it saw last (see settings-mirror.ts).
 */
import type { ComponentChildren } from 'preact';
import { createContext } from 'preact';
import { useContext, useEffect, useMemo, useState } from 'preact/hooks';
import { localeTag, resolveLocale, type Locale } from '../../utils/i18n/locale';
import { DEFAULT_SETTINGS, type Settings, loadSettings, settingsItem, updateSettings } from '../../utils/settings';
import { popupText, type PopupStringKey } from './popup-text';
import { readSettingsMirror, writeSettingsMirror } from './settings-mirror';

interface PopupContextValue {
  locale: Locale;
  settings: Settings;
  t: (key: PopupStringKey, params?: Record<string, string | number>) => string;
  update: (change: Partial<Settings>) => Promise<void>;
}

const PopupContext = createContext<PopupContextValue | null>(null);

/** The current language, settings and translator inside the popup. */
export function usePopup(): PopupContextValue {
  const value = useContext(PopupContext);
  if (!value) throw new Error('usePopup() outside <PopupFrame>');
  return value;
}

interface Props {
  children: ComponentChildren;
  languages: readonly string[];
  /** Where the last-seen settings are mirrored (the page's localStorage). */
  mirror: Pick<Storage, 'getItem' | 'setItem'>;
}

/** Renders `children` with the popup's settings and translator, once the language to show is known. */
export function PopupFrame({ children, languages, mirror }: Props) {
  // Null only on the very first opening: then the popup waits rather than flash the wrong language.
  const [loaded, setLoaded] = useState<Settings | null>(() => readSettingsMirror(mirror));
  useEffect(() => {
    const take = (next: Settings) => {
      setLoaded(next);
      writeSettingsMirror(mirror, next);
    };
    loadSettings().then(take, () => setLoaded((shown) => shown ?? DEFAULT_SETTINGS));
    return settingsItem.watch((next) => take({ ...DEFAULT_SETTINGS, ...next }));
  }, [mirror]);

  const settings = loaded ?? DEFAULT_SETTINGS;
  const locale = resolveLocale(settings.locale, languages);
  useEffect(() => {
    document.documentElement.lang = localeTag(locale);
    document.documentElement.dataset.theme = settings.theme;
  }, [locale, settings.theme]);

  const value = useMemo<PopupContextValue>(
    () => ({
      locale,
      settings,
      t: (key, params) => popupText(locale, key, params),
      update: async (change) => {
        const next = await updateSettings(change);
        setLoaded(next);
        writeSettingsMirror(mirror, next);
      },
    }),
    [locale, settings, mirror],
  );
  return loaded && <PopupContext.Provider value={value}>{children}</PopupContext.Provider>;
}
