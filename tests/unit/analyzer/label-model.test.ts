import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LABEL_OUTPUT, labelModelSource } from '../../../scripts/train-model';
import { analyze } from '../../../utils/analyzer/index';
import { LABEL_MODEL_THRESHOLD, MODEL_LABELS } from '../../../utils/analyzer/model/combine';
import { labelLikelihoods, type LabelReading } from '../../../utils/analyzer/model/label-model';
import { withModelSignals } from '../../../utils/analyzer/signals';
import { normalize } from '../../../utils/analyzer/text/normalize';
import type { Label, Signal } from '../../../utils/analyzer/types';

const now = new Date('2024-06-03T09:00:00Z');

const readings = (likelihood: Partial<Record<Label, number>>): LabelReading[] =>
  MODEL_LABELS.map((label) => ({ label, likelihood: likelihood[label] ?? 0.01 }));

describe('label models', () => {
  // "你屋企楼下个保安话你…我哋同事今晚会喺度等你": a visit said without a word the visit rules know.
  const visit = '你屋企楼下个保安话你成日夜晚先返，我哋同事今晚会喺度等你，啲钱准备好。';

  it('add a danger no rule caught, named as the model’s, with the words behind it', () => {
    for (const text of [visit, '你屋企樓下個保安話你成日夜晚先返，我哋同事今晚會喺度等你，啲錢準備好。']) {
      const signal = analyze(text, { now }).signals.find((s) => s.label === 'visit_threat');
      expect(signal?.rules).toEqual(['visit_threat.model']);
      expect(signal!.tier).toBe('warning');
      expect(signal!.spans.map((s) => text.slice(s.start, s.end)).join(' ')).toMatch(/^(楼下|樓下) 等你$/);
    }
  });

  it('bring the replies the label brings', () => {
    expect(analyze(visit, { now }).suggestions.map((s) => s.purpose)).toContain('set_boundary');
  });

  it('leave reassurances alone', () => {
    for (const text of [
      '我们不会联系你的家人和单位，请放心，只是提醒你尽快还款。',
      'We will not contact your family, friends or employer about this debt. Please call us to arrange payment.',
      '我哋唔會搵你屋企人，亦唔會打去你公司，你放心，只要今個月還返就得。',
      'Nobody is going to visit your home or call your relatives. We just need the $300 by Friday.',
    ]) {
      const labels = analyze(text, { now }).signals.map((s) => s.label);
      expect(labels, text).not.toContain('third_party_contact');
      expect(labels, text).not.toContain('visit_threat');
    }
  });

  it('give each label a likelihood between 0 and 1', () => {
    const all = labelLikelihoods(normalize('你欠的钱再不还，我们就打电话给你爸妈和你公司领导。').text);
    expect(all.map((r) => r.label)).toEqual([...MODEL_LABELS]);
    for (const r of all) expect(r.likelihood > 0 && r.likelihood < 1).toBe(true);
    expect(all[0]!.likelihood).toBeGreaterThan(LABEL_MODEL_THRESHOLD);
  });

  it('weights are the ones the trainer makes from the corpus in tests/fixtures', { timeout: 240_000 }, () => {
    expect(readFileSync(LABEL_OUTPUT, 'utf8')).toBe(labelModelSource());
  });
});

describe('withModelSignals', () => {
  const text = 'ABC 你家人 xyz';
  const folded = normalize(text);
  const rules: Signal[] = [{ label: 'payment_demand', tier: 'info', spans: [{ start: 0, end: 3 }], rules: ['payment_demand.x'] }];

  it('adds a likely label in the contract’s order, with spans in the original text', () => {
    const out = withModelSignals(rules, readings({ third_party_contact: 0.99 }), new Set(), folded, text);
    expect(out.map((s) => s.label)).toEqual(['payment_demand', 'third_party_contact']);
    const added = out[1]!;
    expect(added.rules).toEqual(['third_party_contact.model']);
    expect(added.tier).toBe('danger');
    for (const s of added.spans) expect(s.start >= 0 && s.end <= text.length && s.start < s.end).toBe(true);
  });

  it('adds nothing below the threshold', () => {
    expect(withModelSignals(rules, readings({ third_party_contact: LABEL_MODEL_THRESHOLD }), new Set(), folded, text)).toEqual(rules);
  });

  it('never adds a label whose rule was cancelled, by a negation or an exception', () => {
    expect(withModelSignals(rules, readings({ third_party_contact: 0.99 }), new Set<Label>(['third_party_contact']), folded, text)).toEqual(rules);
  });

  it('keeps the rules’ own signal where a rule set the label', () => {
    const set: Signal[] = [{ label: 'visit_threat', tier: 'warning', spans: [{ start: 4, end: 7 }], rules: ['visit_threat.y'] }];
    expect(withModelSignals(set, readings({ visit_threat: 0.99 }), new Set(), folded, text)).toEqual(set);
  });
});
