/**
 * Finds pasted text inside a rich-text editor. Editors turn line breaks into
 * paragraphs and may re-wrap spaces, so matching ignores whitespace: every other
 * character is mapped back to the text node and offset that holds it.
 */

export interface TextMap {
  /** The editor's text with all whitespace removed. */
  compact: string;
  /** For each character of `compact`, the text node holding it… */
  nodes: Text[];
  /** …and its offset in that node. */
  offsets: number[];
}

const SHOW_TEXT = 4;
const WHITESPACE = /\s/;

/** Maps every non-whitespace character under `root` to where it lives. */
export function mapText(root: Node): TextMap {
  const walker = root.ownerDocument!.createTreeWalker(root, SHOW_TEXT);
  const parts: string[] = [];
  const nodes: Text[] = [];
  const offsets: number[] = [];
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const data = node.data;
    for (let i = 0; i < data.length; i++) {
      const ch = data[i]!;
      if (WHITESPACE.test(ch)) continue;
      parts.push(ch);
      nodes.push(node);
      offsets.push(i);
    }
  }
  return { compact: parts.join(''), nodes, offsets };
}

/** `text` without whitespace, the form `mapText` compares in. */
export const compactText = (text: string) => text.replace(/\s+/g, '');

/** A match as indexes into `TextMap.compact`, first and last character inclusive. */
export interface CompactMatch {
  first: number;
  last: number;
}

/**
 * Where `needle` occurs in the map. With several occurrences, the one ending
 * nearest `near` (the caret, in compact characters) wins; without a caret, the last.
 */
export function findInMap(map: TextMap, needle: string, near: number | null): CompactMatch | null {
  const wanted = compactText(needle);
  if (!wanted) return null;
  let best: CompactMatch | null = null;
  let bestDistance = Infinity;
  for (let at = map.compact.indexOf(wanted); at >= 0; at = map.compact.indexOf(wanted, at + 1)) {
    const match = { first: at, last: at + wanted.length - 1 };
    const distance = near === null ? -at : Math.abs(near - (match.last + 1));
    if (distance <= bestDistance) {
      best = match;
      bestDistance = distance;
    }
  }
  return best;
}

/** A range covering a match, from its first character to just after its last. */
export function rangeOf(map: TextMap, match: CompactMatch, doc: Document): Range {
  const range = doc.createRange();
  range.setStart(map.nodes[match.first]!, map.offsets[match.first]!);
  range.setEnd(map.nodes[match.last]!, map.offsets[match.last]! + 1);
  return range;
}

/** How many non-whitespace characters of `root` come before a point in it. */
export function compactOffsetOf(root: Node, node: Node, offset: number): number {
  const range = root.ownerDocument!.createRange();
  range.setStart(root, 0);
  range.setEnd(node, offset);
  return compactText(range.toString()).length;
}
