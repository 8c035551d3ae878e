import { describe, expect, it } from 'vitest';
import { isShowable, rightsCard } from '../../../utils/rights/card';
import { CORE_TOPICS, type RightsRule } from '../../../utils/rights/types';

describe('rightsCard', () => {
  it('shows the core topics in order, each rule with its source and certainty', () => {
    const card = rightsCard('US', 'en');
    expect(card.name).toBe('United States');
    expect(card.sections.map((s) => s.topic)).toEqual(['hours', 'frequency', 'third-parties', 'conduct', 'requests', 'complain']);
    const [firstHour] = card.sections[0]!.rules;
    expect(firstHour).toEqual({
      text: 'Contact before 8 a.m. or after 9 p.m. your local time is presumed inconvenient.',
      source: 'Fair Debt Collection Practices Act, 15 U.S.C. §1692c(a)(1)',
      certainty: 'V',
    });
  });

  it('keeps a core topic with no rules, so the card can say so plainly', () => {
    const frequency = rightsCard('UK', 'en').sections.find((s) => s.topic === 'frequency');
    expect(frequency).toEqual({ topic: 'frequency', rules: [] });
    for (const topic of CORE_TOPICS) expect(rightsCard('UK', 'zh_TW').sections.some((s) => s.topic === topic)).toBe(true);
  });

  it('changes with the jurisdiction and speaks the asked language', () => {
    const cn = rightsCard('CN', 'zh_CN');
    expect(cn.name).toBe('中国大陆');
    expect(cn.sections[0]!.rules[0]!.text).toContain('22:00');
    const tw = rightsCard('TW', 'zh_TW');
    expect(tw.name).toBe('台灣');
    expect(tw.sections[0]!.rules[0]!.text).toContain('07:00');
    expect(rightsCard('HK', 'en').sections[0]!.rules.map((r) => r.certainty)).toEqual(['V', 'U']);
  });

  it('shows an uncertain rule only when its own words say it is reported', () => {
    const rule = (en: string): RightsRule => ({
      topic: 'hours',
      certainty: 'U',
      source: { en: 's', zh_CN: 's', zh_TW: 's' },
      text: { en, zh_CN: '据报道，……', zh_TW: '據報導，……' },
    });
    expect(isShowable(rule('Calls are banned after 8 p.m.'), 'en')).toBe(false);
    expect(isShowable(rule('Calls are reported to be banned after 8 p.m.'), 'en')).toBe(true);
    expect(isShowable(rule('Calls are banned after 8 p.m.'), 'zh_CN')).toBe(true);
    expect(isShowable({ ...rule('Calls are banned after 8 p.m.'), certainty: 'V' }, 'en')).toBe(true);
  });
});
