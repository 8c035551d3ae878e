import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../utils/analyzer/index';
import { LABEL_TIER, LABELS, LANGS, PURPOSES, type Analysis, type Span } from '../../../utils/analyzer/types';

const now = new Date('2024-06-03T09:00:00Z');

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** A span that starts or ends between the two halves of a surrogate pair cuts a character. */
function onCodePoints(text: string, { start, end }: Span): boolean {
  const cuts = (i: number) => i > 0 && i < text.length && isHigh(text.charCodeAt(i - 1)) && isLow(text.charCodeAt(i));
  return !cuts(start) && !cuts(end);
}

/** Everything wrong with an analysis of `text`, in words (checked in plain code: a huge text has many spans). */
function problems(text: string, a: Analysis): string[] {
  const found: string[] = [];
  if (!LANGS.includes(a.lang)) found.push(`lang ${a.lang}`);
  if (typeof a.isCollection !== 'boolean') found.push('isCollection is not a boolean');
  const spans: Span[] = [];
  for (const s of a.signals) {
    if (!LABELS.includes(s.label)) found.push(`unknown label ${s.label}`);
    if (s.tier !== LABEL_TIER[s.label]) found.push(`${s.label} has tier ${s.tier}`);
    if (s.rules.length === 0 || s.spans.length === 0) found.push(`${s.label} has no rule or no span`);
    spans.push(...s.spans);
  }
  spans.push(...a.amounts.flatMap((x) => x.spans), ...a.deadlines.flatMap((x) => x.spans), ...a.contacts.flatMap((x) => x.spans));
  for (const span of spans) {
    if (!(span.start >= 0 && span.end <= text.length && span.start < span.end)) found.push(`span ${span.start}-${span.end} outside the text`);
    else if (!onCodePoints(text, span)) found.push(`span ${span.start}-${span.end} cuts a character`);
  }
  if (a.suggestions.length > 5) found.push(`${a.suggestions.length} suggestions`);
  for (const s of a.suggestions) if (!PURPOSES.includes(s.purpose)) found.push(`unknown purpose ${s.purpose}`);
  return found;
}

function expectValid(text: string, a: Analysis): void {
  expect(problems(text, a), JSON.stringify(text.slice(0, 200))).toEqual([]);
}

// Pieces that stress folding and matching: tactic words, disguises, markup, invisible and
// right-to-left marks, surrogate halves, emoji sequences, digits and punctuation.
const piece = fc.oneof(
  fc.constantFrom('起诉', '征 信', '征xin', '通訊綠', '上门', '不会', '逾期', '還款', '你家人', 'pay now', 'l.a.w', 'sue', "won't", 'police', '$1,240.50', '3.5万元', '今天18点前', '#', '*'),
  fc.constantFrom('<script>alert(1)</script>', '<b>', '&amp;', '\u202e', '\u200f', '\u200b', '\ufeff', '\u0000', '\u0007', '\r\n', '\t'),
  fc.constantFrom('👨‍👩‍👧', '🇭🇰', '🔪', '😊\ufe0f', 'é', 'a\u0301'),
  fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)),
  fc.string({ unit: 'binary', maxLength: 8 }),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
  fc.stringMatching(/^[0-9.,:]{1,20}$/),
);
const message = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));

describe('analyze on any input', () => {
  it('returns a valid result with spans inside the text, on code-point boundaries', () => {
    fc.assert(
      fc.property(message, (text) => {
        expectValid(text, analyze(text, { now }));
      }),
      { numRuns: 400 },
    );
  });

  it('handles arbitrary Unicode, including lone surrogates', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 200 }), (text) => {
        expectValid(text, analyze(text, { now }));
      }),
      { numRuns: 300 },
    );
  });

  it('handles the empty string', () => {
    const a = analyze('', { now });
    expectValid('', a);
    expect(a.lang).toBe('en');
    expect(a.signals).toEqual([]);
  });

  it('handles a megabyte of text', () => {
    const text = '您的借款已逾期，再不还款将上报征信并起诉。'.repeat(50_000).slice(0, 1_000_000);
    const a = analyze(text, { now });
    expectValid(text, a);
    expect(a.signals.map((s) => s.label)).toEqual(expect.arrayContaining(['credit_report', 'legal_action']));
  });
});
