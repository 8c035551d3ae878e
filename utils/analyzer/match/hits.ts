import type { Engine } from './compile';

/**
 * Where each slot's terms were found. The hits of slot `s` are at indexes
 * `first[s]` to `first[s + 1] - 1` of `starts` and `ends`, sorted by start.
 */
export interface Hits {
  first: Int32Array;
  starts: Int32Array;
  ends: Int32Array;
}

/**
 * Buffers kept from one message to the next, so that reading a message allocates
 * almost nothing: growing lists of hits, one per slot, were most of the garbage a
 * long paste made. They are kept up to what a 100 KB paste needs (about 140 000
 * terms found, 1.3 million slot hits: under 20 MB in all), so a long text edited in
 * the side panel and read again at each change does not fill fresh memory each
 * time; that cost more than the reading itself. Anything larger is used once and
 * let go.
 */
const KEEP_FOUND = 1 << 18;
const KEEP_FILED = 1 << 21;
let found = { term: new Int32Array(256), start: new Int32Array(256), end: new Int32Array(256) };
let filed = { starts: new Int32Array(1024), ends: new Int32Array(1024) };
let counts = new Int32Array(0);
let cursor = new Int32Array(0);

/**
 * Reads the folded text once and files every term occurrence under its slots.
 * The result is only valid until the next call: read it before analysing another message.
 */
export function collectHits(engine: Engine, text: string): Hits {
  const { slotCount } = engine;
  // First every occurrence, in the order the text is read (so by start)…
  // A long text gets a buffer of its length at once, rather than by doubling copies.
  let buffer = found.term.length >= text.length ? found : grown(found, text.length);
  let n = 0;
  engine.trie.scan(text, (term, start, end) => {
    if (n === buffer.term.length) buffer = grown(buffer, n * 2);
    buffer.term[n] = term;
    buffer.start[n] = start;
    buffer.end[n] = end;
    n++;
  });
  if (buffer.term.length <= KEEP_FOUND) found = buffer;

  // …then each slot's share, counted, placed and filled in that same order.
  if (counts.length !== slotCount + 1) {
    counts = new Int32Array(slotCount + 1);
    cursor = new Int32Array(slotCount);
  } else {
    counts.fill(0);
  }
  const { first: from, list } = engine.slotsOfTerm;
  const terms = buffer.term;
  for (let k = 0; k < n; k++) {
    const t = terms[k]!;
    for (let j = from[t]!, to = from[t + 1]!; j < to; j++) counts[list[j]! + 1]!++;
  }
  for (let s = 0; s < slotCount; s++) counts[s + 1]! += counts[s]!;
  const total = counts[slotCount]!;
  let lists = filed;
  if (lists.starts.length < total) {
    const size = total * 2 <= KEEP_FILED ? total * 2 : total;
    lists = { starts: new Int32Array(size), ends: new Int32Array(size) };
    if (size <= KEEP_FILED) filed = lists;
  }
  cursor.set(counts.subarray(0, slotCount));
  const { starts, ends } = lists;
  for (let k = 0; k < n; k++) {
    const t = terms[k]!;
    const start = buffer.start[k]!;
    const end = buffer.end[k]!;
    for (let j = from[t]!, to = from[t + 1]!; j < to; j++) {
      const at = cursor[list[j]!]!++;
      starts[at] = start;
      ends[at] = end;
    }
  }
  return { first: counts, starts, ends };
}

function grown(buffer: typeof found, size: number): typeof found {
  const next = { term: new Int32Array(size), start: new Int32Array(size), end: new Int32Array(size) };
  next.term.set(buffer.term);
  next.start.set(buffer.start);
  next.end.set(buffer.end);
  return next;
}

/** Index of the first value ≥ `pos` in the sorted range `lo`–`hi` (`hi` when there is none). */
export function lowerBound(sorted: Int32Array, lo: number, hi: number, pos: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether a hit of `slot` ends exactly at `pos`. */
export function endsAt(hits: Hits, slot: number, pos: number): boolean {
  const { first, starts, ends } = hits;
  const lo = first[slot]!;
  // Terms are short, so only the last few hits that start before `pos` can end there.
  for (let k = lowerBound(starts, lo, first[slot + 1]!, pos) - 1; k >= lo && pos - starts[k]! <= 40; k--) {
    if (ends[k] === pos) return true;
  }
  return false;
}

/** Whether a hit of `slot` starts exactly at `pos`. */
export function startsAt(hits: Hits, slot: number, pos: number): boolean {
  const hi = hits.first[slot + 1]!;
  const k = lowerBound(hits.starts, hits.first[slot]!, hi, pos);
  return k < hi && hits.starts[k] === pos;
}
