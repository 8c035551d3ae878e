import { describe, expect, it } from 'vitest';
import { SITUATIONS } from '../../../utils/phrasebook/catalog';
import { normalizeForSearch, searchPhrasebook } from '../../../utils/phrasebook/search';

const ids = (query: string) => searchPhrasebook(SITUATIONS, query).map((h) => h.situation.id);

describe('searchPhrasebook', () => {
  it('finds a situation by its title in any language', () => {
    expect(ids('supervisor')[0]).toBe('supervisor');
    expect(ids('诈骗')[0]).toBe('scam');
    expect(ids('詐騙')[0]).toBe('scam');
  });

  it('finds situations by words people use that the texts do not contain', () => {
    expect(ids('manager')).toContain('supervisor');
    expect(ids('爆通讯录')).toEqual(['family-employer']);
    expect(ids('jail')).toEqual(['legal-threat']);
  });

  it('returns the phrases that match on their own', () => {
    const [hit] = searchPhrasebook(SITUATIONS, 'case number');
    expect(hit?.situation.id).toBe('legal-threat');
    expect(hit?.phraseIndexes).toEqual([1]);
    expect(hit?.situation.phrases[1]!.zh_TW).toContain('案號');
  });

  it('matches a phrase through any of its languages, so one language can find another', () => {
    const [hit] = searchPhrasebook(SITUATIONS, '案号');
    expect(hit?.situation.id).toBe('legal-threat');
    expect(hit?.phraseIndexes).toEqual([1]);
  });

  it('needs every word of the query', () => {
    expect(ids('credit record extension')).toEqual(['more-time']);
    expect(ids('supervisor zebra')).toEqual([]);
  });

  it('ignores case, width and extra spaces', () => {
    expect(ids('  SUPERVISOR  ')).toEqual(ids('supervisor'));
    expect(ids('ＱＲ')).toEqual(ids('qr'));
    expect(normalizeForSearch(' A\u3000B ')).toBe('a b');
  });

  it('ranks a title match above a passing mention', () => {
    const order = ids('payment');
    expect(order[0]).toBe('payment-plan');
    expect(order.length).toBeGreaterThan(1);
  });

  it('finds nothing for an empty query', () => {
    expect(searchPhrasebook(SITUATIONS, '   ')).toEqual([]);
  });
});
