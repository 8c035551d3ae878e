/** The popup page, opened as a tab, in the words a person would use for it. */
import type { BrowserContext, Locator, Page } from '@playwright/test';

type Section = 'phrases' | 'check' | 'rights';

export class PopupPage {
  constructor(readonly page: Page) {}

  /** Opens popup.html in a new tab, with the clipboard allowed for the extension. */
  static async open(context: BrowserContext, url: string): Promise<PopupPage> {
    // Chromium will not grant to an extension origin by name, so the grant covers the test profile.
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const page = await context.newPage();
    await page.setViewportSize({ width: 380, height: 560 });
    await page.goto(url);
    await page.getByTestId('popup').waitFor();
    return new PopupPage(page);
  }

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  /** Chooses the interface language and waits until it is stored and shown. */
  async setLanguage(value: 'auto' | 'en' | 'zh_CN' | 'zh_TW'): Promise<void> {
    await this.page.getByTestId('language-switch').selectOption(value);
    const tags = { en: 'en', zh_CN: 'zh-Hans-CN', zh_TW: 'zh-Hant-TW' } as const;
    if (value !== 'auto') await this.page.waitForFunction((tag) => document.documentElement.lang === tag, tags[value]);
  }

  sectionTab(section: Section): Locator {
    return this.page.locator(`#section-tab-${section}`);
  }

  async openSection(section: Section): Promise<void> {
    await this.sectionTab(section).click();
  }

  situationTab(id: string): Locator {
    return this.page.locator(`#situation-tab-${id}`);
  }

  get situation(): Locator {
    return this.page.getByTestId('situation');
  }

  get phrases(): Locator {
    return this.page.locator('#situation-panel button.phrase');
  }

  get meanings(): Locator {
    return this.page.locator('#situation-panel .meaning');
  }

  async setPhraseLanguage(value: 'interface' | 'en' | 'zh_CN' | 'zh_TW'): Promise<void> {
    await this.page.locator('.phrases-panel select').selectOption(value);
  }

  async search(query: string): Promise<void> {
    await this.page.getByRole('searchbox').fill(query);
  }

  get searchResults(): Locator {
    return this.page.getByTestId('search-results');
  }

  get announcement(): Locator {
    return this.page.getByTestId('announcer');
  }

  async clipboard(): Promise<string> {
    return this.page.evaluate(() => navigator.clipboard.readText());
  }

  async checkDraft(text: string): Promise<void> {
    await this.openSection('check');
    await this.page.locator('#draft').fill(text);
  }

  get findings(): Locator {
    return this.page.locator('.findings > li');
  }

  get verdict(): Locator {
    return this.page.locator('.verdict');
  }

  get rightsCard(): Locator {
    return this.page.getByTestId('rights-card');
  }

  async chooseJurisdiction(code: 'CN' | 'TW' | 'HK' | 'US' | 'UK'): Promise<void> {
    await this.rightsCard.locator('select').selectOption(code);
  }

  /**
   * Opens `url` as the active tab of the popup's window, clicks the toolbar button
   * for it (which grants activeTab, so its address may be read), and reloads the
   * popup behind it: the popup then sees that page as a real popup would.
   * Returns the opened page.
   */
  async lookAt(url: string, clickAction: (page: Page) => Promise<void>): Promise<Page> {
    const opened = this.page.context().waitForEvent('page', (p) => p.url() === url);
    await this.page.evaluate((address) => chrome.tabs.create({ url: address, active: true }), url);
    const page = await opened;
    await page.waitForLoadState();
    await clickAction(page);
    await this.page.reload();
    await this.page.getByTestId('popup').waitFor();
    return page;
  }

  /**
   * The text at `selector` in the open side panel, or null when no panel is open.
   * Extension pages share one process, so the popup can look into the panel's document.
   */
  async sidePanelText(selector: string): Promise<string | null> {
    return this.page.evaluate((css) => {
      const panel = chrome.extension.getViews().find((view) => view.location.pathname === '/sidepanel.html');
      return panel ? (panel.document.querySelector(css)?.textContent ?? '') : null;
    }, selector);
  }

  get siteHelp(): Locator {
    return this.page.getByTestId('site-help');
  }
}
