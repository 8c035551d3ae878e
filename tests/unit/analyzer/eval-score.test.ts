import { describe, expect, it } from 'vitest';
import { parseGold } from '../../../scripts/eval/corpus';
import { score, type GoldMessage } from '../../../scripts/eval/score';
import type { Analysis, Label } from '../../../utils/analyzer/types';

const gold = (id: string, isCollection: boolean, labels: Label[], amounts: number[]): GoldMessage => ({ id, lang: 'en', text: id, isCollection, labels, amounts });
const got = (isCollection: boolean, labels: Label[], amounts: number[]): Analysis => ({
  lang: 'en',
  isCollection,
  signals: labels.map((label) => ({ label, tier: 'info', spans: [{ start: 0, end: 1 }], rules: [] })),
  amounts: amounts.map((value) => ({ value, currency: null, start: 0, end: 0, text: '', spans: [] })),
  deadlines: [],
  contacts: [],
  suggestions: [],
});

describe('eval scoring', () => {
  it('scores labels on collection messages, false alarms on the others, amounts as exact lists', () => {
    const s = score([
      { gold: gold('a', true, ['payment_demand', 'deadline'], [100]), got: got(true, ['payment_demand'], [100]) },
      { gold: gold('b', true, ['abuse'], []), got: got(true, ['abuse', 'deadline'], [5]) },
      { gold: gold('c', false, [], [20]), got: got(true, [], [20]) },
      { gold: gold('d', false, [], []), got: got(false, [], []) },
    ]);
    expect(s.perLabel.payment_demand).toMatchObject({ tp: 1, fp: 0, fn: 0, f1: 1 });
    expect(s.perLabel.deadline).toMatchObject({ tp: 0, fp: 1, fn: 1, f1: 0 });
    expect(s.microF1).toBeCloseTo(2 / 3);
    expect(s.collection).toMatchObject({ tp: 2, fp: 1, fn: 0 });
    expect(s.falseAlarms).toBe(1);
    expect(s.negatives).toBe(2);
    expect(s.amountsRight).toBe(3);
    expect(s.misses.map((m) => m.id)).toEqual(['a', 'b', 'c']);
  });

  it('reads corpus lines and explains a bad one', () => {
    expect(parseGold('{"id":"x","lang":"en","text":"t","isCollection":true,"labels":["abuse"],"amounts":[1]}')).toMatchObject({ id: 'x' });
    expect(parseGold('{"id":"x","lang":"fr","text":"t","isCollection":true,"labels":[],"amounts":[]}')).toContain('lang');
    expect(parseGold('{"id":"x","lang":"en","text":"t","isCollection":true,"labels":["nope"],"amounts":[]}')).toContain('labels');
  });
});
