/** A compact interface-language picker: follow the browser, or one of the three languages. */
import type { LocalePreference } from '../../utils/i18n/locale';
import { LanguageOptions } from '../app/LanguageOptions';
import { usePopup } from './PopupFrame';

/** The interface-language select; the choice is stored in settings for every surface. */
export function LanguageSwitch() {
  const { t, settings, update } = usePopup();
  return (
    <select
      class="language-switch"
      data-testid="language-switch"
      aria-label={t('language')}
      value={settings.locale}
      onChange={(e) => void update({ locale: e.currentTarget.value as LocalePreference })}
    >
      <LanguageOptions autoLabel={t('languageAuto')} />
    </select>
  );
}
