import { LEXICON } from '../lexicon/index';
import type { Boundaries } from '../text/boundaries';
import { compileLexicon, type CompiledRule, type Engine } from './compile';
import { collectHits } from './hits';
import { findMatches, type Match } from './sequence';

let engine: Engine | undefined;
let required: readonly CompiledRule[] | undefined;

/** The compiled lexicon, built on first use and kept. */
export function lexiconEngine(): Engine {
  return (engine ??= compileLexicon(LEXICON));
}

/** The cues a message must have to be collection at all. */
export function requiredCues(): readonly CompiledRule[] {
  // Asked for every message: filtered once, like the engine it comes from.
  return (required ??= lexiconEngine().rules.filter((r) => r.required));
}

/** Every rule and cue that fires in a folded message. */
export function matchLexicon(folded: string, bounds: Boundaries): Match[] {
  const compiled = lexiconEngine();
  return findMatches(compiled, collectHits(compiled, folded), bounds, folded);
}
