import { beforeEach, describe, expect, it, vi } from 'vitest';

type Ready = typeof import('../../utils/analyzer-ready');
type Cache = typeof import('../../utils/analyzer-cache');

const MESSAGE = 'FINAL NOTICE: pay the $1,240.50 you owe or we will contact your employer and your family.';

/** The background as the browser starts it again: its modules, and so the analyzer, from scratch. */
async function startBackground(): Promise<{ ready: Ready; cache: Cache }> {
  vi.resetModules();
  return {
    ready: await import('../../utils/analyzer-ready'),
    cache: await import('../../utils/analyzer-cache'),
  };
}

const deleted = () =>
  new Promise<void>((resolve, reject) => {
    const request = indexedDB.deleteDatabase('calmline-analyzer-cache');
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
  });

/** Waits for the copy the background keeps after compiling (it is written after the first answer). */
const keptBy = (cache: Cache, build: string) =>
  vi.waitFor(async () => {
    const kept = await cache.readKeptLexicon(build);
    expect(kept).toMatchObject({ format: 1 });
    return kept;
  });

beforeEach(deleted);

describe('getting the analyzer ready when the background starts', () => {
  it('compiles on the first start and keeps the result; the next start reads it back and answers the same', async () => {
    const first = await startBackground();
    expect(await first.ready.prepareAnalyzer('build-a')).toBe('compiled');
    const expected = await first.ready.analyzeWhenReady(MESSAGE);
    await keptBy(first.cache, 'build-a');

    const second = await startBackground();
    expect(await second.ready.prepareAnalyzer('build-a')).toBe('kept');
    const analysis = await second.ready.analyzeWhenReady(MESSAGE);
    expect(analysis.signals).toEqual(expected.signals);
    expect(analysis.signals.map((s) => s.label)).toContain('third_party_contact');
  });

  it('readies once per start: later calls wait for the same', async () => {
    const { ready } = await startBackground();
    const once = ready.prepareAnalyzer('build-a');
    expect(ready.prepareAnalyzer('build-a')).toBe(once);
    expect(await once).toBe('compiled');
  });

  it('does not use a copy kept by another build of the analyzer, and keeps its own in its place', async () => {
    const first = await startBackground();
    await first.ready.prepareAnalyzer('build-a');
    await keptBy(first.cache, 'build-a');

    const updated = await startBackground();
    expect(await updated.ready.prepareAnalyzer('build-b')).toBe('compiled');
    await keptBy(updated.cache, 'build-b');
    expect(await updated.cache.readKeptLexicon('build-a')).toBeUndefined();
  });

  it('compiles when the kept copy is damaged, and keeps a sound one in its place', async () => {
    const { cache } = await startBackground();
    await cache.keepLexicon('build-a', { format: 1, trie: 'torn' } as never);

    const restarted = await startBackground();
    expect(await restarted.ready.prepareAnalyzer('build-a')).toBe('compiled');
    expect((await restarted.ready.analyzeWhenReady(MESSAGE)).isCollection).toBe(true);
    await vi.waitFor(async () => expect(await restarted.cache.readKeptLexicon('build-a')).toMatchObject({ trie: { mask: expect.any(Number) } }));
  });

  it('still analyses when the cache cannot be opened or written (a full disk), and says nothing of it', async () => {
    vi.spyOn(indexedDB, 'open').mockImplementation(() => {
      throw new DOMException('The disk is full.', 'QuotaExceededError');
    });
    const { ready } = await startBackground();
    expect(await ready.prepareAnalyzer('build-a')).toBe('compiled');
    expect((await ready.analyzeWhenReady(MESSAGE)).isCollection).toBe(true);
    // The failed write after compiling is let go, not left as an unhandled rejection.
    await new Promise((done) => setTimeout(done, 20));
  });
});
