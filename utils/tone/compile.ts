/** Turns a lexicon's plain-text terms into one search pattern per group. */
import type { LexiconGroup, ToneLexicon } from './types';

export interface CompiledGroup {
  group: LexiconGroup;
  /** Global, case-insensitive, Unicode pattern; run it on width-folded text. */
  pattern: RegExp;
}

const escapeChar = (ch: string) => (/[.*+?^${}()|[\]\\]/.test(ch) ? `\\${ch}` : ch);

/** One term without placeholders: spaces match any spacing, both apostrophes match, `*` allows any ending. */
function literalSource(term: string): string {
  let out = '';
  for (const ch of term) {
    if (ch === ' ') out += '\\s+';
    else if (ch === "'" || ch === '’') out += "['’]";
    else if (ch === '*') out += '\\p{L}*';
    else out += escapeChar(ch);
  }
  return out;
}

// Longest first, so "you guys always" wins over "you always" at the same place.
const alternation = (sources: string[]) => `(?:${[...sources].sort((a, b) => b.length - a.length).join('|')})`;

/** The patterns for every group of `lexicon`, with `{insult}` standing for its insulting words. */
export function compileLexicon(lexicon: ToneLexicon): CompiledGroup[] {
  const insults = alternation(
    lexicon.groups.filter((g) => g.kind === 'insulting').flatMap((g) => g.terms.map(literalSource)),
  );
  const termSource = (term: string) => term.split('{insult}').map(literalSource).join(insults);
  return lexicon.groups.map((group) => {
    const body = alternation(group.terms.map(termSource));
    const source = lexicon.wholeWords ? `(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])` : body;
    return { group, pattern: new RegExp(source, 'giu') };
  });
}
