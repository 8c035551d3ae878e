import { LABELS, type Analysis, type Label, type Lang } from '../../utils/analyzer/types';

/** One labelled message of a corpus. */
export interface GoldMessage {
  id: string;
  lang: Lang;
  text: string;
  isCollection: boolean;
  labels: Label[];
  amounts: number[];
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Miss {
  id: string;
  text: string;
  problems: string[];
}

export interface Scores {
  messages: number;
  perLabel: Record<Label, Counts & { precision: number; recall: number; f1: number }>;
  microF1: number;
  macroF1: number;
  collection: Counts & { precision: number; recall: number; f1: number };
  negatives: number;
  falseAlarms: number;
  amountsRight: number;
  langRight: number;
  misses: Miss[];
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);

function prf(c: Counts) {
  const precision = ratio(c.tp, c.tp + c.fp);
  const recall = ratio(c.tp, c.tp + c.fn);
  return { ...c, precision, recall, f1: ratio(2 * precision * recall, precision + recall) };
}

/** The sums of a message as a sorted list, rounded to cents, so duplicates count. */
const sums = (values: readonly number[]) => values.map((v) => Math.round(v * 100) / 100).sort((a, b) => a - b);
const sameSums = (a: readonly number[], b: readonly number[]) => JSON.stringify(sums(a)) === JSON.stringify(sums(b));

/**
 * Scores analyses against gold labels. Labels are scored on the messages that are truly
 * collection; a false alarm is a non-collection message judged collection or given labels.
 */
export function score(pairs: ReadonlyArray<{ gold: GoldMessage; got: Analysis }>): Scores {
  const counts = Object.fromEntries(LABELS.map((l) => [l, { tp: 0, fp: 0, fn: 0 }])) as Record<Label, Counts>;
  const collection: Counts = { tp: 0, fp: 0, fn: 0 };
  let negatives = 0;
  let falseAlarms = 0;
  let amountsRight = 0;
  let langRight = 0;
  const misses: Miss[] = [];
  for (const { gold, got } of pairs) {
    const problems: string[] = [];
    const labels = new Set(got.signals.map((s) => s.label));
    if (got.lang === gold.lang) langRight++;
    else problems.push(`lang ${got.lang}, expected ${gold.lang}`);
    if (gold.isCollection && got.isCollection) collection.tp++;
    else if (got.isCollection) collection.fp++;
    else if (gold.isCollection) collection.fn++;
    if (gold.isCollection !== got.isCollection) problems.push(`isCollection ${got.isCollection}, expected ${gold.isCollection}`);
    if (gold.isCollection) {
      for (const label of LABELS) {
        const want = gold.labels.includes(label);
        const have = labels.has(label);
        if (want && have) counts[label].tp++;
        else if (have) counts[label].fp++;
        else if (want) counts[label].fn++;
      }
      const missing = gold.labels.filter((l) => !labels.has(l));
      const extra = [...labels].filter((l) => !gold.labels.includes(l));
      if (missing.length) problems.push(`missed ${missing.join(', ')}`);
      if (extra.length) problems.push(`extra ${extra.join(', ')}`);
    } else {
      negatives++;
      if (got.isCollection || labels.size > 0) falseAlarms++;
    }
    const values = got.amounts.map((a) => a.value);
    if (sameSums(values, gold.amounts)) amountsRight++;
    else problems.push(`amounts ${JSON.stringify(sums(values))}, expected ${JSON.stringify(sums(gold.amounts))}`);
    if (problems.length) misses.push({ id: gold.id, text: gold.text, problems });
  }
  const perLabel = Object.fromEntries(LABELS.map((l) => [l, prf(counts[l])])) as Scores['perLabel'];
  const total = LABELS.reduce((t, l) => ({ tp: t.tp + counts[l].tp, fp: t.fp + counts[l].fp, fn: t.fn + counts[l].fn }), { tp: 0, fp: 0, fn: 0 });
  return {
    messages: pairs.length,
    perLabel,
    microF1: prf(total).f1,
    macroF1: LABELS.reduce((sum, l) => sum + perLabel[l].f1, 0) / LABELS.length,
    collection: prf(collection),
    negatives,
    falseAlarms,
    amountsRight,
    langRight,
    misses,
  };
}
