/**
 * Keeps the compiled lexicon in its own IndexedDB database, apart from the notes, so
 * the background can read it back when the browser starts it again (and the side
 * panel when it opens) instead of compiling it anew. Content scripts never open it.
 * It is a cache: losing it, or failing to write it (a full disk), costs only the time
 * to compile, and the notes database is never touched.
 */
import type { EngineSnapshot } from './analyzer';

const DATABASE = 'calmline-analyzer-cache';
const STORE = 'compiled';
/** The one record: the snapshot and the build of the analyzer that made it. */
const KEY = 'lexicon';

interface Kept {
  build: string;
  snapshot: unknown;
}

const done = <T>(request: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });

function open(idb: IDBFactory): Promise<IDBDatabase> {
  const request = idb.open(DATABASE, 1);
  request.onupgradeneeded = () => request.result.createObjectStore(STORE);
  return done(request);
}

/** The snapshot kept by this build of the analyzer, or undefined when there is none. */
export async function readKeptLexicon(build: string, idb: IDBFactory = indexedDB): Promise<unknown> {
  const db = await open(idb);
  try {
    const kept = (await done(db.transaction(STORE, 'readonly').objectStore(STORE).get(KEY))) as Kept | undefined;
    return kept?.build === build ? kept.snapshot : undefined;
  } finally {
    db.close();
  }
}

/** Keeps a snapshot for this build, in place of any older one. */
export async function keepLexicon(build: string, snapshot: EngineSnapshot, idb: IDBFactory = indexedDB): Promise<void> {
  const db = await open(idb);
  try {
    const transaction = db.transaction(STORE, 'readwrite');
    transaction.objectStore(STORE).put({ build, snapshot } satisfies Kept, KEY);
    await new Promise<void>((resolve, reject) => {
      transaction.oncomplete = () => resolve();
      transaction.onerror = transaction.onabort = () => reject(transaction.error);
    });
  } finally {
    db.close();
  }
}
