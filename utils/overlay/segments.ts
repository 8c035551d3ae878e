/**
 * Turns a message and the analyzer's spans into flat, non-overlapping segments,
 * so the overlay can render the message as plain text nodes with highlights
 * around them — never as HTML.
 */
import type { Analysis, Span } from '../analyzer/types';
import { compareTiers, type LegendEntry } from './tiers';

export interface Segment {
  start: number;
  end: number;
  text: string;
  /** The signals whose evidence covers this stretch, most serious first. */
  signals: LegendEntry[];
  /** Part of a money amount. */
  amount: boolean;
  /** Part of a time limit. */
  deadline: boolean;
}

type Mark = { kind: 'signal'; entry: LegendEntry } | { kind: 'amount' } | { kind: 'deadline' };

interface Interval {
  start: number;
  end: number;
  mark: Mark;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** A span offset inside the text, moved back if it would split a surrogate pair. */
function clampOffset(text: string, offset: number): number {
  const at = Math.min(Math.max(Math.trunc(offset), 0), text.length);
  const splitsPair = at > 0 && isHighSurrogate(text.charCodeAt(at - 1)) && isLowSurrogate(text.charCodeAt(at));
  return splitsPair ? at - 1 : at;
}

function intervalsOf(text: string, analysis: Pick<Analysis, 'signals' | 'amounts' | 'deadlines'>): Interval[] {
  const out: Interval[] = [];
  const add = (spans: readonly Span[], mark: Mark) => {
    for (const span of spans) {
      if (!Number.isFinite(span.start) || !Number.isFinite(span.end)) continue;
      const start = clampOffset(text, span.start);
      const end = clampOffset(text, span.end);
      if (start < end) out.push({ start, end, mark });
    }
  };
  for (const s of analysis.signals) add(s.spans, { kind: 'signal', entry: { label: s.label, tier: s.tier } });
  for (const a of analysis.amounts) add(a.spans, { kind: 'amount' });
  for (const d of analysis.deadlines) add(d.spans, { kind: 'deadline' });
  return out;
}

const sameMarks = (a: Segment, b: Segment) =>
  a.amount === b.amount &&
  a.deadline === b.deadline &&
  a.signals.length === b.signals.length &&
  a.signals.every((s, i) => s.label === b.signals[i]!.label);

/** Splits `text` at every span edge; adjacent stretches with the same marks are joined. */
export function segmentsOf(text: string, analysis: Pick<Analysis, 'signals' | 'amounts' | 'deadlines'>): Segment[] {
  const intervals = intervalsOf(text, analysis);
  const edges = [...new Set([0, text.length, ...intervals.flatMap((i) => [i.start, i.end])])].sort((a, b) => a - b);
  const starting = new Map<number, Interval[]>();
  const ending = new Map<number, Interval[]>();
  const at = (map: Map<number, Interval[]>, offset: number) => {
    let list = map.get(offset);
    if (!list) map.set(offset, (list = []));
    return list;
  };
  for (const interval of intervals) {
    at(starting, interval.start).push(interval);
    at(ending, interval.end).push(interval);
  }

  const active = new Map<Interval, true>();
  const segments: Segment[] = [];
  for (let i = 0; i < edges.length - 1; i++) {
    const start = edges[i]!;
    const end = edges[i + 1]!;
    for (const gone of ending.get(start) ?? []) active.delete(gone);
    for (const added of starting.get(start) ?? []) active.set(added, true);

    const labels = new Map<string, LegendEntry>();
    let amount = false;
    let deadline = false;
    for (const { mark } of active.keys()) {
      if (mark.kind === 'signal') labels.set(mark.entry.label, mark.entry);
      else if (mark.kind === 'amount') amount = true;
      else deadline = true;
    }
    const signals = [...labels.values()].sort((a, b) => compareTiers(a.tier, b.tier));
    const segment: Segment = { start, end, text: text.slice(start, end), signals, amount, deadline };

    const previous = segments[segments.length - 1];
    if (previous && sameMarks(previous, segment)) {
      previous.end = end;
      previous.text = text.slice(previous.start, end);
    } else {
      segments.push(segment);
    }
  }
  return segments;
}

/** True when a segment carries any highlight or entity mark. */
export const isMarked = (segment: Segment) => segment.signals.length > 0 || segment.amount || segment.deadline;
