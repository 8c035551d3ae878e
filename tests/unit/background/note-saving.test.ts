import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startMessageHandlers } from '../../../entrypoints/background/message-handlers';
import { saveNote } from '../../../entrypoints/background/note-saving';
import { getDatabase } from '../../../utils/db/instance';
import { REMINDER_ALARM } from '../../../utils/reminder-alarm';

beforeEach(async () => {
  await getDatabase().notes.clear();
});

describe('saving notes in the background', () => {
  it('stores the note and sets the reminder for its follow-up', async () => {
    const followUpAt = Date.now() + 3_600_000;
    const note = await saveNote(fakeBrowser as never, { theySaid: '请在三天内回复', followUpAt });
    expect(await getDatabase().notes.get(note.id)).toEqual(note);
    expect((await fakeBrowser.alarms.get(REMINDER_ALARM))?.scheduledTime).toBe(followUpAt);
  });

  it('answers a content script’s saveNote message, and refuses a draft that breaks the rules', async () => {
    startMessageHandlers();
    const sender = { id: fakeBrowser.runtime.id, tab: { id: 3 } as never, url: 'https://chat.example/support' };
    const send = async (draft: unknown) =>
      (await fakeBrowser.runtime.onMessage.trigger({ channel: 'calmline', to: 'background', type: 'saveNote', data: { draft } }, sender)) as unknown[];

    const [saved] = (await send({ theySaid: 'Final notice', source: { url: 'https://chat.example/support', title: 'Support' } })) as [
      { ok: true; value: { id: string } },
    ];
    expect(saved.ok).toBe(true);
    expect(await getDatabase().notes.get(saved.value.id)).toMatchObject({ theySaid: 'Final notice', channel: 'other' });

    const [refused] = (await send({ occurredAt: Date.now() + 10 * 86_400_000 })) as [{ ok: false; error: string }];
    expect(refused).toEqual({ ok: false, error: expect.stringContaining('occurredAt is in the future') });
    expect(await getDatabase().notes.count()).toBe(1);
  });
});
