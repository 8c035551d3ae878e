/**
 * The one-minute settle-your-breathing exercise: slow breaths, in for four
 * seconds and out for six, about six breaths a minute.
 */
export const BREATH_IN_MS = 4_000;
export const BREATH_OUT_MS = 6_000;
export const EXERCISE_MS = 60_000;

export interface BreathingMoment {
  phase: 'in' | 'out' | 'done';
  /** Whole seconds left in the exercise, counting down to 0. */
  secondsLeft: number;
  /** How far through the current breath phase, 0 to 1 (1 when done). */
  progress: number;
}

/** Where the exercise is after `elapsedMs` milliseconds. */
export function breathingAt(elapsedMs: number): BreathingMoment {
  const elapsed = Math.max(0, elapsedMs);
  if (elapsed >= EXERCISE_MS) return { phase: 'done', secondsLeft: 0, progress: 1 };
  const inBreath = elapsed % (BREATH_IN_MS + BREATH_OUT_MS);
  const secondsLeft = Math.ceil((EXERCISE_MS - elapsed) / 1_000);
  return inBreath < BREATH_IN_MS
    ? { phase: 'in', secondsLeft, progress: inBreath / BREATH_IN_MS }
    : { phase: 'out', secondsLeft, progress: (inBreath - BREATH_IN_MS) / BREATH_OUT_MS };
}
