/**
 * What every extension page shares: the person's language and theme, loaded from
 * settings and kept live when another surface changes them.
 */
import type { ComponentChildren } from 'preact';
import { createContext } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import { type Locale, type StringKey, localeTag, resolveLocale, translate } from '../../utils/i18n';
import { DEFAULT_SETTINGS, type Settings, loadSettings, settingsItem, updateSettings } from '../../utils/settings';

interface AppContextValue {
  locale: Locale;
  settings: Settings;
  t: (key: StringKey, params?: Record<string, string | number>) => string;
  update: (change: Partial<Settings>) => Promise<void>;
}

const AppContext = createContext<AppContextValue | null>(null);

/** The current language, settings and translator. */
export function useApp(): AppContextValue {
  const value = useContext(AppContext);
  if (!value) throw new Error('useApp() outside <AppFrame>');
  return value;
}

export function AppFrame({ children, languages }: { children: ComponentChildren; languages: readonly string[] }) {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  useEffect(() => {
    void loadSettings().then(setSettings);
    return settingsItem.watch((next) => setSettings({ ...DEFAULT_SETTINGS, ...next }));
  }, []);

  const locale = resolveLocale(settings.locale, languages);
  useEffect(() => {
    document.documentElement.lang = localeTag(locale);
    document.documentElement.dataset.theme = settings.theme;
  }, [locale, settings.theme]);

  const value: AppContextValue = {
    locale,
    settings,
    t: (key, params) => translate(locale, key, params),
    update: async (change) => setSettings(await updateSettings(change)),
  };
  return <AppContext.Provider value={value}>{children}</AppContext.Provider>;
}
