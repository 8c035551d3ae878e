import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppFrame } from '../../../components/app/AppFrame';
import { BackupView } from '../../../components/records/BackupView';
import { PatternsView } from '../../../components/records/PatternsView';
import { getDatabase } from '../../../utils/db/instance';
import type { Note } from '../../../utils/notes/note';
import { jsonExportChunks } from '../../../utils/records/json-export';
import { makeNote } from './fixtures';

let container: HTMLElement;
const db = getDatabase();

beforeEach(async () => {
  await db.notes.clear();
  await db.meta.clear();
});

afterEach(() => {
  render(null, container);
  container.remove();
});

async function show(ui: preact.ComponentChildren) {
  container = document.createElement('div');
  document.body.append(container);
  await act(async () => render(<AppFrame languages={['en-US']}>{ui}</AppFrame>, container));
}

/** Waits until `find` returns something, letting effects and IndexedDB settle. */
async function until<T>(find: () => T | null | undefined | false): Promise<T> {
  for (let i = 0; i < 100; i++) {
    const found = find();
    if (found) return found;
    await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
  }
  throw new Error(`Not found. The page says: ${container.textContent}`);
}

const button = (text: string) => [...container.querySelectorAll('button')].find((b) => b.textContent?.trim() === text);

async function exportFile(notes: Note[]): Promise<File> {
  async function* pages() {
    yield notes;
  }
  let text = '';
  for await (const chunk of jsonExportChunks(pages(), Date.UTC(2026, 3, 1))) text += chunk;
  return new File([text], 'backup.json', { type: 'application/json' });
}

async function choose(file: File) {
  const input = container.querySelector<HTMLInputElement>('input[type=file]')!;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

describe('Backup & data view', () => {
  it('previews an import, then writes it; importing again adds nothing', async () => {
    const existing = makeNote();
    await db.notes.add(existing);
    await show(<BackupView />);
    await choose(await exportFile([existing, makeNote(), makeNote()]));
    const preview = await until(() => container.querySelector('[data-testid=records-import-preview]'));
    expect(preview.textContent).toContain('holds 3 notes');
    expect(preview.textContent).toContain('New: 2. Newer versions of notes you have: 0. Already here: 1.');
    expect(await db.notes.count()).toBe(1);
    await act(async () => button('Add these notes')!.click());
    await until(() => container.textContent?.includes('Done. Added 2, updated 0; 1 were already here.'));
    expect(await db.notes.count()).toBe(3);
  });

  it('refuses a damaged file in plain words and leaves the notes untouched', async () => {
    const existing = makeNote({ theySaid: 'keep me' });
    await db.notes.add(existing);
    await show(<BackupView />);
    const good = await (await exportFile([makeNote()])).text();
    await choose(new File([good.slice(0, good.length / 2)], 'cut.json'));
    const alert = await until(() => container.querySelector('[role=alert]'));
    expect(alert.textContent).toContain('The file ends too early');
    expect(alert.textContent).toContain('Nothing was imported, and your notes are unchanged.');
    expect(await db.notes.toArray()).toEqual([existing]);
  });

  it('names the note and field of a problem', async () => {
    await show(<BackupView />);
    const notes = [makeNote(), { ...makeNote(), channel: 'fax' }];
    const text = JSON.stringify({ format: 'calmline-notes', version: 1, exportedAt: '2026-04-01T00:00:00.000Z', notes });
    await choose(new File([text], 'bad.json'));
    const alert = await until(() => container.querySelector('[role=alert]'));
    expect(alert.textContent).toContain('Note 2, “channel”: expected one of: phone, sms, web_chat, email, letter, visit, app, other.');
  });

  it('says exactly what "Delete all my data" removes, and removes it only when confirmed', async () => {
    await db.notes.bulkAdd([makeNote(), makeNote(), makeNote({ deletedAt: Date.UTC(2026, 2, 1) })]);
    await show(<BackupView />);
    await until(() => container.textContent?.includes('2 notes, and 1 in the bin. Notes leave the bin for good 30 days after you delete them.'));
    await act(async () => button('Delete all my data…')!.click());
    const confirm = container.querySelector('.records-confirm')!;
    expect(confirm.textContent).toContain('2 notes, 1 notes in the bin, and the record of your reminders and backups');
    expect(document.activeElement).toBe(confirm);
    await act(async () => button('Cancel')!.click());
    expect(await db.notes.count()).toBe(3);
    await act(async () => button('Delete all my data…')!.click());
    await act(async () => button('Yes, delete everything')!.click());
    await until(() => container.textContent?.includes('have been deleted'));
    expect(await db.notes.count()).toBe(0);
  });

  it('reminds gently about a backup, and stays quiet once dismissed', async () => {
    await db.notes.add(makeNote());
    await show(<BackupView />);
    const reminder = await until(() => container.querySelector('[data-testid=records-backup-reminder]'));
    expect(reminder.textContent).toContain('Your notes are only in this browser.');
    await act(async () => button('Not now')!.click());
    await until(() => !container.querySelector('[data-testid=records-backup-reminder]'));
    expect((await db.meta.get('backupReminderDismissedAt'))?.value).toEqual(expect.any(Number));
  });
});

describe('Patterns view', () => {
  it('draws contacts over time as an accessible image with a table, and lists findings with their rules', async () => {
    const t = Date.UTC(2026, 2, 2, 3, 0);
    await db.notes.bulkAdd([
      makeNote({ occurredAt: t, signals: ['abuse'] }),
      makeNote({ occurredAt: t + 86_400_000, signals: ['third_party_contact'] }),
    ]);
    await show(<PatternsView />);
    const svg = await until(() => container.querySelector('svg[role=img]'));
    const [title, desc] = (svg.getAttribute('aria-labelledby') ?? '').split(' ').map((id) => container.querySelector(`[id="${id}"]`));
    expect(title?.tagName.toLowerCase()).toBe('title');
    expect(title?.textContent).toBe('Contacts from Acme Credit over time');
    expect(desc?.textContent).toContain('2 contacts they made');
    expect(container.querySelectorAll('.records-table tbody tr')).toHaveLength(2);
    const select = container.querySelector<HTMLSelectElement>('select')!;
    await act(async () => {
      select.value = 'HK';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    const findings = [...container.querySelectorAll('.records-finding')];
    expect(findings.map((f) => f.getAttribute('data-kind'))).toEqual(['third_party', 'conduct']);
    expect(findings[1]!.textContent).toContain('Code of Banking Practice, section 43');
    expect(findings[1]!.textContent).toContain('Read in the rule’s own text');
    expect(container.textContent).toContain('not legal advice');
  });
});
