import { describe, expect, it } from 'vitest';
import { placeholdersIn } from '../../../../utils/analyzer/replies/placeholders';
import { TEMPLATES } from '../../../../utils/analyzer/replies/templates';
import { LANGS, PURPOSES, type Lang } from '../../../../utils/analyzer/types';

// Words that blame, insult or threaten. Replies stay calm even when the collector is not.
const ACCUSATORY: Record<Lang, RegExp> = {
  en: /\b(?:liar|lying|lie|scam\w*|fraud\w*|crook|thie[fv]\w*|criminal|illegal\w*|unlawful|harass\w*|threat\w*|abus\w*|bully\w*|disgusting|shame\w*|stupid|idiot|pathetic|how dare|you people|report you|sue you|your fault)\b/i,
  'zh-Hans': /骗子|诈骗|违法|犯法|非法|威胁|骚扰|恐吓|无耻|不要脸|流氓|黑社会|投诉你|举报你|告你|你们这些|垃圾|滚/,
  'zh-Hant': /騙子|詐騙|違法|犯法|非法|威脅|騷擾|恐嚇|無恥|不要臉|流氓|黑社會|投訴你|檢舉你|告你|你們這些|垃圾|滾/,
};

// Simplified and Traditional forms of characters common in these replies. A Traditional reply
// with a Simplified form in it (or the reverse) was written in the wrong script.
const PAIRS =
  '们們这這还還说說会會为為请請与與对對过過时時点點应應钱錢银銀贷貸缴繳费費额額关關联聯务務经經当當现現' +
  '实實项項据據号號处處总總约約电電话話讯訊资資债債续續记記录錄书書协協议議确確认認间間单單帐帳账賬条條' +
  '户戶线線门門问問难難让讓谢謝烦煩构構机機证證权權细細计計诉訴罚罰滞滯仅僅网網络絡绍紹级級';
const SIMPLIFIED = new Set([...PAIRS].filter((_, i) => i % 2 === 0));
const TRADITIONAL = new Set([...PAIRS].filter((_, i) => i % 2 === 1));

describe('reply templates', () => {
  it('cover every purpose, each with a wording that needs nothing from the message', () => {
    for (const purpose of PURPOSES) {
      const own = TEMPLATES.filter((t) => t.purpose === purpose);
      expect(own.length, purpose).toBeGreaterThan(0);
      expect(
        own.some((t) => !t.for && placeholdersIn(t.text.en).length === 0),
        `${purpose} has a general wording without placeholders`,
      ).toBe(true);
    }
  });

  it('have unique ids named after their purpose', () => {
    const ids = TEMPLATES.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const t of TEMPLATES) expect(t.id.startsWith(`${t.purpose}.`)).toBe(true);
  });

  it('are written in all three languages, with the same placeholders and no stray braces', () => {
    for (const t of TEMPLATES) {
      const expected = placeholdersIn(t.text.en).sort();
      for (const lang of LANGS) {
        expect(t.text[lang].trim().length, `${t.id} ${lang}`).toBeGreaterThan(10);
        expect(placeholdersIn(t.text[lang]).sort(), `${t.id} ${lang}`).toEqual(expected);
        expect(t.text[lang].replace(/\{(?:amount|deadline|agent|case)\}/g, ''), `${t.id} ${lang}`).not.toMatch(/[{}]/);
      }
    }
  });

  it('never blame or insult', () => {
    for (const t of TEMPLATES) {
      for (const lang of LANGS) expect(t.text[lang], `${t.id} ${lang}`).not.toMatch(ACCUSATORY[lang]);
    }
  });

  it('write Simplified and Traditional each in its own script, as separate texts', () => {
    for (const t of TEMPLATES) {
      expect([...t.text['zh-Hans']].filter((c) => TRADITIONAL.has(c)), t.id).toEqual([]);
      expect([...t.text['zh-Hant']].filter((c) => SIMPLIFIED.has(c)), t.id).toEqual([]);
      expect(t.text['zh-Hant']).not.toBe(t.text['zh-Hans']);
    }
  });

  it('use the words Taiwan and Hong Kong readers expect', () => {
    const traditional = TEMPLATES.map((t) => t.text['zh-Hant']).join('');
    for (const word of ['您好', '麻煩', '請問', '書面', '分期付款', '還款']) expect(traditional).toContain(word);
    expect(traditional).not.toMatch(/信息|渠道|单位|對公/);
  });
});
