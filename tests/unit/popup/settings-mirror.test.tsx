import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { PopupFrame, usePopup } from '../../../components/popup/PopupFrame';
import { readSettingsMirror, writeSettingsMirror } from '../../../components/popup/settings-mirror';
import { settingsItem } from '../../../utils/settings';
import { settle } from './mount';

const container = document.createElement('div');
afterEach(() => {
  render(null, container);
  localStorage.clear();
});

function Title() {
  const { t } = usePopup();
  return <h1>{t('popupTabPhrases')}</h1>;
}

const frame = (
  <PopupFrame languages={['en-US']} mirror={localStorage}>
    <Title />
  </PopupFrame>
);

describe('the settings mirror', () => {
  it('gives back what it was given', () => {
    const settings = { locale: 'zh_TW', theme: 'dark', phraseLocale: 'en', jurisdiction: 'HK' } as const;
    writeSettingsMirror(localStorage, settings);
    expect(readSettingsMirror(localStorage)).toEqual(settings);
  });

  it('has nothing before the first write, and refuses what is not valid settings', () => {
    expect(readSettingsMirror(localStorage)).toBeNull();
    localStorage.setItem('calmline.popup.settings', '{not json');
    expect(readSettingsMirror(localStorage)).toBeNull();
    localStorage.setItem('calmline.popup.settings', JSON.stringify({ locale: 'fr' }));
    expect(readSettingsMirror(localStorage)).toBeNull();
    localStorage.setItem('calmline.popup.settings', '42');
    expect(readSettingsMirror(localStorage)).toBeNull();
  });

  it('fills in what an older popup did not mirror', () => {
    localStorage.setItem('calmline.popup.settings', JSON.stringify({ locale: 'zh_CN', theme: 'auto' }));
    expect(readSettingsMirror(localStorage)).toEqual({ locale: 'zh_CN', theme: 'auto', phraseLocale: 'interface', jurisdiction: 'auto' });
  });

  it('never throws when the store is full or blocked', () => {
    const full = {
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(() => writeSettingsMirror(full, { locale: 'en', theme: 'auto', phraseLocale: 'interface', jurisdiction: 'auto' })).not.toThrow();
  });
});

describe('PopupFrame', () => {
  it('waits for extension storage on the very first opening, then mirrors it', async () => {
    await settingsItem.setValue({ locale: 'zh_CN', theme: 'auto', phraseLocale: 'interface', jurisdiction: 'auto' });
    act(() => render(frame, container));
    expect(container.textContent).toBe('');
    await settle();
    expect(container.textContent).toBe('怎么说');
    expect(readSettingsMirror(localStorage)?.locale).toBe('zh_CN');
  });

  it('paints at once from the mirror, and follows extension storage when it differs', async () => {
    writeSettingsMirror(localStorage, { locale: 'zh_TW', theme: 'auto', phraseLocale: 'interface', jurisdiction: 'auto' });
    await settingsItem.setValue({ locale: 'en', theme: 'auto', phraseLocale: 'interface', jurisdiction: 'auto' });
    act(() => render(frame, container));
    expect(container.textContent).toBe('怎麼說');
    await settle();
    expect(container.textContent).toBe('What to say');
    expect(readSettingsMirror(localStorage)?.locale).toBe('en');
  });
});
