/** Taiwan: bank outsourcing rules as reported, cash-card conduct rules, complaint lines. */
import type { JurisdictionRights } from '../types';

const OUTSOURCING = {
  en: 'Regulations Governing Internal Operating Systems and Procedures for the Outsourcing of Financial Institution Operation',
  zh_CN: '《金融机构作业委托他人处理内部作业制度及程序办法》',
  zh_TW: '《金融機構作業委託他人處理內部作業制度及程序辦法》',
};

export const taiwan: JurisdictionRights = {
  jurisdiction: 'TW',
  name: { en: 'Taiwan', zh_CN: '台湾', zh_TW: '台灣' },
  rules: [
    {
      topic: 'hours',
      certainty: 'V2',
      source: OUTSOURCING,
      text: {
        en: 'No contact before 07:00 or after 22:00.',
        zh_CN: '早上 07:00 前、晚上 22:00 后不得联系。',
        zh_TW: '早上 07:00 以前、晚上 22:00 以後不得聯絡。',
      },
    },
    {
      topic: 'frequency',
      certainty: 'V2',
      source: OUTSOURCING,
      text: {
        en: 'No repeated contact — by phone, by message, or by visits to your home, school or workplace.',
        zh_CN: '不得反复联系——无论是打电话、发消息，还是到您的住所、学校或工作单位。',
        zh_TW: '不得一再聯絡——無論是打電話、傳訊息，還是到您的住處、學校或工作場所。',
      },
    },
    {
      topic: 'third-parties',
      certainty: 'V2',
      source: OUTSOURCING,
      text: {
        en: 'Only you or your guarantor may be pursued for the debt.',
        zh_CN: '只能向债务人本人或保证人催收。',
        zh_TW: '只能向債務人本人或保證人催收。',
      },
    },
    {
      topic: 'conduct',
      certainty: 'V',
      source: { en: 'Cash card business rules for financial institutions', zh_CN: '金融机构办理现金卡业务相关规定', zh_TW: '金融機構辦理現金卡業務相關規定' },
      text: {
        en: 'No violence, threats, insults, harassment or misleading statements, and no breaches of your privacy.',
        zh_CN: '不得使用暴力、威胁、辱骂、骚扰或误导性说法，也不得侵犯您的隐私。',
        zh_TW: '不得使用暴力、威脅、辱罵、騷擾或誤導性說法，也不得侵害您的隱私。',
      },
    },
    {
      topic: 'requests',
      certainty: 'V2',
      source: OUTSOURCING,
      text: {
        en: 'Before handing your debt to a collection agency, the bank must tell you in writing the agency’s name, the amount and a number for complaints.',
        zh_CN: '银行把债务委托给催收公司之前，应书面告知您催收公司名称、金额和申诉电话。',
        zh_TW: '銀行把債務委外催收之前，應以書面告知您催收公司名稱、金額和申訴電話。',
      },
    },
    {
      topic: 'complain',
      certainty: 'V',
      source: { en: 'Financial Supervisory Commission', zh_CN: '金融监督管理委员会', zh_TW: '金融監督管理委員會' },
      text: {
        en: '1998 — the financial regulator’s consumer line.',
        zh_CN: '1998 —— 金管会消费者服务专线。',
        zh_TW: '1998 —— 金管會消費者服務專線。',
      },
    },
    {
      topic: 'complain',
      certainty: 'V',
      source: { en: 'Financial Ombudsman Institution', zh_CN: '金融消费评议中心', zh_TW: '金融消費評議中心' },
      text: {
        en: '0800-789-885 — the Financial Ombudsman Institution, after you have complained to the bank first.',
        zh_CN: '0800-789-885 —— 金融消费评议中心；需先向银行申诉。',
        zh_TW: '0800-789-885 —— 金融消費評議中心；需先向銀行申訴。',
      },
    },
    {
      topic: 'complain',
      certainty: 'V',
      source: { en: 'Police', zh_CN: '警察机关', zh_TW: '警察機關' },
      text: {
        en: '110 — the police, for violence.',
        zh_CN: '110 —— 遇到暴力，请报警。',
        zh_TW: '110 —— 遇到暴力，請報警。',
      },
    },
  ],
};
