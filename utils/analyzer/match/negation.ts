import type { Boundaries } from '../text/boundaries';
import type { Engine } from './compile';
import { lowerBound, type Hits } from './hits';

/**
 * How far after a negation its reach can still touch a match: a few characters in
 * Chinese ("不会向您索要验证码"), a few words in English ("won't be contacting").
 */
const REACH_HAN = 14;
const REACH_LATIN = 40;
/** How far before a negation a condition or "别以为" can turn it around. */
const CANCEL_REACH = 14;

/**
 * Whether a negation denies the match starting at `start`: "我们不会上门", "we will never
 * call your employer". A negation only reaches within its clause, stops at words that
 * begin a new proposition ("不还就…", "don't pay we will…"), and is turned around by a
 * condition or a dare before it ("if we don't hear from you", "别以为我们不敢起诉").
 */
export function isNegated(engine: Engine, hits: Hits, bounds: Boundaries, text: string, start: number): boolean {
  const { cues, touching, blockers, cancels } = engine.negation;
  const { first, starts, ends } = hits;
  if (deniedByTouching(hits, touching, cancels, bounds, text, start)) return true;
  const lo = first[cues]!;
  for (let k = lowerBound(starts, lo, first[cues + 1]!, start) - 1; k >= lo && start - starts[k]! <= REACH_LATIN + 8; k--) {
    const cs = starts[k]!;
    const ce = ends[k]!;
    const reach = text.charCodeAt(cs) < 0x3000 ? REACH_LATIN : REACH_HAN;
    if (ce > start || start - ce > reach || bounds.clause[cs] !== bounds.clause[start]) continue;
    if (asksEitherWay(text, cs)) continue;
    if (blockedBetween(hits, blockers, ce, start)) continue;
    if (cancelledBefore(hits, cancels, cs, bounds)) return false;
    return true;
  }
  return false;
}

function blockedBetween(hits: Hits, slot: number, from: number, to: number): boolean {
  const { first, starts, ends } = hits;
  const hi = first[slot + 1]!;
  for (let k = lowerBound(starts, first[slot]!, hi, from); k < hi && starts[k]! < to; k++) {
    if (ends[k]! <= to) return true;
  }
  return false;
}

function cancelledBefore(hits: Hits, slot: number, cueStart: number, bounds: Boundaries): boolean {
  const { first, starts, ends } = hits;
  const lo = first[slot]!;
  for (let k = lowerBound(starts, lo, first[slot + 1]!, cueStart + 1) - 1; k >= lo && cueStart - starts[k]! <= CANCEL_REACH + 8; k--) {
    if (ends[k]! <= cueStart && cueStart - ends[k]! <= CANCEL_REACH && bounds.clause[starts[k]!] === bounds.clause[cueStart]) return true;
  }
  return false;
}

const NOT_HAN = new Set([0x4e0d, 0x5514]); // 不, 唔

/**
 * "能不能先转500过来", "会不会还": the verb, 不, the verb again asks a question; the 不 in
 * the middle denies nothing.
 */
function asksEitherWay(text: string, cueStart: number): boolean {
  return cueStart > 0 && NOT_HAN.has(text.charCodeAt(cueStart)) && text.charCodeAt(cueStart - 1) === text.charCodeAt(cueStart + 1);
}

/**
 * A touching denial may stand one character before the match, for the act's own first
 * character ("不爆|通讯录"), but not for a wish or a promise between them: "我哋唔想郁手",
 * "不敢保证" threaten.
 */
const TOUCHING_REACH = 1;
const NOT_AN_ACT = new Set([...'想要敢希保会會用使可能怕肯愿願']);

/** Whether a touching denial ends where the match starts ("我们不|上门"), and no condition turns it. */
function deniedByTouching(hits: Hits, touching: number, cancels: number, bounds: Boundaries, text: string, start: number): boolean {
  const { first, starts, ends } = hits;
  const lo = first[touching]!;
  for (let k = lowerBound(starts, lo, first[touching + 1]!, start) - 1; k >= lo && start - starts[k]! <= 8 + TOUCHING_REACH; k--) {
    const end = ends[k]!;
    if (end > start || start - end > TOUCHING_REACH || (end < start && NOT_AN_ACT.has(text[end]!))) continue;
    return !cancelledBefore(hits, cancels, starts[k]!, bounds);
  }
  return false;
}
