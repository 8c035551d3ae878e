import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findAmounts, findContacts, findDeadlines } from '../../../../utils/analyzer/entities';
import type { Span } from '../../../../utils/analyzer/types';

// Pieces of the syntax the extractors look for, so random text is dense with near-matches.
const PIECES = [
  '¥', '$', 'HK$', 'NT$', '元', '块', '万', '萬', '三', '千', '两', '1,234', '.5', '5000', '2w', '8k',
  '今天', '明天', '前', '之前', '内', '本周五', '下禮拜', '月底', '3月10日', '18点', '下午', '24小时',
  'by', ' Friday', ' 5pm', 'within ', '24 hours', 'March 10', '5/10',
  '电话', '186 2103 5587', '010-6521 7788', '(02)', '+44', '工号', 'A3017', '催收员', '张三', '律师',
  '尾号', '#', ' ', '-', '/', ':', '(', ')', '，', '１２', '😊', '\uD800', '\uDC00', '\u202E', '<script>',
];
const messy = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'binary', maxLength: 6 })), { maxLength: 40 })
  .map((parts) => parts.join(''));

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;
function onBoundary(text: string, offset: number): boolean {
  return offset === 0 || offset === text.length || !(isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset)));
}
function expectSpan(text: string, span: Span, quoted: string) {
  expect(span.start).toBeGreaterThanOrEqual(0);
  expect(span.end).toBeLessThanOrEqual(text.length);
  expect(span.start).toBeLessThan(span.end);
  expect(onBoundary(text, span.start) && onBoundary(text, span.end)).toBe(true);
  expect(text.slice(span.start, span.end)).toBe(quoted);
}

describe('entity spans on any text', () => {
  it('lie inside the text, on code-point boundaries, and quote what they cover', () => {
    const now = new Date(2024, 2, 6, 10, 0);
    fc.assert(
      fc.property(messy, (text) => {
        for (const amount of findAmounts(text)) {
          expect(Number.isFinite(amount.value)).toBe(true);
          expectSpan(text, amount.spans[0]!, amount.text);
        }
        for (const deadline of findDeadlines(text, now)) {
          expectSpan(text, deadline.spans[0]!, deadline.text);
          if (deadline.at !== undefined) expect(Number.isNaN(Date.parse(deadline.at))).toBe(false);
        }
        for (const contact of findContacts(text)) {
          expect(contact.value.length).toBeGreaterThan(0);
          expectSpan(text, contact.spans[0]!, contact.text);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('hold for text spaced out to dodge filters, read closed up', () => {
    const now = new Date(2024, 2, 6, 10, 0);
    // Every code point followed by a space: the closed-up reading maps back through the gaps.
    const spaced = messy.map((text) => Array.from(text).join(' '));
    fc.assert(
      fc.property(spaced, (text) => {
        for (const amount of findAmounts(text)) expectSpan(text, amount.spans[0]!, amount.text);
        for (const deadline of findDeadlines(text, now)) expectSpan(text, deadline.spans[0]!, deadline.text);
        for (const contact of findContacts(text)) expectSpan(text, contact.spans[0]!, contact.text);
      }),
      { numRuns: 300 },
    );
  });
});
