/**
 * Scores the analyzer on a labelled corpus (JSONL: id, lang, text, isCollection, labels,
 * amounts): per-label precision, recall and F1, label micro- and macro-F1 on collection
 * messages, isCollection F1, false alarms on negatives, amounts exactly right, misses.
 *
 *   npm run eval -- [corpus.jsonl] [--no-misses] [--now 2024-06-01T09:00:00Z]
 *
 * The default corpus is shared/corpus/dev.jsonl beside the project's folder.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../utils/analyzer/index';
import { parseGold } from './eval/corpus';
import { formatScores } from './eval/print';
import { score, type GoldMessage } from './eval/score';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const nowAt = args.indexOf('--now');
const now = nowAt >= 0 ? new Date(args[nowAt + 1] ?? '') : new Date();
const file = args.find((a, i) => !a.startsWith('--') && (nowAt < 0 || i !== nowAt + 1)) ?? resolve(root, '..', 'shared/corpus/dev.jsonl');

let content: string;
try {
  content = readFileSync(file, 'utf8');
} catch (error) {
  console.error(`Could not read the corpus ${file}: ${(error as Error).message}`);
  process.exit(2);
}
if (Number.isNaN(now.getTime())) {
  console.error('--now needs an ISO time, e.g. 2024-06-01T09:00:00Z');
  process.exit(2);
}

const gold: GoldMessage[] = [];
content.split('\n').forEach((line, i) => {
  if (!line.trim()) return;
  const parsed = parseGold(line);
  if (typeof parsed === 'string') console.error(`line ${i + 1} skipped: ${parsed}`);
  else gold.push(parsed);
});

const scores = score(gold.map((g) => ({ gold: g, got: analyze(g.text, { now }) })));
console.log(`corpus ${file}\n`);
console.log(formatScores(scores, !args.includes('--no-misses')));
