import type { Boundaries } from '../text/boundaries';
import type { Label } from '../types';
import type { CompiledRule, Engine } from './compile';
import { endsAt, lowerBound, startsAt, type Hits } from './hits';
import { isNegated } from './negation';

/** One place a rule fired: the folded-text ranges of its parts, flat (start, end, start, end…). */
export interface Match {
  rule: CompiledRule;
  parts: number[];
}

/**
 * The most places one rule reports. Enough evidence to highlight any real message; it
 * keeps a pasted book of threats from producing tens of thousands of spans.
 */
export const MAX_MATCHES_PER_RULE = 256;

/**
 * The places each rule fires in the folded text, after negations and exceptions. The
 * labels of rules whose parts were all found in order but cancelled go into `refused`.
 */
export function findMatches(engine: Engine, hits: Hits, bounds: Boundaries, text: string, refused?: Set<Label>): Match[] {
  const matches: Match[] = [];
  const { rules, firstSlots } = engine;
  const { starts, ends } = hits;
  for (let r = 0; r < rules.length; r++) {
    const from = hits.first[firstSlots[r]!]!;
    const to = hits.first[firstSlots[r]! + 1]!;
    if (from === to) continue;
    const rule = rules[r]!;
    if (!allPartsFound(rule, hits)) continue;
    // A term can end at several places from one start (2024 / 2024年3月10日): try each.
    let lastStart = -1;
    let lastEnd = -1;
    let found = 0;
    for (let k = from; k < to && found < MAX_MATCHES_PER_RULE; k++) {
      const parts = chain(rule, hits, bounds, starts[k]!, ends[k]!);
      if (!parts) continue;
      if (!accepted(engine, rule, hits, bounds, text, parts)) {
        if (rule.label) refused?.add(rule.label);
        continue;
      }
      const start = parts[0]!;
      const end = parts[parts.length - 1]!;
      if (start === lastStart && end === lastEnd) continue;
      lastStart = start;
      lastEnd = end;
      matches.push({ rule, parts });
      found++;
      // A collection cue counts once, however often it occurs.
      if (!rule.label) break;
    }
  }
  return matches;
}

/** Whether every part of the rule was found somewhere: a rule missing one cannot fire. */
function allPartsFound(rule: CompiledRule, hits: Hits): boolean {
  const { parts } = rule;
  for (let p = 1; p < parts.length; p++) {
    if (hits.first[parts[p]!] === hits.first[parts[p]! + 1]) return false;
  }
  return true;
}

/** The earliest way to find the rule's later parts after its first, each within the gap and the clause. */
function chain(rule: CompiledRule, hits: Hits, bounds: Boundaries, start: number, end: number): number[] | undefined {
  const parts = [start, end];
  let sentence = bounds.sentence[start]!;
  const clause = bounds.clause[start];
  let at = end;
  for (let p = 1; p < rule.parts.length; p++) {
    const slot = rule.parts[p]!;
    const to = hits.first[slot + 1]!;
    const k = lowerBound(hits.starts, hits.first[slot]!, to, at);
    if (k >= to) return undefined;
    const s = hits.starts[k]!;
    const e = hits.ends[k]!;
    if (s - at > rule.gap) return undefined;
    const next = bounds.sentence[e - 1]!;
    if (next !== sentence && !(rule.acrossSentences && next === sentence + 1)) return undefined;
    if (!rule.acrossClauses && bounds.clause[e - 1] !== clause) return undefined;
    parts.push(s, e);
    at = e;
    sentence = next;
  }
  return parts;
}

function accepted(engine: Engine, rule: CompiledRule, hits: Hits, bounds: Boundaries, text: string, parts: number[]): boolean {
  const start = parts[0]!;
  if (rule.clauseStart && !opensClause(bounds, text, start)) return false;
  if (rule.notInQuestion && bounds.question[bounds.sentence[start]!]) return false;
  // An exception touches the part it qualifies, or sits one space from it in English.
  for (let p = 0; p < parts.length; p += 2) {
    const s = parts[p]!;
    const e = parts[p + 1]!;
    if (rule.unlessAfter >= 0 && endsAt(hits, rule.unlessAfter, text.charCodeAt(s - 1) === 32 ? s - 1 : s)) return false;
    if (rule.unlessBefore >= 0 && startsAt(hits, rule.unlessBefore, text.charCodeAt(e) === 32 ? e + 1 : e)) return false;
  }
  if (rule.negatable && isNegated(engine, hits, bounds, text, start)) return false;
  return true;
}

function opensClause(bounds: Boundaries, text: string, start: number): boolean {
  let p = start - 1;
  if (p >= 0 && text.charCodeAt(p) === 32) p--;
  return p < 0 || bounds.clause[p] !== bounds.clause[start];
}
