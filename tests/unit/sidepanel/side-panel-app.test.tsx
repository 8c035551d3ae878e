import { describe, expect, it, vi } from 'vitest';
import { SidePanelApp } from '../../../components/sidepanel/SidePanelApp';
import { getDatabase } from '../../../utils/db/instance';
import { createNote } from '../../../utils/db/notes-repository';
import { sidePanelRequestItem } from '../../../utils/side-panel-request';
import { settingsItem } from '../../../utils/settings';
import { button, click, show, type } from './render';

const db = () => getDatabase();
const now = () => Date.now();

describe('SidePanelApp', () => {
  it('explains calmly why notes help when there are none', async () => {
    const root = show(<SidePanelApp />);
    await vi.waitFor(() => expect(root.textContent).toContain('Your notes will live here'));
    expect(root.querySelector('[role="tablist"] [role="tab"]')?.textContent).toBe('Notes');
  });

  it('shows a note saved elsewhere without a reload, grouped under its day', async () => {
    const root = show(<SidePanelApp />);
    await vi.waitFor(() => expect(root.textContent).toContain('Your notes will live here'));
    await createNote(db(), { institution: '招商银行', theySaid: '请在今天18点前还款', signals: ['deadline'] }, now());
    await vi.waitFor(() => expect(root.querySelector('.entry')?.textContent).toContain('招商银行'));
    expect(root.querySelector('.day h2')?.textContent).toBe('Today');
    expect(root.querySelector('.badge.tier-warning')?.textContent).toBe('Time limit');
  });

  it('finds notes as you type, in either Chinese script and in English', async () => {
    await createNote(db(), { institution: '國泰世華', theySaid: '請儘快還款' }, now() - 2000);
    await createNote(db(), { institution: 'Northwind', theySaid: 'Final notice' }, now() - 1000);
    const root = show(<SidePanelApp />);
    await vi.waitFor(() => expect(root.querySelectorAll('.entry')).toHaveLength(2));
    type(root.querySelector('#notes-search'), '还款');
    await vi.waitFor(() => expect(root.querySelectorAll('.entry')).toHaveLength(1));
    expect(root.querySelector('.entry')?.textContent).toContain('國泰世華');
    expect(root.querySelector('.results-count')?.textContent).toBe('1 note found.');
    type(root.querySelector('#notes-search'), 'FINAL');
    await vi.waitFor(() => expect(root.querySelector('.entry')?.textContent).toContain('Northwind'));
    type(root.querySelector('#notes-search'), 'nothing like this');
    await vi.waitFor(() => expect(root.textContent).toContain('No notes match'));
  });

  it('deletes with undo', async () => {
    const note = await createNote(db(), { institution: 'Acme', theySaid: 'Call back Monday' }, now());
    const root = show(<SidePanelApp />);
    await vi.waitFor(() => expect(root.querySelector('.entry')).toBeTruthy());
    click(root.querySelector(`[data-note-id="${note.id}"] button[aria-label^="Delete"]`));
    await vi.waitFor(() => expect(root.querySelector('.status')?.textContent).toContain('The note was deleted.'));
    await vi.waitFor(() => expect(root.querySelector('.entry')).toBeNull());
    click(button(root.querySelector('.status')!, 'Undo'));
    await vi.waitFor(() => expect(root.querySelector('.entry')?.textContent).toContain('Acme'));
    expect((await db().notes.get(note.id))?.deletedAt).toBeNull();
  });

  it('opens the note a request names, then clears the request', async () => {
    const note = await createNote(db(), { theySaid: 'Saved from a page', institution: '' }, now());
    const root = show(<SidePanelApp />);
    await vi.waitFor(() => expect(root.querySelector('.entry')).toBeTruthy());
    await sidePanelRequestItem.setValue({ kind: 'show-note', noteId: note.id, at: now() });
    await vi.waitFor(() => expect(root.querySelector('#note-editor-title')?.textContent).toBe('Edit the note'));
    expect((root.querySelector('#note-they-said') as HTMLTextAreaElement).value).toBe('Saved from a page');
    await vi.waitFor(async () => expect(await sidePanelRequestItem.getValue()).toBeNull());
  });

  it('changes the language from the settings menu', async () => {
    const root = show(<SidePanelApp />);
    await vi.waitFor(() => expect(root.querySelector('#settings-language')).toBeTruthy());
    const select = root.querySelector('#settings-language') as HTMLSelectElement;
    select.value = 'zh_TW';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await vi.waitFor(() => expect(root.querySelector('[role="tab"]')?.textContent).toBe('紀錄'));
    expect((await settingsItem.getValue()).locale).toBe('zh_TW');
  });
});
