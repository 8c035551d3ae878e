/** Mainland China: the banking association's collection guideline, credit-card rules, complaint lines. */
import type { JurisdictionRights } from '../types';

const GUIDELINE = {
  en: 'China Banking Association, Guidelines on Collection of Personal Consumer Loans by Financial Institutions (Trial), 30 Jan 2026',
  zh_CN: '中国银行业协会《金融机构个人消费类贷款催收工作指引（试行）》，2026年1月30日',
  zh_TW: '中國銀行業協會《金融機構個人消費類貸款催收工作指引（試行）》，2026年1月30日',
};
const CARD_RULES = (article: number) => ({
  en: `Measures on the Supervision of Credit Card Business of Commercial Banks, Art. ${article}`,
  zh_CN: `《商业银行信用卡业务监督管理办法》第${article}条`,
  zh_TW: `《商業銀行信用卡業務監督管理辦法》第${article}條`,
});

export const mainlandChina: JurisdictionRights = {
  jurisdiction: 'CN',
  name: { en: 'Mainland China', zh_CN: '中国大陆', zh_TW: '中國大陸' },
  rules: [
    {
      topic: 'hours',
      certainty: 'V2',
      source: GUIDELINE,
      text: {
        en: 'No collection between 22:00 and 08:00 unless you agree to it.',
        zh_CN: '未经您同意，22:00 至次日 08:00 之间不得催收。',
        zh_TW: '未經您同意，晚上 22:00 至隔天早上 08:00 之間不得催收。',
      },
    },
    {
      topic: 'frequency',
      certainty: 'V2',
      source: GUIDELINE,
      text: {
        en: 'If you do not answer, no more than 6 call attempts a day to the same number.',
        zh_CN: '电话未接通时，同一号码每天拨打不超过 6 次。',
        zh_TW: '電話沒有接通時，同一個號碼每天撥打不超過 6 次。',
      },
    },
    {
      topic: 'frequency',
      certainty: 'U',
      source: { en: 'National standard GB/T 45251-2025', zh_CN: '国家标准 GB/T 45251-2025', zh_TW: '國家標準 GB/T 45251-2025' },
      text: {
        en: 'A national standard on collection for online consumer credit is reported to set its own limits on hours and frequency; CalmLine has not confirmed them.',
        zh_CN: '据报道，网络消费信贷贷后催收的国家标准另有时间和频率限制，CalmLine 尚未核实具体条款。',
        zh_TW: '據報導，網路消費信貸貸後催收的國家標準另有時段和頻率限制，CalmLine 尚未查證具體條文。',
      },
    },
    {
      topic: 'third-parties',
      certainty: 'V2',
      source: GUIDELINE,
      text: {
        en: 'No collecting from unrelated people. Others may only be asked for your contact details or to pass on a message, without debt details, and must be left alone if they refuse.',
        zh_CN: '不得向无关的第三方催收。对其他人只能询问您的联系方式或请其转告，不得透露欠款信息；对方拒绝的，不得再打扰。',
        zh_TW: '不得向無關的第三人催收。對其他人只能詢問您的聯絡方式或請對方轉告，不得透露欠款資訊；對方拒絕的，不得再打擾。',
      },
    },
    {
      topic: 'third-parties',
      certainty: 'V2',
      source: CARD_RULES(68),
      text: {
        en: 'For credit cards, the bank may collect only from the cardholder and the guarantor.',
        zh_CN: '信用卡欠款只能向持卡人本人及担保人催收。',
        zh_TW: '信用卡欠款只能向持卡人本人及保證人催收。',
      },
    },
    {
      topic: 'conduct',
      certainty: 'V2',
      source: GUIDELINE,
      text: {
        en: 'Not allowed: posing as government or court staff, invented blacklists, or exaggerating the amount or the legal consequences.',
        zh_CN: '禁止：冒充国家机关或法院工作人员，编造“黑名单”，夸大欠款金额或法律后果。',
        zh_TW: '禁止：冒充政府機關或法院人員、捏造「黑名單」、誇大欠款金額或法律後果。',
      },
    },
    {
      topic: 'conduct',
      certainty: 'V2',
      source: GUIDELINE,
      text: {
        en: 'Not allowed: threats, insults or violence, spreading your private information, or posting notices or lawyer’s letters in public.',
        zh_CN: '禁止：威胁、辱骂或暴力，散布您的个人隐私，公开张贴催收告示或律师函。',
        zh_TW: '禁止：威脅、辱罵或暴力，散布您的個人隱私，公開張貼催收告示或律師函。',
      },
    },
    {
      topic: 'conduct',
      certainty: 'V2',
      source: GUIDELINE,
      text: {
        en: 'Not allowed: charging extra fees, pushing you to borrow to repay, or entering your home or workplace without consent.',
        zh_CN: '禁止：额外收取费用，诱导您借新还旧，未经同意进入您的住所或工作场所。',
        zh_TW: '禁止：額外收取費用、誘導您借新還舊、未經同意進入您的住處或工作場所。',
      },
    },
    {
      topic: 'requests',
      certainty: 'V2',
      source: CARD_RULES(70),
      text: {
        en: 'You may agree a personalised instalment plan (个性化分期) of up to 5 years with a card issuer; collection stops once it is signed.',
        zh_CN: '可以与发卡银行协商最长 5 年的个性化分期还款，协议签订后停止催收。',
        zh_TW: '可以與發卡銀行協商最長 5 年的個性化分期還款，協議簽訂後停止催收。',
      },
    },
    {
      topic: 'requests',
      certainty: 'V2',
      source: CARD_RULES(69),
      text: {
        en: 'Collection letters must state the balance, the reason, your rights and how to object.',
        zh_CN: '催收函应写明欠款余额、催收原因、您的权利以及提出异议的方式。',
        zh_TW: '催收函應寫明欠款餘額、催收原因、您的權利以及提出異議的方式。',
      },
    },
    {
      topic: 'complain',
      certainty: 'V2',
      source: { en: 'National Financial Regulatory Administration', zh_CN: '国家金融监督管理总局', zh_TW: '國家金融監督管理總局' },
      text: {
        en: '12378 — the financial regulator’s line, for banks and consumer-finance companies.',
        zh_CN: '12378 —— 金融监管投诉热线，适用于银行和消费金融公司。',
        zh_TW: '12378 —— 金融監管投訴熱線，適用於銀行和消費金融公司。',
      },
    },
    {
      topic: 'complain',
      certainty: 'V2',
      source: { en: "People's Bank of China", zh_CN: '中国人民银行', zh_TW: '中國人民銀行' },
      text: {
        en: '12363 — the central bank’s line, for problems with your credit report.',
        zh_CN: '12363 —— 人民银行热线，适用于征信报告问题。',
        zh_TW: '12363 —— 人民銀行熱線，適用於徵信報告的問題。',
      },
    },
    {
      topic: 'complain',
      certainty: 'V2',
      source: { en: 'National Internet Finance Association of China', zh_CN: '中国互联网金融协会', zh_TW: '中國互聯網金融協會' },
      text: {
        en: 'For online lenders: the internet finance association’s reporting site.',
        zh_CN: '网贷平台：可通过中国互联网金融协会的举报平台反映。',
        zh_TW: '網路借貸平台：可透過中國互聯網金融協會的檢舉平台反映。',
      },
    },
    {
      topic: 'complain',
      certainty: 'V2',
      source: { en: 'Police', zh_CN: '公安机关', zh_TW: '公安機關' },
      text: {
        en: '110 — the police, for violence or threats.',
        zh_CN: '110 —— 遇到暴力或威胁，请报警。',
        zh_TW: '110 —— 遇到暴力或威脅，請報警。',
      },
    },
  ],
};
