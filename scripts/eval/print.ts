import { LABELS } from '../../utils/analyzer/types';
import type { Scores } from './score';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const num = (x: number) => x.toFixed(3);

/** The evaluation as text for a person: the per-label table, the totals, then every miss. */
export function formatScores(s: Scores, showMisses: boolean): string {
  const lines: string[] = [];
  lines.push(`${'label'.padEnd(22)}${'P'.padStart(7)}${'R'.padStart(7)}${'F1'.padStart(7)}${'TP'.padStart(5)}${'FP'.padStart(5)}${'FN'.padStart(5)}`);
  for (const label of LABELS) {
    const c = s.perLabel[label];
    lines.push(`${label.padEnd(22)}${num(c.precision).padStart(7)}${num(c.recall).padStart(7)}${num(c.f1).padStart(7)}${String(c.tp).padStart(5)}${String(c.fp).padStart(5)}${String(c.fn).padStart(5)}`);
  }
  lines.push('');
  lines.push(`messages                ${s.messages}`);
  lines.push(`label micro-F1          ${num(s.microF1)}   (on collection messages)`);
  lines.push(`label macro-F1          ${num(s.macroF1)}`);
  lines.push(`isCollection P/R/F1     ${num(s.collection.precision)} / ${num(s.collection.recall)} / ${num(s.collection.f1)}`);
  lines.push(`false alarms            ${s.falseAlarms} of ${s.negatives} negatives (${pct(s.negatives ? s.falseAlarms / s.negatives : 0)})`);
  lines.push(`amounts exactly right   ${s.amountsRight} of ${s.messages} (${pct(s.amountsRight / Math.max(1, s.messages))})`);
  lines.push(`language right          ${s.langRight} of ${s.messages} (${pct(s.langRight / Math.max(1, s.messages))})`);
  if (showMisses) {
    lines.push('', `misses (${s.misses.length})`);
    for (const m of s.misses) {
      lines.push(`  ${m.id}  ${m.problems.join('; ')}`);
      lines.push(`        ${m.text.replace(/\s+/g, ' ').slice(0, 160)}`);
    }
  }
  return lines.join('\n');
}
