/** Hong Kong: the Code of Banking Practice on debt collection, and where to complain. */
import type { JurisdictionRights } from '../types';

const CODE = {
  en: 'Code of Banking Practice, §43',
  zh_CN: '《银行营运守则》第 43 条',
  zh_TW: '《銀行營運守則》第 43 條',
};

export const hongKong: JurisdictionRights = {
  jurisdiction: 'HK',
  name: { en: 'Hong Kong', zh_CN: '香港', zh_TW: '香港' },
  rules: [
    {
      topic: 'hours',
      certainty: 'V',
      source: CODE,
      text: {
        en: 'No calls at unreasonable hours.',
        zh_CN: '不得在不合理的时间致电。',
        zh_TW: '不得在不合理的時間致電。',
      },
    },
    {
      topic: 'hours',
      certainty: 'U',
      source: CODE,
      text: {
        en: 'The code is reported to set no fixed hours; what counts as unreasonable depends on the circumstances.',
        zh_CN: '据报道，守则没有规定具体时段，是否“不合理”要看具体情况。',
        zh_TW: '據報導，守則沒有訂明具體時段，是否「不合理」要視乎實際情況。',
      },
    },
    {
      topic: 'frequency',
      certainty: 'V',
      source: CODE,
      text: {
        en: 'No persistent calls.',
        zh_CN: '不得持续不断地致电。',
        zh_TW: '不得持續不斷地致電。',
      },
    },
    {
      topic: 'third-parties',
      certainty: 'V',
      source: CODE,
      text: {
        en: 'No pestering your referees, family or friends, and no recovering the debt from anyone who is not a guarantor.',
        zh_CN: '不得滋扰您的推荐人、家人或朋友，也不得向非担保人追讨欠款。',
        zh_TW: '不得滋擾您的推薦人、家人或朋友，也不得向非擔保人追討欠款。',
      },
    },
    {
      topic: 'conduct',
      certainty: 'V',
      source: CODE,
      text: {
        en: 'No intimidation or violence, and no humiliating you in public.',
        zh_CN: '不得恐吓或使用暴力，不得公开羞辱您。',
        zh_TW: '不得恐嚇或使用暴力，不得公開羞辱您。',
      },
    },
    {
      topic: 'conduct',
      certainty: 'V',
      source: CODE,
      text: {
        en: 'No false names, anonymous calls, abusive remarks or misleading statements.',
        zh_CN: '不得使用假名、匿名来电、辱骂或误导性陈述。',
        zh_TW: '不得使用假名、匿名來電、辱罵或誤導性陳述。',
      },
    },
    {
      topic: 'complain',
      certainty: 'V2',
      source: { en: 'Hong Kong Monetary Authority', zh_CN: '香港金融管理局', zh_TW: '香港金融管理局' },
      text: {
        en: 'Complain to the lender first, then to the Hong Kong Monetary Authority (HKMA).',
        zh_CN: '先向贷款机构投诉，再向香港金融管理局（金管局）投诉。',
        zh_TW: '先向貸款機構投訴，再向香港金融管理局（金管局）投訴。',
      },
    },
    {
      topic: 'complain',
      certainty: 'V2',
      source: { en: 'Hong Kong Police Force', zh_CN: '香港警务处', zh_TW: '香港警務處' },
      text: {
        en: 'The police, for crimes such as threats or violence.',
        zh_CN: '遇到恐吓、暴力等违法行为，请报警。',
        zh_TW: '遇到恐嚇、暴力等違法行為，請報警。',
      },
    },
  ],
};
