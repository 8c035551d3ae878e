import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BIN_ALARM, emptyBin, startBinEmptying } from '../../../entrypoints/background/bin-emptying';
import { getDatabase } from '../../../utils/db/instance';
import { createNote, deleteNote } from '../../../utils/db/notes-repository';
import { BIN_KEEPS_DAYS } from '../../../utils/notes/bin';

const DAY = 24 * 60 * 60 * 1000;
const api = fakeBrowser as never;

beforeEach(() => getDatabase().notes.clear());

async function noteDeleted(daysAgo: number | null, now: number) {
  const note = await createNote(getDatabase(), { theySaid: `deleted ${daysAgo ?? 'never'}` }, now - 60 * DAY);
  if (daysAgo !== null) await deleteNote(getDatabase(), note.id, now - daysAgo * DAY);
  return note.id;
}

describe('emptying the bin', () => {
  it('removes only the notes deleted more than the kept days ago', async () => {
    const now = Date.UTC(2026, 5, 1, 9);
    const live = await noteDeleted(null, now);
    const recent = await noteDeleted(BIN_KEEPS_DAYS - 1, now);
    const old = await noteDeleted(BIN_KEEPS_DAYS + 1, now);

    expect(await emptyBin(now)).toBe(1);
    const left = await getDatabase().notes.toArray();
    expect(left.map((n) => n.id).sort()).toEqual([live, recent].sort());
    expect(left.some((n) => n.id === old)).toBe(false);
  });

  it('sets a daily alarm on install and empties the bin when it rings', async () => {
    startBinEmptying(api);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' } as never);
    const alarm = await fakeBrowser.alarms.get(BIN_ALARM);
    expect(alarm?.periodInMinutes).toBe(24 * 60);

    const old = await noteDeleted(BIN_KEEPS_DAYS + 2, Date.now());
    expect(await getDatabase().notes.get(old)).toBeDefined();
    await fakeBrowser.alarms.onAlarm.trigger(alarm!);
    await expect.poll(() => getDatabase().notes.get(old)).toBeUndefined();
  });
});
