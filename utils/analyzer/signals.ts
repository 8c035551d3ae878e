import type { Match } from './match/sequence';
import { LABEL_MODEL_THRESHOLD } from './model/combine';
import { labelEvidence, type LabelReading } from './model/label-model';
import type { Folded } from './text/normalize';
import { mergeSpans, originalSpan } from './text/spans';
import { LABEL_TIER, LABELS, type Label, type Signal, type Span } from './types';

/** A match shorter than this is highlighted whole; a longer one part by part. */
const WHOLE_MATCH = 30;

/** One signal per label found, in the contract's label order, with spans into the original text. */
export function toSignals(matches: readonly Match[], folded: Folded, original: string): Signal[] {
  const byLabel = new Map<string, { spans: Span[]; rules: string[] }>();
  for (const { rule, parts } of matches) {
    if (!rule.label) continue;
    let entry = byLabel.get(rule.label);
    if (!entry) byLabel.set(rule.label, (entry = { spans: [], rules: [] }));
    if (!entry.rules.includes(rule.id)) entry.rules.push(rule.id);
    const start = parts[0]!;
    const end = parts[parts.length - 1]!;
    if (end - start <= WHOLE_MATCH) entry.spans.push(originalSpan(folded, original, start, end));
    else for (let p = 0; p < parts.length; p += 2) entry.spans.push(originalSpan(folded, original, parts[p]!, parts[p + 1]!));
  }
  return LABELS.filter((label) => byLabel.has(label)).map((label) => {
    const { spans, rules } = byLabel.get(label)!;
    return { label, tier: LABEL_TIER[label], spans: mergeSpans(spans), rules };
  });
}

/**
 * The signals with those the label models add (model/combine.ts): a label no rule set,
 * none of its rules was cancelled for, and its model finds likely. Its evidence is the
 * words that weighed most, and its rule `<label>.model`.
 */
export function withModelSignals(signals: Signal[], readings: readonly LabelReading[], refused: ReadonlySet<Label>, folded: Folded, original: string): Signal[] {
  const added = readings.filter((r) => r.likelihood > LABEL_MODEL_THRESHOLD && !refused.has(r.label) && !signals.some((s) => s.label === r.label));
  if (!added.length) return signals;
  const all = [
    ...signals,
    ...added.map(({ label }) => {
      const evidence = labelEvidence(folded.text, label);
      const spans: Span[] = [];
      for (let p = 0; p < evidence.length; p += 2) spans.push(originalSpan(folded, original, evidence[p]!, evidence[p + 1]!));
      return { label, tier: LABEL_TIER[label], spans: mergeSpans(spans), rules: [`${label}.model`] };
    }),
  ];
  return LABELS.filter((label) => all.some((s) => s.label === label)).map((label) => all.find((s) => s.label === label)!);
}
