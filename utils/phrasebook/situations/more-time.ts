import type { Situation } from '../types';

/** Asking for an extension or a pause. */
export const moreTime: Situation = {
  id: 'more-time',
  title: { en: 'I need more time', zh_CN: '我需要多一些时间', zh_TW: '我需要多一點時間' },
  short: { en: 'More time', zh_CN: '要延期', zh_TW: '要延期' },
  guidance: {
    en: 'Be honest about why and specific about when. Offer a date you can really keep, not a hopeful one.',
    zh_CN: '如实说明原因，具体说出时间。给出一个真正做得到的日期，而不是一个“希望能行”的日期。',
    zh_TW: '老實說明原因，具體說出時間。給一個真的做得到的日期，而不是「希望可以」的日期。',
  },
  phrases: [
    {
      en: "I can't pay the full amount right now, but I want to pay. Could you give me until [date]?",
      zh_CN: '我现在没办法一次还清，但我是愿意还的。能否宽限到[日期]？',
      zh_TW: '我現在沒辦法一次繳清，但我願意還。可以寬限到[日期]嗎？',
    },
    {
      en: 'My income has dropped because of [reason]. I expect to be able to pay from [date].',
      zh_CN: '因为[原因]，我的收入减少了，预计从[日期]起可以开始还款。',
      zh_TW: '因為[原因]，我的收入減少了，預計從[日期]起可以開始還款。',
    },
    {
      en: 'Could you pause collection for 30 days while I sort out my finances?',
      zh_CN: '能否暂停催收 30 天，让我把财务安排好？',
      zh_TW: '可以暫停催收 30 天，讓我把財務安排好嗎？',
    },
    {
      en: 'What would a short extension cost me, and will it affect my credit record?',
      zh_CN: '延期的话会产生哪些费用？会影响我的征信记录吗？',
      zh_TW: '延期的話會有哪些費用？會影響我的信用紀錄嗎？',
    },
    {
      en: 'Please send me the new due date in writing.',
      zh_CN: '请把新的还款日期以书面形式发给我。',
      zh_TW: '請把新的還款日期用書面寄給我。',
    },
  ],
  keywords: {
    en: ['extension', 'delay', 'postpone', 'late', 'deadline'],
    zh_CN: ['延期', '宽限', '推迟', '逾期', '缓一缓'],
    zh_TW: ['延期', '寬限', '延後', '逾期', '緩一緩'],
  },
};
