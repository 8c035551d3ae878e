/**
 * Names this build of the analyzer: a hash of every source file under utils/analyzer.
 * The background keeps the compiled lexicon between its starts under this name, so a
 * copy compiled by another version of the analyzer is never used. Set as the build-time
 * constant `__ANALYZER_BUILD__` (wxt.config.ts, vitest.config.ts).
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

const ANALYZER = join(import.meta.dirname, '..', 'utils', 'analyzer');

export function analyzerBuildId(root = ANALYZER): string {
  const hash = createHash('sha256');
  const files = (readdirSync(root, { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => f.endsWith('.ts')).sort();
  for (const file of files) {
    // Names as well as contents: a file moved is a different build.
    hash.update(relative(root, join(root, file)).split('\\').join('/'));
    hash.update('\0');
    hash.update(readFileSync(join(root, file)));
    hash.update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}
