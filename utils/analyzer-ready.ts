/**
 * Gets the analyzer ready before a message arrives, wherever it runs: in the
 * background, which the browser stops after 30 s idle, and in the side panel's paste
 * box. The first analysis needs the compiled lexicon: compiling it takes about a fifth
 * of a second, reading back the copy kept by an earlier start a few hundredths. So each
 * start reads the kept copy, and compiles (then keeps the result) only when there is
 * none for this build of the analyzer.
 */
import { analyze, lexiconSnapshot, useLexiconSnapshot, type Analysis } from './analyzer';
import { keepLexicon, readKeptLexicon } from './analyzer-cache';

/** Names this build of the analyzer (a hash of its sources, set at build time): a kept copy from another is not used. */
declare const __ANALYZER_BUILD__: string;

/**
 * The kept copy answers in a few hundredths of a second; one that has not answered in a
 * second (a storage stuck behind something else) is not waited for any longer.
 */
const READ_LIMIT_MS = 1_000;

/** How the analyzer got ready here: from the kept copy, or compiled. */
export type Readiness = 'kept' | 'compiled';

let ready: Promise<Readiness> | undefined;

/** Readies the analyzer once per start (of the background, or of a page); later calls wait for the same. */
export function prepareAnalyzer(build: string = __ANALYZER_BUILD__): Promise<Readiness> {
  return (ready ??= restoreOrCompile(build));
}

/** Analyses a message once the analyzer is ready; its times are read against `now`. */
export async function analyzeWhenReady(text: string, now: Date = new Date()): Promise<Analysis> {
  await prepareAnalyzer();
  return analyze(text, { now });
}

async function restoreOrCompile(build: string): Promise<Readiness> {
  const kept = await withinLimit(readKeptLexicon(build)).catch(() => undefined);
  const readiness: Readiness = kept !== undefined && useLexiconSnapshot(kept) ? 'kept' : 'compiled';
  // Compiles the lexicon if it was not kept, and sets up the rest of the analyzer either way.
  analyze('', { now: new Date() });
  if (readiness === 'compiled') {
    // Kept after the waiting analysis has had its answer; a failure only means compiling next time.
    setTimeout(() => void keepLexicon(build, lexiconSnapshot()).catch(() => undefined), 0);
  }
  return readiness;
}

function withinLimit<T>(promise: Promise<T>): Promise<T | undefined> {
  return Promise.race([promise, new Promise<undefined>((resolve) => setTimeout(resolve, READ_LIMIT_MS))]);
}
