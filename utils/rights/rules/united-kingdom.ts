/** United Kingdom: the FCA Handbook, CONC 7 (arrears, default and recovery). */
import type { JurisdictionRights } from '../types';

const CONC = (rule: string) => ({
  en: `FCA Handbook, CONC ${rule}`,
  zh_CN: `英国金融行为监管局手册 CONC ${rule}`,
  zh_TW: `英國金融行為監理總署手冊 CONC ${rule}`,
});

export const unitedKingdom: JurisdictionRights = {
  jurisdiction: 'UK',
  name: { en: 'United Kingdom', zh_CN: '英国', zh_TW: '英國' },
  rules: [
    {
      topic: 'hours',
      certainty: 'V',
      source: CONC('7.9.4R'),
      text: {
        en: 'No contact at unreasonable times.',
        zh_CN: '不得在不合理的时间联系您。',
        zh_TW: '不得在不合理的時間聯絡您。',
      },
    },
    {
      topic: 'third-parties',
      certainty: 'V',
      source: CONC('7.9.5R, 7.9.7R'),
      text: {
        en: 'No unfair disclosure of your debt to other people, and no embarrassing you in public.',
        zh_CN: '不得不当地向他人透露您的债务，不得让您当众难堪。',
        zh_TW: '不得不當地向他人透露您的債務，不得讓您當眾難堪。',
      },
    },
    {
      topic: 'conduct',
      certainty: 'V',
      source: CONC('7.11'),
      text: {
        en: 'No misrepresenting their authority or the legal position, no official-looking documents, and no threats of action that cannot lawfully be taken.',
        zh_CN: '不得歪曲自身权限或法律立场，不得使用仿官方文件，不得以无法合法采取的行动相威胁。',
        zh_TW: '不得扭曲自身權限或法律立場，不得使用仿官方文件，不得以無法合法採取的行動相威脅。',
      },
    },
    {
      topic: 'requests',
      certainty: 'V',
      source: CONC('7.9.4R'),
      text: {
        en: 'Reasonable requests about when, where and how you are contacted must be respected.',
        zh_CN: '您就联系的时间、地点和方式提出的合理要求，对方必须尊重。',
        zh_TW: '您對聯絡的時間、地點和方式提出的合理要求，對方必須尊重。',
      },
    },
    {
      topic: 'requests',
      certainty: 'V',
      source: CONC('7.14'),
      text: {
        en: 'If you dispute the debt on valid grounds, recovery is suspended while the dispute is investigated.',
        zh_CN: '如果您有正当理由对债务提出异议，在调查期间追讨须暂停。',
        zh_TW: '如果您有正當理由對債務提出異議，在調查期間追討須暫停。',
      },
    },
    {
      topic: 'complain',
      certainty: 'V2',
      source: { en: 'Financial Ombudsman Service', zh_CN: '英国金融申诉专员服务机构', zh_TW: '英國金融申訴專員服務機構' },
      text: {
        en: 'Complain to the firm first; after 8 weeks or its final response, the Financial Ombudsman Service (free): 0800 023 4567.',
        zh_CN: '先向该公司投诉；8 周后或收到最终答复后，可免费向金融申诉专员服务机构投诉：0800 023 4567。',
        zh_TW: '先向該公司投訴；8 週後或收到最終回覆後，可免費向金融申訴專員服務機構投訴：0800 023 4567。',
      },
    },
  ],
};
