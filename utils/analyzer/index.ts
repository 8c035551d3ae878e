/** The message analyzer: `analyze(text, { now })` and the types of what it returns. */
export { analyze } from './analyze';
export * from './types';
