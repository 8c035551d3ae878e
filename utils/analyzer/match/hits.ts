import type { Engine } from './compile';

/** Where each slot's terms were found, as parallel start/end lists sorted by start. */
export interface Hits {
  starts: number[][];
  ends: number[][];
}

const NONE: readonly number[] = [];

/** Reads the folded text once and files every term occurrence under its slots. */
export function collectHits(engine: Engine, text: string): Hits {
  // Most slots stay empty in a short message: they share one empty list until a hit arrives.
  const starts = new Array<number[]>(engine.slotCount).fill(NONE as number[]);
  const ends = new Array<number[]>(engine.slotCount).fill(NONE as number[]);
  engine.trie.scan(text, (term, start, end) => {
    for (const slot of engine.termSlots[term]!) {
      if (starts[slot] === NONE) {
        starts[slot] = [];
        ends[slot] = [];
      }
      starts[slot]!.push(start);
      ends[slot]!.push(end);
    }
  });
  return { starts, ends };
}

/** Index of the first value ≥ `pos` in a sorted list (its length when there is none). */
export function lowerBound(sorted: readonly number[], pos: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether a hit of `slot` ends exactly at `pos`. */
export function endsAt(hits: Hits, slot: number, pos: number): boolean {
  const starts = hits.starts[slot]!;
  const ends = hits.ends[slot]!;
  // Terms are short, so only the last few hits that start before `pos` can end there.
  for (let k = lowerBound(starts, pos) - 1; k >= 0 && pos - starts[k]! <= 40; k--) {
    if (ends[k] === pos) return true;
  }
  return false;
}

/** Whether a hit of `slot` starts exactly at `pos`. */
export function startsAt(hits: Hits, slot: number, pos: number): boolean {
  const starts = hits.starts[slot]!;
  const k = lowerBound(starts, pos);
  return k < starts.length && starts[k] === pos;
}
