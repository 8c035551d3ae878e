import { describe, expect, it } from 'vitest';
import { BREATH_IN_MS, BREATH_OUT_MS, EXERCISE_MS, breathingAt } from '../../../utils/phrasebook/breathing';

describe('breathingAt', () => {
  it('starts breathing in, with a full minute to go', () => {
    expect(breathingAt(0)).toEqual({ phase: 'in', secondsLeft: 60, progress: 0 });
  });

  it('breathes out after the in-breath, then in again', () => {
    expect(breathingAt(BREATH_IN_MS).phase).toBe('out');
    expect(breathingAt(BREATH_IN_MS + BREATH_OUT_MS / 2)).toMatchObject({ phase: 'out', progress: 0.5 });
    expect(breathingAt(BREATH_IN_MS + BREATH_OUT_MS).phase).toBe('in');
  });

  it('counts the seconds down and ends after one minute', () => {
    expect(breathingAt(EXERCISE_MS - 1).secondsLeft).toBe(1);
    expect(breathingAt(EXERCISE_MS)).toEqual({ phase: 'done', secondsLeft: 0, progress: 1 });
    expect(breathingAt(EXERCISE_MS * 3).phase).toBe('done');
  });

  it('treats a clock that went backwards as the start', () => {
    expect(breathingAt(-500)).toEqual(breathingAt(0));
  });
});
