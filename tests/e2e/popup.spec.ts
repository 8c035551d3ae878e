import { PopupPage } from './pages/popup-page';
import { test, expect } from './extension';

test.describe('the popup', () => {
  test('switches the interface language and remembers it', async ({ context, extensionUrl }) => {
    const popup = await PopupPage.open(context, extensionUrl('popup.html'));
    await expect(popup.sectionTab('phrases')).toHaveText('What to say');
    await popup.setLanguage('zh_CN');
    await expect(popup.heading).toHaveText('CalmLine 心平');
    await expect(popup.sectionTab('phrases')).toHaveText('怎么说');
    await expect(popup.page.locator('html')).toHaveAttribute('lang', 'zh-Hans-CN');
    await popup.setLanguage('zh_TW');
    await expect(popup.sectionTab('phrases')).toHaveText('怎麼說');
    await popup.page.reload();
    await expect(popup.sectionTab('rights')).toHaveText('我的權益');
  });

  test('picks a situation and copies a phrase in one click', async ({ context, extensionUrl }) => {
    const popup = await PopupPage.open(context, extensionUrl('popup.html'));
    await popup.situationTab('supervisor').click();
    await expect(popup.situation).toHaveAttribute('data-situation', 'supervisor');
    const phrase = popup.phrases.first();
    await expect(phrase).toHaveText('Thank you for your help. Could I speak with your supervisor, please?');
    await phrase.click();
    await expect(popup.announcement).toContainText('Copied');
    expect(await popup.clipboard()).toBe('Thank you for your help. Could I speak with your supervisor, please?');
  });

  test('moves between situations with arrow keys and copies the focused phrase with Enter', async ({ context, extensionUrl }) => {
    const popup = await PopupPage.open(context, extensionUrl('popup.html'));
    await popup.situationTab('before-call').focus();
    await popup.page.keyboard.press('ArrowRight');
    await expect(popup.situationTab('aggressive')).toBeFocused();
    await expect(popup.situationTab('aggressive')).toHaveAttribute('aria-selected', 'true');
    await expect(popup.situation).toHaveAttribute('data-situation', 'aggressive');
    await popup.page.keyboard.press('End');
    await expect(popup.situation).toHaveAttribute('data-situation', 'after-call');
    await popup.phrases.nth(1).focus();
    await popup.page.keyboard.press('ArrowDown');
    await expect(popup.phrases.nth(2)).toBeFocused();
    await popup.page.keyboard.press('Enter');
    await expect(popup.announcement).toContainText('Copied');
    expect(await popup.clipboard()).toBe(await popup.phrases.nth(2).textContent());
  });

  test('writes phrases in another language than the interface, with their meaning', async ({ context, extensionUrl }) => {
    const popup = await PopupPage.open(context, extensionUrl('popup.html'));
    await popup.situationTab('more-time').click();
    await popup.setPhraseLanguage('zh_TW');
    await expect(popup.phrases.first()).toHaveText('我現在沒辦法一次繳清，但我願意還。可以寬限到[日期]嗎？');
    await expect(popup.meanings.first()).toContainText("I can't pay the full amount right now");
    await popup.page.reload();
    await popup.situationTab('more-time').click();
    await expect(popup.phrases.first()).toHaveAttribute('lang', 'zh-Hant-TW');
  });

  test('searches situations and phrases across languages', async ({ context, extensionUrl }) => {
    const popup = await PopupPage.open(context, extensionUrl('popup.html'));
    await popup.search('案号');
    await expect(popup.searchResults.locator('h2').first()).toHaveText('They threaten a lawsuit or arrest');
    await expect(popup.searchResults.locator('button.phrase')).toHaveText(['Which court is it, and what is the case number?']);
    await popup.search('zebra crossing');
    await expect(popup.page.getByText('Nothing found for “zebra crossing”')).toBeVisible();
  });

  test('checks a heated draft in English, Simplified and Traditional Chinese', async ({ context, extensionUrl }) => {
    const popup = await PopupPage.open(context, extensionUrl('popup.html'));
    await popup.checkDraft('You people are LIARS!!! I will sue you.');
    await expect(popup.findings.locator('.kind')).toHaveText(['Sweeping', 'Insulting', 'All capitals', 'Many ! or ?', 'Threatening']);
    await popup.findings.filter({ hasText: 'Many ! or ?' }).getByRole('button').click();
    await expect(popup.page.locator('#draft')).toHaveValue('You people are LIARS. I will sue you.');

    await popup.checkDraft('你们就是骗子！！！你们每次都半夜打电话');
    await expect(popup.page.locator('mark.tone')).not.toHaveCount(0);
    await expect(popup.findings.locator('q')).toHaveText(['你们就是骗子', '骗子', '！！！', '你们每次都']);
    await expect(popup.findings.first().locator('button.phrase').first()).toContainText('日期');

    await popup.checkDraft('你們每次都這樣，你給我小心');
    await expect(popup.findings.locator('q')).toHaveText(['你們每次都', '你給我小心']);
    await expect(popup.findings.first().locator('button.phrase').first()).toHaveAttribute('lang', 'zh-Hant-TW');

    await popup.checkDraft('Thank you. Could you send me the plan in writing?');
    await expect(popup.verdict).toHaveText('This reads calm and clear. Nothing to change.');
  });

  test('shows the rights card for the chosen jurisdiction, with sources and the not-legal-advice line', async ({
    context,
    extensionUrl,
  }) => {
    const popup = await PopupPage.open(context, extensionUrl('popup.html'));
    await popup.openSection('rights');
    await expect(popup.rightsCard).toHaveAttribute('data-jurisdiction', 'US');
    await expect(popup.rightsCard).toContainText('before 8 a.m. or after 9 p.m.');
    await expect(popup.rightsCard).toContainText('Source: Fair Debt Collection Practices Act');
    await expect(popup.rightsCard).toContainText('This is general information, not legal advice.');
    await popup.chooseJurisdiction('CN');
    await expect(popup.rightsCard.locator('h2')).toHaveText('Mainland China');
    await expect(popup.rightsCard).toContainText('No collection between 22:00 and 08:00');
    await expect(popup.rightsCard).toContainText('Reported, not confirmed');
    await popup.chooseJurisdiction('UK');
    await expect(popup.rightsCard).toContainText('The rules CalmLine holds set no specific limit here.');
    await popup.setLanguage('zh_TW');
    await expect(popup.rightsCard.locator('h2')).toHaveText('英國');
  });

  test('explains calmly that help cannot be turned on for a browser page', async ({ context, extensionUrl }) => {
    const popup = await PopupPage.open(context, extensionUrl('popup.html'));
    await expect(popup.siteHelp).toHaveAttribute('data-state', 'unavailable');
    await expect(popup.siteHelp).toHaveText('Help can be turned on for web pages only; this page belongs to the browser.');
    await expect(popup.page.getByRole('button', { name: 'Help on this site' })).toBeDisabled();
  });

  test('offers help on a web page', async ({ context, extensionUrl, fixtures, clickAction }) => {
    const popup = await PopupPage.open(context, extensionUrl('popup.html'));
    await popup.lookAt(`${fixtures.origin}/chat-textarea.html`, clickAction);
    await expect(popup.siteHelp).toHaveAttribute('data-state', 'off');
    await expect(popup.siteHelp).toHaveText('CalmLine can mark pressure tactics in chats on this site. Nothing is sent anywhere.');
    await expect(popup.page.getByRole('button', { name: 'Help on this site' })).toBeEnabled();
  });

  test('logs this contact: the side panel opens on a new note about the page', async ({
    context,
    extensionUrl,
    fixtures,
    clickAction,
  }) => {
    const popup = await PopupPage.open(context, extensionUrl('popup.html'));
    const chat = await popup.lookAt(`${fixtures.origin}/chat-textarea.html`, clickAction);
    const title = await chat.title();
    await popup.page.getByRole('button', { name: 'Log this contact' }).click();
    await expect.poll(() => popup.sidePanelText('.source'), { timeout: 10_000 }).toContain(title);
    await expect(popup.announcement).toHaveText('');
  });

  test('opens the notes side panel', async ({ context, extensionUrl }) => {
    const popup = await PopupPage.open(context, extensionUrl('popup.html'));
    expect(await popup.sidePanelText('body')).toBeNull();
    await popup.page.getByRole('button', { name: 'Open notes' }).click();
    await expect.poll(() => popup.sidePanelText('[data-testid="sidepanel"]'), { timeout: 10_000 }).not.toBeNull();
  });
});
