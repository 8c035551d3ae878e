import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { modelSource, OUTPUT } from '../../../scripts/train-model';
import { analyze } from '../../../utils/analyzer/index';
import { decideCollection, MODEL_THRESHOLDS } from '../../../utils/analyzer/model/combine';
import { featureSet, isHanFeature, MODEL_READS, readFeatures } from '../../../utils/analyzer/model/features';
import { collectionLikelihood } from '../../../utils/analyzer/model/read';
import { normalize } from '../../../utils/analyzer/text/normalize';

const now = new Date('2024-06-03T09:00:00Z');
const likelihood = (text: string) => collectionLikelihood(normalize(text).text);

describe('message model', () => {
  it('reads Han runs of one to three characters, words and word pairs, digits as #', () => {
    expect([...featureSet('还钱 pay 500 now')].sort()).toEqual(['#', '# now', 'now', 'pay', 'pay #', '还', '还钱', '钱'].sort());
    expect([...featureSet('快还钱')].sort()).toEqual(['快', '快还', '快还钱', '还', '还钱', '钱'].sort());
  });

  it('gives each feature its place in the text', () => {
    const places: string[] = [];
    const text = 'ok 还钱';
    readFeatures(text, (feature, start, end) => places.push(isHanFeature(feature) ? `${feature}@${start}` : `${feature}@${start}-${end}`));
    expect(places).toEqual(['ok@0-2', '还@3', '还钱@3', '钱@4']);
  });

  it('reads only the start of a very long text', () => {
    const long = `${'好'.repeat(MODEL_READS)}还钱`;
    expect(featureSet(long).has('还钱')).toBe(false);
    expect(() => likelihood('x'.repeat(1_000_000))).not.toThrow();
  });

  it('finds a plain demand likely collection and a delivery notice not', () => {
    expect(likelihood('你欠的钱拖了三个月了，今天必须还清，不然我们上门找你。')).toBeGreaterThan(0.9);
    expect(likelihood('Your parcel has been delivered to the front desk. Thank you for shopping with us.')).toBeLessThan(0.5);
    const p = likelihood('逾期');
    expect(p).toBeGreaterThan(0);
    expect(p).toBeLessThan(1);
  });

  it('lets the rules decide unless it is confident', () => {
    const sure = () => 0.999;
    const doubtful = () => 0.5;
    const surelyNot = () => 0.001;
    expect(decideCollection({ says: false, score: 0 }, sure)).toBe(true);
    expect(decideCollection({ says: false, score: 0 }, doubtful)).toBe(false);
    expect(decideCollection({ says: true, score: 3 }, doubtful)).toBe(true);
    expect(decideCollection({ says: true, score: 3 }, surelyNot)).toBe(false);
    // A strong case from the rules stands whatever the model says.
    expect(decideCollection({ says: true, score: MODEL_THRESHOLDS.thinCase }, surelyNot)).toBe(true);
  });

  it('is not asked when its answer cannot change the verdict', () => {
    let asked = false;
    decideCollection({ says: true, score: MODEL_THRESHOLDS.thinCase + 4 }, () => ((asked = true), 0));
    expect(asked).toBe(false);
  });

  it('sets no label: every signal names the rule or the label model that set it', () => {
    const a = analyze('那笔钱拖了快一个月了，方便的话这周安排一下吧。', { now });
    for (const s of a.signals) for (const r of s.rules) expect(r.startsWith(`${s.label}.`), r).toBe(true);
  });

  it('weights are the ones the trainer makes from the corpus in tests/fixtures', { timeout: 60_000 }, () => {
    expect(readFileSync(OUTPUT, 'utf8')).toBe(modelSource());
  });
});
