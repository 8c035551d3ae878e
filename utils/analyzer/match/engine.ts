import { LEXICON } from '../lexicon/index';
import type { Boundaries } from '../text/boundaries';
import { compileLexicon, type CompiledRule, type Engine } from './compile';
import { collectHits } from './hits';
import { findMatches, type Match } from './sequence';

let engine: Engine | undefined;

/** The compiled lexicon, built on first use and kept. */
export function lexiconEngine(): Engine {
  return (engine ??= compileLexicon(LEXICON));
}

/** The cues a message must have to be collection at all. */
export function requiredCues(): CompiledRule[] {
  return lexiconEngine().rules.filter((r) => r.required);
}

/** Every rule and cue that fires in a folded message. */
export function matchLexicon(folded: string, bounds: Boundaries): Match[] {
  const compiled = lexiconEngine();
  return findMatches(compiled, collectHits(compiled, folded), bounds, folded);
}
