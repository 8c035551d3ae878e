import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatAmount } from '../../../../utils/analyzer/replies/money-format';

// What the replies wrote before sums were grouped by hand: the en-US formatter.
const WHOLE = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const CENTS = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const byFormatter = (value: number) => (Number.isInteger(value) ? WHOLE : CENTS).format(value);

describe('formatAmount', () => {
  it('writes each currency the way each language does', () => {
    expect(formatAmount({ value: 21884.56, currency: 'CNY' }, 'en')).toBe('¥21,884.56');
    expect(formatAmount({ value: 21884.56, currency: 'CNY' }, 'zh-Hans')).toBe('21,884.56元');
    expect(formatAmount({ value: 45000, currency: 'TWD' }, 'zh-Hant')).toBe('新台幣45,000元');
    expect(formatAmount({ value: 1200.5, currency: 'HKD' }, 'en')).toBe('HK$1,200.50');
    expect(formatAmount({ value: 900, currency: null }, 'en')).toBe('900');
    expect(formatAmount({ value: 900, currency: null }, 'zh-Hant')).toBe('900元');
  });

  it('groups digits exactly as the en-US formatter does', () => {
    for (const value of [0, 5, 999, 1000, 12345.6, 0.05, 1.005, 2.675, 999.995, 1e15, 1e16, 123456789012.34]) {
      expect(formatAmount({ value, currency: null }, 'en')).toBe(byFormatter(value));
    }
    const cents = fc.integer({ min: 0, max: 1e14 }).map((n) => n / 100);
    const wholes = fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER });
    const any = fc.double({ min: 0, max: 1e20, noNaN: true });
    fc.assert(
      fc.property(fc.oneof(cents, wholes, any), (value) => {
        expect(formatAmount({ value, currency: null }, 'en')).toBe(byFormatter(value));
      }),
      { numRuns: 20000 },
    );
  });
});
