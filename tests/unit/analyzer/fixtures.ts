import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Label, Lang } from '../../../utils/analyzer/types';

export interface FixtureMessage {
  id: string;
  lang: Lang;
  text: string;
  isCollection: boolean;
  labels: Label[];
  amounts: number[];
}

const DIR = join(__dirname, '../../fixtures/analyzer');

/** Every message written for the analyzer's tests, from tests/fixtures/analyzer/*.jsonl. */
export function fixtureMessages(): FixtureMessage[] {
  return readdirSync(DIR)
    .filter((f) => f.endsWith('.jsonl'))
    .flatMap((f) => readFileSync(join(DIR, f), 'utf8').split('\n').filter((l) => l.trim()))
    .map((line) => JSON.parse(line) as FixtureMessage);
}
