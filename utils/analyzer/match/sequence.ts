import type { Boundaries } from '../text/boundaries';
import type { CompiledRule, Engine } from './compile';
import { endsAt, lowerBound, startsAt, type Hits } from './hits';
import { isNegated } from './negation';

/** One place a rule fired: the folded-text range of each of its parts. */
export interface Match {
  rule: CompiledRule;
  parts: Array<[start: number, end: number]>;
}

/** Every place each rule fires in the folded text, after negations and exceptions. */
export function findMatches(engine: Engine, hits: Hits, bounds: Boundaries, text: string): Match[] {
  const matches: Match[] = [];
  for (const rule of engine.rules) {
    const first = rule.parts[0]!;
    const starts = hits.starts[first]!;
    const ends = hits.ends[first]!;
    // A term can end at several places from one start (2024 / 2024年3月10日): try each.
    let lastStart = -1;
    let lastEnd = -1;
    for (let k = 0; k < starts.length; k++) {
      const parts = chain(rule, hits, bounds, starts[k]!, ends[k]!);
      if (!parts || !accepted(engine, rule, hits, bounds, text, parts)) continue;
      const start = parts[0]![0];
      const end = parts[parts.length - 1]![1];
      if (start === lastStart && end === lastEnd) continue;
      lastStart = start;
      lastEnd = end;
      matches.push({ rule, parts });
    }
  }
  return matches;
}

/** The earliest way to find the rule's later parts after its first, each within the gap. */
function chain(rule: CompiledRule, hits: Hits, bounds: Boundaries, start: number, end: number): Match['parts'] | undefined {
  const parts: Match['parts'] = [[start, end]];
  const sentence = bounds.sentence[start];
  let at = end;
  for (let p = 1; p < rule.parts.length; p++) {
    const slot = rule.parts[p]!;
    const starts = hits.starts[slot]!;
    const k = lowerBound(starts, at);
    if (k >= starts.length) return undefined;
    const s = starts[k]!;
    const e = hits.ends[slot]![k]!;
    if (s - at > rule.gap || bounds.sentence[e - 1] !== sentence) return undefined;
    parts.push([s, e]);
    at = e;
  }
  return parts;
}

function accepted(engine: Engine, rule: CompiledRule, hits: Hits, bounds: Boundaries, text: string, parts: Match['parts']): boolean {
  const start = parts[0]![0];
  if (rule.clauseStart && !opensClause(bounds, text, start)) return false;
  if (rule.notInQuestion && bounds.question[bounds.sentence[start]!]) return false;
  // An exception touches the part it qualifies, or sits one space from it in English.
  for (const [s, e] of parts) {
    if (rule.unlessAfter >= 0 && endsAt(hits, rule.unlessAfter, text[s - 1] === ' ' ? s - 1 : s)) return false;
    if (rule.unlessBefore >= 0 && startsAt(hits, rule.unlessBefore, text[e] === ' ' ? e + 1 : e)) return false;
  }
  if (rule.negatable && isNegated(engine, hits, bounds, text, start)) return false;
  return true;
}

function opensClause(bounds: Boundaries, text: string, start: number): boolean {
  let p = start - 1;
  if (p >= 0 && text[p] === ' ') p--;
  return p < 0 || bounds.clause[p] !== bounds.clause[start];
}
