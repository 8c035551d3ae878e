/**
 * WXT's fake browser leaves `scripting` and `permissions` unimplemented; these
 * in-memory versions follow Chrome's documented behaviour closely enough for the
 * registration logic: ids are unique, updates need an existing id, filters by id,
 * origins granted one by one.
 */
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

/** A registration as the fake browser's declarations describe it. */
type Script = Parameters<typeof fakeBrowser.scripting.registerContentScripts>[0][number];

export function fakeScripting(granted: string[] = []) {
  const registered = new Map<string, Script>();
  const origins = new Set(granted);
  const byIds = (filter?: { ids?: string[] }) => [...registered.values()].filter((s) => !filter?.ids || filter.ids.includes(s.id));

  vi.spyOn(fakeBrowser.scripting, 'registerContentScripts').mockImplementation(async (scripts: Script[]) => {
    for (const s of scripts) if (registered.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
    for (const s of scripts) registered.set(s.id, s);
  });
  vi.spyOn(fakeBrowser.scripting, 'updateContentScripts').mockImplementation(async (scripts: Script[]) => {
    for (const s of scripts) if (!registered.has(s.id)) throw new Error(`Nonexistent script ID '${s.id}'`);
    for (const s of scripts) registered.set(s.id, { ...registered.get(s.id)!, ...s });
  });
  vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockImplementation(async (filter?: { ids?: string[] }) =>
    byIds(filter),
  );
  vi.spyOn(fakeBrowser.scripting, 'unregisterContentScripts').mockImplementation(async (filter?: { ids?: string[] }) => {
    for (const s of byIds(filter)) registered.delete(s.id);
  });
  vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async ({ origins: wanted = [] }) =>
    wanted.every((o) => origins.has(o)),
  );
  vi.spyOn(fakeBrowser.permissions, 'remove').mockImplementation(async ({ origins: gone = [] }) => {
    for (const o of gone) origins.delete(o);
    return true;
  });
  return { registered, origins };
}
