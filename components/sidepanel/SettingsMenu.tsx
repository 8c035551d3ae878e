/** A compact settings menu in the header: language, theme, the sites where help is on, and how much is stored. */
import { useApp } from '../app/AppFrame';
import { LanguageOptions } from '../app/LanguageOptions';
import type { LocalePreference } from '../../utils/i18n';
import type { ThemePreference } from '../../utils/settings';
import { SitesWithHelp } from './SitesWithHelp';
import { StorageStatus } from './StorageStatus';

/** A disclosure in the header holding the language and theme choices, the sites where help is on, and the storage line. */
export function SettingsMenu() {
  const { t, settings, update } = useApp();
  return (
    <details class="settings">
      <summary>{t('sidepanelSettings')}</summary>
      <div class="settings-body">
        <div class="field">
          <label for="settings-language">{t('language')}</label>
          <select
            id="settings-language"
            value={settings.locale}
            onChange={(e) => void update({ locale: e.currentTarget.value as LocalePreference })}
          >
            <LanguageOptions autoLabel={t('languageAuto')} />
          </select>
        </div>
        <div class="field">
          <label for="settings-theme">{t('theme')}</label>
          <select id="settings-theme" value={settings.theme} onChange={(e) => void update({ theme: e.currentTarget.value as ThemePreference })}>
            <option value="auto">{t('themeAuto')}</option>
            <option value="light">{t('themeLight')}</option>
            <option value="dark">{t('themeDark')}</option>
          </select>
        </div>
        <SitesWithHelp />
        <StorageStatus />
      </div>
    </details>
  );
}
