import { LEXICON } from '../lexicon/index';
import type { Boundaries } from '../text/boundaries';
import type { Label } from '../types';
import { compileLexicon, lexiconRules, type CompiledRule, type Engine } from './compile';
import { engineFrom, snapshotOf, type EngineSnapshot } from './engine-snapshot';
import { collectHits } from './hits';
import { findMatches, type Match } from './sequence';

let engine: Engine | undefined;
let required: readonly CompiledRule[] | undefined;

/** The compiled lexicon, built on first use and kept. */
export function lexiconEngine(): Engine {
  return (engine ??= compileLexicon(LEXICON));
}

/** The compiled lexicon as plain data, to keep and use again after the background restarts. */
export function lexiconSnapshot(): EngineSnapshot {
  return snapshotOf(lexiconEngine());
}

/**
 * Uses a compiled lexicon kept from an earlier start instead of compiling it again.
 * False when the snapshot is not a sound one of this lexicon: it is then compiled on
 * first use, as without one. True at once when it is compiled already.
 */
export function useLexiconSnapshot(snapshot: unknown): boolean {
  if (engine) return true;
  engine = engineFrom(snapshot, lexiconRules(LEXICON).map(({ rule }) => rule.id)) ?? undefined;
  return engine !== undefined;
}

/** The cues a message must have to be collection at all. */
export function requiredCues(): readonly CompiledRule[] {
  // Asked for every message: filtered once, like the engine it comes from.
  return (required ??= lexiconEngine().rules.filter((r) => r.required));
}

/** What the lexicon finds in a folded message. */
export interface LexiconReading {
  /** Every rule and cue that fires. */
  matches: Match[];
  /** Labels whose rules found their words but were cancelled: by a negation, in a question, or as another sense. */
  refused: ReadonlySet<Label>;
}

/** Every rule and cue that fires in a folded message, and the labels refused. */
export function matchLexicon(folded: string, bounds: Boundaries): LexiconReading {
  const compiled = lexiconEngine();
  const refused = new Set<Label>();
  return { matches: findMatches(compiled, collectHits(compiled, folded), bounds, folded, refused), refused };
}
