import { foldedOnce } from './folded';
import type { Deadline } from '../types';
import { toLocalIso } from './calendar';
import { findChineseLimits } from './deadlines-zh';
import { findEnglishLimits } from './deadlines-en';
import type { TimeHit } from './limit';
import { readSpacedOut } from './spaced-out';

/** Every time limit the text sets, in reading order, with `at` resolved against `now` when it can be. */
export function findDeadlines(text: string, now: Date): Deadline[] {
  return readSpacedOut(text, (closed) => deadlinesIn(closed, now));
}

function deadlinesIn(text: string, now: Date): Deadline[] {
  const folded = foldedOnce(text);
  const hits = [...findChineseLimits(folded, now), ...findEnglishLimits(folded, now)];
  // Mixed-language text can match both grammars at once: keep the longer reading.
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: TimeHit[] = [];
  for (const hit of hits) {
    const last = kept[kept.length - 1];
    if (last && hit.start < last.end) {
      if (hit.end - hit.start > last.end - last.start) kept[kept.length - 1] = hit;
      continue;
    }
    kept.push(hit);
  }
  return kept.map(({ start, end, at }) => {
    const deadline: Deadline = { text: text.slice(start, end), start, end, spans: [{ start, end }] };
    if (at && !Number.isNaN(at.getTime())) deadline.at = toLocalIso(at);
    return deadline;
  });
}
