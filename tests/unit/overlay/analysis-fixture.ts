/** Hand-made analyses for overlay tests: the shapes the analyzer returns, with spans chosen by hand. */
import type { Analysis, Label, Span } from '../../../utils/analyzer/types';
import { LABEL_TIER } from '../../../utils/analyzer/types';

/** The span of the first occurrence of `part` in `text`. */
export function spanOf(text: string, part: string): Span {
  const start = text.indexOf(part);
  if (start < 0) throw new Error(`"${part}" is not in the text`);
  return { start, end: start + part.length };
}

/** A signal with its tier from the analyzer's table. */
export const signal = (label: Label, ...spans: Span[]) => ({ label, tier: LABEL_TIER[label], spans, rules: [`test.${label}`] });

export const EN_MESSAGE =
  'Final notice: pay $1,240.50 by 6pm today or we will contact your employer and report you to the police.';

/** An English collection message with a deadline, an amount and two danger signals. */
export function englishAnalysis(text = EN_MESSAGE): Analysis {
  return {
    lang: 'en',
    isCollection: true,
    signals: [
      signal('payment_demand', spanOf(text, 'pay $1,240.50')),
      signal('deadline', spanOf(text, 'by 6pm today'), spanOf(text, 'Final notice')),
      signal('third_party_contact', spanOf(text, 'contact your employer')),
      signal('criminal_threat', spanOf(text, 'report you to the police')),
    ],
    amounts: [{ value: 1240.5, currency: 'USD', ...spanOf(text, '$1,240.50'), text: '$1,240.50', spans: [spanOf(text, '$1,240.50')] }],
    deadlines: [{ text: 'by 6pm today', ...spanOf(text, 'by 6pm today'), spans: [spanOf(text, 'by 6pm today')] }],
    contacts: [],
    suggestions: [
      { id: 's1', purpose: 'request_written_details', text: 'Please send me the details of this debt in writing.', lang: 'en' },
      { id: 's2', purpose: 'stop_third_party_contact', text: 'Please contact only me about this, not my employer.', lang: 'en' },
      { id: 's3', purpose: 'ask_solution', text: 'I would like to find a way to pay {amount} in instalments.', lang: 'en' },
    ],
  };
}

export const ZH_MESSAGE = '您已逾期，请今天18点前还款3000元，否则我们将联系您的家人和单位。';

/** A Simplified Chinese collection message. */
export function chineseAnalysis(text = ZH_MESSAGE): Analysis {
  return {
    lang: 'zh-Hans',
    isCollection: true,
    signals: [
      signal('deadline', spanOf(text, '今天18点前')),
      signal('payment_demand', spanOf(text, '还款3000元')),
      signal('third_party_contact', spanOf(text, '联系您的家人和单位')),
    ],
    amounts: [{ value: 3000, currency: 'CNY', ...spanOf(text, '3000元'), text: '3000元', spans: [spanOf(text, '3000元')] }],
    deadlines: [{ text: '今天18点前', ...spanOf(text, '今天18点前'), spans: [spanOf(text, '今天18点前')] }],
    contacts: [],
    suggestions: [
      { id: 'z1', purpose: 'request_written_details', text: '请把欠款明细以书面形式发给我。', lang: 'zh-Hans' },
      { id: 'z2', purpose: 'stop_third_party_contact', text: '请只联系我本人，不要联系我的家人和单位。', lang: 'zh-Hans' },
    ],
  };
}

/** What the analyzer says about an ordinary chat message. */
export const notCollection = (lang: Analysis['lang'] = 'en'): Analysis => ({
  lang,
  isCollection: false,
  signals: [],
  amounts: [],
  deadlines: [],
  contacts: [],
  suggestions: [],
});
