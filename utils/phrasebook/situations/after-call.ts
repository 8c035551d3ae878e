import type { Situation } from '../types';

/** Writing it down while it is fresh, and confirming it in writing. */
export const afterCall: Situation = {
  id: 'after-call',
  title: { en: 'After the call: write it down', zh_CN: '通话之后：记下来', zh_TW: '通話之後：記下來' },
  short: { en: 'After the call', zh_CN: '通话后', zh_TW: '通話後' },
  guidance: {
    en: 'Write it down while you remember: the time, who you spoke to, what was said, and every promise — by whom and by when.',
    zh_CN: '趁还记得清楚赶紧记下来：时间、对方是谁、说了什么，以及每一项承诺——由谁、在什么时候完成。',
    zh_TW: '趁還記得清楚趕快記下來：時間、對方是誰、說了什麼，以及每一項承諾——由誰、在什麼時候完成。',
  },
  checklist: [
    {
      en: 'The date, the time and how they contacted you (call, message, letter, visit).',
      zh_CN: '日期、时间，以及联系方式（电话、短信、信件、上门）。',
      zh_TW: '日期、時間，以及聯絡方式（電話、簡訊、信件、登門拜訪）。',
    },
    {
      en: "The company, and the agent's name or staff number.",
      zh_CN: '对方公司，以及工作人员的姓名或工号。',
      zh_TW: '對方公司，以及專員的姓名或員工編號。',
    },
    {
      en: 'What they said, in their own words where you can.',
      zh_CN: '对方说了什么，尽量记下原话。',
      zh_TW: '對方說了什麼，盡量記下原話。',
    },
    {
      en: 'Every promise: who made it, what it is, and by when.',
      zh_CN: '每一项承诺：谁说的、内容是什么、什么时候完成。',
      zh_TW: '每一項承諾：誰說的、內容是什麼、什麼時候完成。',
    },
  ],
  phrases: [
    {
      en: 'To confirm our call on [date]: we agreed that [what was agreed]. Please let me know if anything is different.',
      zh_CN: '确认一下我们[日期]的通话：双方约定[约定内容]。如有出入，请告诉我。',
      zh_TW: '確認一下我們[日期]的通話：雙方約定[約定內容]。如果有出入，請告訴我。',
    },
    {
      en: 'Thank you for speaking with me today. I look forward to your written confirmation.',
      zh_CN: '谢谢您今天的沟通，期待收到您的书面确认。',
      zh_TW: '謝謝您今天的溝通，期待收到您的書面確認。',
    },
    {
      en: 'As agreed, I paid [amount] on [date]. Please confirm that you received it.',
      zh_CN: '按照约定，我已于[日期]还款[金额]，请确认是否收到。',
      zh_TW: '依照約定，我已在[日期]還款[金額]，請確認是否收到。',
    },
  ],
  keywords: {
    en: ['record', 'notes', 'log', 'diary', 'evidence', 'follow up'],
    zh_CN: ['记录', '笔记', '证据', '跟进', '录音'],
    zh_TW: ['紀錄', '筆記', '證據', '追蹤', '錄音'],
  },
};
