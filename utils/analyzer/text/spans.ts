import type { Span } from '../types';
import type { Folded } from './normalize';

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** The original range behind folded units [start, end), widened to whole code points. */
export function originalSpan(folded: Folded, original: string, start: number, end: number): Span {
  let from = folded.from[start]!;
  let to = folded.to[end - 1]!;
  if (from > 0 && isLow(original.charCodeAt(from)) && isHigh(original.charCodeAt(from - 1))) from--;
  if (to < original.length && isLow(original.charCodeAt(to)) && isHigh(original.charCodeAt(to - 1))) to++;
  return { start: from, end: to };
}

/** Sorted, with overlapping or touching spans merged. */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Span[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}
