/** United States: the Fair Debt Collection Practices Act and the CFPB's Regulation F. */
import type { JurisdictionRights } from '../types';

const FDCPA = (section: string) => ({
  en: `Fair Debt Collection Practices Act, 15 U.S.C. §${section}`,
  zh_CN: `美国《公平债务催收作业法》（FDCPA）15 U.S.C. §${section}`,
  zh_TW: `美國《公平債務催收作業法》（FDCPA）15 U.S.C. §${section}`,
});
const REG_F = (section: string) => ({
  en: `CFPB Regulation F, 12 CFR §${section}`,
  zh_CN: `美国消费者金融保护局 F 条例，12 CFR §${section}`,
  zh_TW: `美國消費者金融保護局 F 規則，12 CFR §${section}`,
});

export const unitedStates: JurisdictionRights = {
  jurisdiction: 'US',
  name: { en: 'United States', zh_CN: '美国', zh_TW: '美國' },
  rules: [
    {
      topic: 'hours',
      certainty: 'V',
      source: FDCPA('1692c(a)(1)'),
      text: {
        en: 'Contact before 8 a.m. or after 9 p.m. your local time is presumed inconvenient.',
        zh_CN: '在您当地时间早上 8 点前或晚上 9 点后联系，推定为不便时间。',
        zh_TW: '在您當地時間早上 8 點前或晚上 9 點後聯絡，推定為不便的時間。',
      },
    },
    {
      topic: 'hours',
      certainty: 'V',
      source: FDCPA('1692c(a)(3)'),
      text: {
        en: 'No contact at work if your employer does not allow it.',
        zh_CN: '如果您的雇主不允许，对方不得在工作场所联系您。',
        zh_TW: '如果您的雇主不允許，對方不得在工作場所聯絡您。',
      },
    },
    {
      topic: 'frequency',
      certainty: 'V',
      source: REG_F('1006.14(b)(2)'),
      text: {
        en: 'Presumed within the rules: no more than 7 calls in 7 days, and none within 7 days after a phone conversation with you about the debt.',
        zh_CN: '推定合规的上限：7 天内不超过 7 通电话；与您就该债务通话后的 7 天内不再来电。',
        zh_TW: '推定合規的上限：7 天內不超過 7 通電話；與您就該債務通話後的 7 天內不再來電。',
      },
    },
    {
      topic: 'third-parties',
      certainty: 'V',
      source: FDCPA('1692b'),
      text: {
        en: 'Others may be contacted only to find where you are, without mentioning the debt.',
        zh_CN: '联系其他人只能为了打听您的下落，且不得提到债务。',
        zh_TW: '聯絡其他人只能為了查詢您的下落，而且不得提到債務。',
      },
    },
    {
      topic: 'conduct',
      certainty: 'V',
      source: FDCPA('1692e'),
      text: {
        en: 'No false threats of arrest, no threats of lawsuits they do not intend to bring, and no misrepresenting the debt.',
        zh_CN: '不得虚假威胁逮捕，不得以无意提起的诉讼相威胁，不得歪曲债务情况。',
        zh_TW: '不得假意威脅逮捕，不得以無意提起的訴訟相威脅，不得扭曲債務內容。',
      },
    },
    {
      topic: 'requests',
      certainty: 'V',
      source: FDCPA('1692c(c)'),
      text: {
        en: 'If you ask in writing that they stop contacting you, afterwards they may only confirm it or tell you about a specific step they will take.',
        zh_CN: '如果您书面要求停止联系，之后对方只能确认收到，或告知将采取的具体措施。',
        zh_TW: '如果您以書面要求停止聯絡，之後對方只能確認收到，或告知將採取的具體措施。',
      },
    },
    {
      topic: 'requests',
      certainty: 'V',
      source: FDCPA('1692g'),
      text: {
        en: 'A validation notice must come within 5 days of first contact. You have 30 days to dispute in writing, which pauses collection until they send verification.',
        zh_CN: '首次联系后 5 天内，对方须寄出债务确认通知。您有 30 天可书面提出异议，在对方提供核实材料前催收须暂停。',
        zh_TW: '首次聯絡後 5 天內，對方須寄出債務確認通知。您有 30 天可以書面提出異議，在對方提供查證資料前催收須暫停。',
      },
    },
    {
      topic: 'requests',
      certainty: 'V2',
      source: REG_F('1006.6(e)'),
      text: {
        en: 'Every email or text must offer a way to opt out; replying “STOP” counts.',
        zh_CN: '每封电子邮件或短信都必须提供退订方式；回复“STOP”即有效。',
        zh_TW: '每封電子郵件或簡訊都必須提供退訂方式；回覆「STOP」即有效。',
      },
    },
    {
      topic: 'complain',
      certainty: 'V',
      source: { en: 'Consumer Financial Protection Bureau', zh_CN: '美国消费者金融保护局', zh_TW: '美國消費者金融保護局' },
      text: {
        en: 'CFPB: consumerfinance.gov/complaint, or 855-411-2372.',
        zh_CN: '消费者金融保护局（CFPB）：consumerfinance.gov/complaint，或致电 855-411-2372。',
        zh_TW: '消費者金融保護局（CFPB）：consumerfinance.gov/complaint，或致電 855-411-2372。',
      },
    },
    {
      topic: 'complain',
      certainty: 'V',
      source: { en: 'Federal Trade Commission; state attorneys general', zh_CN: '美国联邦贸易委员会；各州总检察长', zh_TW: '美國聯邦貿易委員會；各州檢察總長' },
      text: {
        en: 'Fake collectors: the FTC and your state attorney general.',
        zh_CN: '遇到假冒的催收者：向联邦贸易委员会（FTC）和所在州的总检察长举报。',
        zh_TW: '遇到假冒的催收者：向聯邦貿易委員會（FTC）和所在州的檢察總長檢舉。',
      },
    },
  ],
};
