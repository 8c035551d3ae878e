import { describe, expect, it } from 'vitest';
import { guessJurisdiction } from '../../../utils/rights/jurisdiction';

describe('guessJurisdiction', () => {
  it('reads the first browser language that names a place', () => {
    expect(guessJurisdiction(['zh-CN'])).toBe('CN');
    expect(guessJurisdiction(['zh-TW'])).toBe('TW');
    expect(guessJurisdiction(['zh-HK'])).toBe('HK');
    expect(guessJurisdiction(['en-GB'])).toBe('UK');
    expect(guessJurisdiction(['en-US'])).toBe('US');
    expect(guessJurisdiction(['fr-FR', 'zh-Hant-TW'])).toBe('TW');
  });

  it('falls back to the United States when nothing fits', () => {
    expect(guessJurisdiction([])).toBe('US');
    expect(guessJurisdiction(['de-DE'])).toBe('US');
  });
});
