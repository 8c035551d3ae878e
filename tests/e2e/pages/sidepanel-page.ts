/**
 * The side panel's notes as a person uses them: new contact, search, edit,
 * delete and undo. Opened as a tab at sidepanel.html, which is the same page
 * Chrome shows in its side panel and Firefox in its sidebar.
 */
import { expect, type BrowserContext, type Locator, type Page } from '@playwright/test';

export class SidePanelPage {
  private constructor(readonly page: Page) {}

  static async open(context: BrowserContext, url: (page: string) => string): Promise<SidePanelPage> {
    const page = await context.newPage();
    await page.goto(url('sidepanel.html'));
    await page.getByTestId('sidepanel').waitFor();
    return new SidePanelPage(page);
  }

  get entries(): Locator {
    return this.page.locator('.timeline .entry');
  }

  entry(text: string): Locator {
    return this.entries.filter({ hasText: text });
  }

  get status(): Locator {
    return this.page.locator('.status');
  }

  /** Opens "New contact"; the form is ready to type into. */
  async newContact(): Promise<void> {
    await this.page.getByRole('button', { name: 'New contact' }).first().click();
    await this.page.getByRole('form', { name: 'New contact' }).waitFor();
  }

  /** Types into the focused field, then into named fields, and saves with Ctrl+Enter. */
  async fillAndSave(fields: Record<string, string>): Promise<void> {
    for (const [label, value] of Object.entries(fields)) await this.page.getByLabel(label, { exact: true }).fill(value);
    await this.page.keyboard.press('Control+Enter');
    await expect(this.status).toContainText('The note is saved.');
  }

  async search(query: string): Promise<void> {
    await this.page.getByRole('searchbox', { name: 'Search notes' }).fill(query);
  }

  async edit(text: string): Promise<void> {
    await this.entry(text).getByRole('button', { name: /^Edit/ }).click();
    await this.page.getByRole('form', { name: 'Edit the note' }).waitFor();
  }

  async delete(text: string): Promise<void> {
    await this.entry(text).getByRole('button', { name: /^Delete/ }).click();
    await expect(this.status).toContainText('The note was deleted.');
  }

  async undo(): Promise<void> {
    await this.status.getByRole('button', { name: 'Undo' }).click();
    await expect(this.status).toContainText('The note is back.');
  }
}
