import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseGold } from '../../../scripts/eval/corpus';
import type { GoldMessage } from '../../../scripts/eval/score';

const DIR = join(import.meta.dirname, '../../fixtures/analyzer');

/**
 * Every message written for the analyzer's tests, from tests/fixtures/analyzer/*.jsonl,
 * read with the evaluation's own corpus parser; a malformed line fails loudly.
 */
export function fixtureMessages(): GoldMessage[] {
  return readdirSync(DIR)
    .filter((f) => f.endsWith('.jsonl'))
    .flatMap((f) =>
      readFileSync(join(DIR, f), 'utf8')
        .split('\n')
        .filter((l) => l.trim())
        .map((line, i) => {
          const message = parseGold(line);
          if (typeof message === 'string') throw new Error(`${f} line ${i + 1}: ${message}`);
          return message;
        }),
    );
}
