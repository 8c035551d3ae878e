/** Cuts a draft into plain and marked stretches, for showing the findings in place. */
import type { ToneFinding, ToneKind } from './types';

export interface ToneSegment {
  start: number;
  end: number;
  text: string;
  /** The kinds of wording found here; empty for plain text. */
  kinds: ToneKind[];
}

/** Consecutive stretches covering all of `text`; where findings overlap, a stretch carries every kind. */
export function toneSegments(text: string, findings: readonly ToneFinding[]): ToneSegment[] {
  const cuts = new Set([0, text.length]);
  for (const f of findings) {
    cuts.add(Math.min(f.start, text.length));
    cuts.add(Math.min(f.end, text.length));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: ToneSegment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const kinds = [...new Set(findings.filter((f) => f.start <= start && end <= f.end).map((f) => f.kind))];
    segments.push({ start, end, text: text.slice(start, end), kinds });
  }
  return segments;
}
