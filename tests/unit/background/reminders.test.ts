import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { remindDue, startReminders } from '../../../entrypoints/background/reminders';
import { getDatabase } from '../../../utils/db/instance';
import { readMeta, writeMeta } from '../../../utils/db/meta';
import { createNote } from '../../../utils/db/notes-repository';
import { REMINDER_ALARM } from '../../../utils/reminder-alarm';
import { sidePanelRequestItem } from '../../../utils/side-panel-request';

const MINUTE = 60_000;
const now = Date.UTC(2026, 5, 1, 9);
const api = fakeBrowser as never;

beforeEach(async () => {
  await getDatabase().notes.clear();
  await getDatabase().meta.clear();
});

describe('reminders', () => {
  it('announces follow-ups and promises that fell due, once, and sets the alarm to the next', async () => {
    const db = getDatabase();
    const followUp = await createNote(db, { institution: '招商银行', theySaid: '请回电', followUpAt: now - MINUTE }, now - 60 * MINUTE);
    const promise = await createNote(
      db,
      { institution: 'Northwind', promises: [{ id: 'p', by: 'them', what: 'Email the plan', dueAt: now + 30 * MINUTE, status: 'open' }] },
      now - 60 * MINUTE,
    );
    await writeMeta(db, 'remindedUntil', now - 5 * MINUTE);

    const due = await remindDue(api, now);
    expect(due.map((d) => d.note.id)).toEqual([followUp.id]);
    const shown = await fakeBrowser.notifications.getAll();
    expect(Object.values(shown)).toEqual([
      expect.objectContaining({ type: 'basic', title: 'Time to follow up', message: '招商银行: 请回电' }),
    ]);
    expect(await readMeta(db, 'remindedUntil')).toBe(now);
    expect((await fakeBrowser.alarms.get(REMINDER_ALARM))?.scheduledTime).toBe(now + 30 * MINUTE);

    expect(await remindDue(api, now + MINUTE)).toEqual([]);
    const later = await remindDue(api, now + 31 * MINUTE);
    expect(later.map((d) => d.note.id)).toEqual([promise.id]);
    expect(await fakeBrowser.alarms.get(REMINDER_ALARM)).toBeUndefined();
  });

  it('does not remind about deleted notes or kept promises', async () => {
    const db = getDatabase();
    const note = await createNote(db, { followUpAt: now - MINUTE }, now - 10 * MINUTE);
    await createNote(db, { promises: [{ id: 'p', by: 'me', what: 'pay', dueAt: now - MINUTE, status: 'kept' }] }, now - 10 * MINUTE);
    await db.notes.update(note.id, { deletedAt: now - 2 * MINUTE });
    await writeMeta(db, 'remindedUntil', now - 5 * MINUTE);
    expect(await remindDue(api, now)).toEqual([]);
  });

  it('wakes on its alarm, and a click opens the notes on that note', async () => {
    const db = getDatabase();
    const note = await createNote(db, { institution: 'Acme', followUpAt: Date.now() - 1000 }, Date.now() - MINUTE);
    await writeMeta(db, 'remindedUntil', Date.now() - MINUTE);
    const created = vi.spyOn(fakeBrowser.tabs, 'create');
    startReminders(api);

    await fakeBrowser.alarms.onAlarm.trigger({ name: REMINDER_ALARM, scheduledTime: Date.now() });
    await vi.waitFor(async () => expect(Object.keys(await fakeBrowser.notifications.getAll())).toHaveLength(1));
    const [id] = Object.keys(await fakeBrowser.notifications.getAll());

    await fakeBrowser.notifications.onClicked.trigger(id!);
    await vi.waitFor(async () => expect(await sidePanelRequestItem.getValue()).toMatchObject({ kind: 'show-note', noteId: note.id }));
    // The fake browser can open neither a side panel nor a sidebar: the notes open in a tab instead.
    await vi.waitFor(() => expect(created).toHaveBeenCalledWith({ url: 'chrome-extension://test-extension-id/sidepanel.html' }));
  });
});
