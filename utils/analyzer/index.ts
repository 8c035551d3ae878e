/**
 * The message analyzer: `analyze(text, { now })` and the types of what it returns, and
 * its compiled lexicon as data to keep between starts of the background.
 */
export { analyze } from './analyze';
export { lexiconSnapshot, useLexiconSnapshot } from './match/engine';
export type { EngineSnapshot } from './match/engine-snapshot';
export * from './types';
