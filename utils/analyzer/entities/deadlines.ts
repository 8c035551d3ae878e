import type { Deadline } from '../types';

/** Every time limit the text sets, resolved against `now` where it can be. */
export function findDeadlines(_text: string, _now: Date): Deadline[] {
  return [];
}
