import { describe, expect, it } from 'vitest';
import { isMarked, segmentsOf } from '../../../utils/overlay/segments';
import { legendOf } from '../../../utils/overlay/tiers';
import { EN_MESSAGE, englishAnalysis, signal, spanOf } from './analysis-fixture';

const none = { signals: [], amounts: [], deadlines: [] };

describe('segmentsOf', () => {
  it('gives back the whole text, in order, whatever the spans', () => {
    const segments = segmentsOf(EN_MESSAGE, englishAnalysis());
    expect(segments.map((s) => s.text).join('')).toBe(EN_MESSAGE);
    for (let i = 1; i < segments.length; i++) expect(segments[i]!.start).toBe(segments[i - 1]!.end);
  });

  it('is one plain segment when nothing is marked', () => {
    expect(segmentsOf('hello there', none)).toEqual([
      { start: 0, end: 11, text: 'hello there', signals: [], amount: false, deadline: false },
    ]);
  });

  it('marks each signal and entity exactly over its span', () => {
    const segments = segmentsOf(EN_MESSAGE, englishAnalysis());
    const marked = (label: string) =>
      segments.filter((s) => s.signals.some((x) => x.label === label)).map((s) => s.text).join('|');
    expect(marked('third_party_contact')).toBe('contact your employer');
    expect(marked('deadline')).toBe('Final notice|by 6pm today');
    expect(segments.filter((s) => s.amount).map((s) => s.text)).toEqual(['$1,240.50']);
  });

  it('splits overlapping spans and lists the most serious signal first', () => {
    const text = 'we will sue you and call your boss';
    const segments = segmentsOf(text, {
      ...none,
      signals: [signal('legal_action', spanOf(text, 'sue you and call')), signal('third_party_contact', spanOf(text, 'call your boss'))],
    });
    expect(segments.map((s) => [s.text, s.signals.map((x) => x.label)])).toEqual([
      ['we will ', []],
      ['sue you and ', ['legal_action']],
      ['call', ['third_party_contact', 'legal_action']],
      [' your boss', ['third_party_contact']],
    ]);
  });

  it('joins touching spans of the same label into one highlight', () => {
    const segments = segmentsOf('abcdef', { ...none, signals: [signal('abuse', { start: 0, end: 3 }, { start: 3, end: 6 })] });
    expect(segments).toHaveLength(1);
    expect(segments[0]!.signals.map((s) => s.label)).toEqual(['abuse']);
  });

  it('ignores spans outside the text, empty or reversed, and never splits a surrogate pair', () => {
    const text = 'pay 😀 now';
    const emoji = text.indexOf('😀');
    const segments = segmentsOf(text, {
      ...none,
      signals: [
        signal('payment_demand', { start: -5, end: 3 }),
        signal('abuse', { start: 8, end: 2 }),
        signal('deadline', { start: emoji + 1, end: 400 }),
        signal('scam_signal', { start: Number.NaN, end: 4 }),
      ],
    });
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.find((s) => s.signals[0]?.label === 'payment_demand')?.text).toBe('pay');
    expect(segments.find((s) => s.signals[0]?.label === 'deadline')?.text).toBe('😀 now');
    expect(segments.some((s) => s.signals.some((x) => x.label === 'abuse' || x.label === 'scam_signal'))).toBe(false);
  });

  it('keeps markup in the message as plain characters', () => {
    const text = '<img src=x onerror=alert(1)> pay now';
    const segments = segmentsOf(text, { ...none, signals: [signal('payment_demand', spanOf(text, 'pay now'))] });
    expect(segments[0]!.text).toBe('<img src=x onerror=alert(1)> ');
    expect(isMarked(segments[0]!)).toBe(false);
    expect(isMarked(segments[1]!)).toBe(true);
  });

  it('handles long messages with thousands of spans', () => {
    const text = 'pay now. '.repeat(5_000);
    const spans = Array.from({ length: 5_000 }, (_, i) => ({ start: i * 9, end: i * 9 + 3 }));
    const segments = segmentsOf(text, { ...none, signals: [signal('payment_demand', ...spans)] });
    expect(segments).toHaveLength(10_000);
  });
});

describe('legendOf', () => {
  it('lists each label once, danger first, then warning, info, positive; within a tier in label order', () => {
    const analysis = englishAnalysis();
    analysis.signals.push(signal('settlement_offer', { start: 0, end: 1 }), signal('deadline', { start: 1, end: 2 }));
    expect(legendOf(analysis).map((e) => e.label)).toEqual([
      'criminal_threat',
      'third_party_contact',
      'deadline',
      'payment_demand',
      'settlement_offer',
    ]);
  });
});
