import type { Situation } from '../types';

/** Proposing to repay in instalments. */
export const paymentPlan: Situation = {
  id: 'payment-plan',
  title: { en: 'I want a payment plan', zh_CN: '我想申请分期还款', zh_TW: '我想談分期還款' },
  short: { en: 'Payment plan', zh_CN: '分期还款', zh_TW: '分期還款' },
  guidance: {
    en: 'Start from what you can afford each month after essentials. A plan you can keep is worth more than a promise you cannot.',
    zh_CN: '先算清楚扣除基本生活开支后每月能还多少。能坚持下去的方案，比做不到的承诺更有用。',
    zh_TW: '先算清楚扣掉基本生活開銷後，每個月能還多少。做得到的方案，比做不到的承諾更有用。',
  },
  phrases: [
    {
      en: "I'd like to set up a payment plan. I can afford [amount] a month.",
      zh_CN: '我想申请分期还款，每月能还[金额]。',
      zh_TW: '我想申請分期還款，每個月可以還[金額]。',
    },
    {
      en: 'Do you offer an instalment plan for people in financial difficulty?',
      zh_CN: '对于暂时有困难的客户，你们有没有个性化分期的方案？',
      zh_TW: '對於經濟暫時有困難的客戶，你們有沒有協商分期的方案？',
    },
    {
      en: 'If we agree on a plan, will the collection calls stop while I keep to it?',
      zh_CN: '如果我们签了分期协议，只要我按时还款，催收是不是就会停止？',
      zh_TW: '如果簽了分期協議，只要我按時還款，催收是不是就會停止？',
    },
    {
      en: 'What is the total I would pay under this plan, including all fees and interest?',
      zh_CN: '按这个方案，连同所有费用和利息，我总共要还多少？',
      zh_TW: '照這個方案，連同所有費用和利息，我總共要還多少？',
    },
    {
      en: 'Please send me the full plan in writing before I make the first payment.',
      zh_CN: '在我还第一期之前，请先把完整的分期方案以书面形式发给我。',
      zh_TW: '在我繳第一期之前，請先把完整的分期方案用書面寄給我。',
    },
  ],
  keywords: {
    en: ['instalment', 'installment', 'monthly', 'repayment', 'afford'],
    zh_CN: ['分期', '每月', '还款计划', '协商'],
    zh_TW: ['分期', '每月', '還款計畫', '協商'],
  },
};
