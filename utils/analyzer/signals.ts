import type { Match } from './match/sequence';
import type { Folded } from './text/normalize';
import { mergeSpans, originalSpan } from './text/spans';
import { LABEL_TIER, LABELS, type Signal, type Span } from './types';

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
