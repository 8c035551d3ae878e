import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { featureTable, sumSteps, type FeatureTable } from '../../../utils/analyzer/model/feature-table';
import { featureSet, isHanFeature } from '../../../utils/analyzer/model/features';

/** Calls `found` for each feature of the table in the text, as sumSteps hears of them. */
const eachKnown = (table: FeatureTable, text: string, found: (index: number, start: number, end: number) => void) =>
  sumSteps(table, text, new Int8Array(table.found.length), 1, new Int32Array(1), found);

/** What a table finds in a text, as features written as text, with where each was found. */
function known(features: string[], text: string): Map<string, string> {
  const table = featureTable(features);
  const found = new Map<string, string>();
  eachKnown(table, text, (i, start, end) => {
    expect(found.has(features[i]!), `${features[i]} found twice`).toBe(false);
    found.set(features[i]!, text.slice(start, end));
  });
  return found;
}

const pieces = fc.constantFrom('还', '钱', '你', '家', '人', '上', '门', '还钱', '你家人', 'pay', 'now', 'your', 'mum', "won't", '12', '500', ' ', '，', '。', 'x');
const texts = fc.array(pieces, { maxLength: 30 }).map((p) => p.join(''));

describe('feature table', () => {
  it('finds exactly the features of the text it holds, each once', () => {
    fc.assert(
      fc.property(texts, texts, (text, source) => {
        // A table of the features of another text, and some that no text here has.
        const features = [...featureSet(source), '龘', '龘龘龘', 'zebra', 'pay zebra'].sort();
        const found = known(features, text);
        const expected = [...featureSet(text)].filter((f) => features.includes(f));
        expect([...found.keys()].sort()).toEqual(expected.sort());
        // Han runs are found where they are; words and pairs where they begin and end.
        for (const [feature, where] of found) {
          if (isHanFeature(feature)) expect(where).toBe(feature);
          else expect(featureSet(where).has(feature)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('sums the steps of the features the trainer reads, each once, column by column', () => {
    fc.assert(
      fc.property(texts, texts, fc.integer({ min: 1, max: 3 }), (text, source, columns) => {
        const features = [...featureSet(source), '龘', 'zebra'].sort();
        const steps = Int8Array.from({ length: features.length * columns }, (_, k) => (k * 37) % 91 - 45);
        const table = featureTable(features);
        const expected = new Int32Array(columns);
        for (const feature of featureSet(text)) {
          const i = features.indexOf(feature);
          if (i >= 0) for (let c = 0; c < columns; c++) expected[c]! += steps[i * columns + c]!;
        }
        const sums = new Int32Array(columns);
        sumSteps(table, text, steps, columns, sums);
        expect([...sums]).toEqual([...expected]);
      }),
      { numRuns: 300 },
    );
  });

  it('finds a longer run though its beginning is no feature', () => {
    expect([...known(['你家人'], '告诉你家人').keys()]).toEqual(['你家人']);
    expect([...known(['pay now'], 'please pay now').keys()]).toEqual(['pay now']);
  });

  it('starts afresh for each text', () => {
    const table = featureTable(['还钱']);
    const count = (text: string) => {
      let n = 0;
      eachKnown(table, text, () => n++);
      return n;
    };
    expect(count('还钱还钱')).toBe(1);
    expect(count('快还钱')).toBe(1);
    expect(count('没有')).toBe(0);
  });
});
