import type { ReplyTemplate } from '../template';

/** Replies that question the amount or the debt and ask for proof, before any payment. */
export const DISPUTE: ReplyTemplate[] = [
  {
    id: 'dispute.amount',
    purpose: 'dispute',
    text: {
      en: 'I have questions about the amount of {amount}. Please send me the statement and how it was calculated, so I can check it.',
      'zh-Hans': '我对{amount}这个金额有疑问，麻烦提供账单明细和计算方式，我核对一下。',
      'zh-Hant': '我對{amount}這個金額有疑問，麻煩提供帳單明細和計算方式，讓我核對一下。',
    },
  },
  {
    id: 'dispute.proof',
    purpose: 'dispute',
    text: {
      en: "I'd like to check this debt before we discuss payment. Please send proof of the debt and of your authority to collect it.",
      'zh-Hans': '谈还款之前，我想先核实这笔债务，麻烦提供欠款证明和贵方受托催收的授权文件。',
      'zh-Hant': '談還款之前，我想先確認這筆債務，麻煩提供欠款證明和貴公司受委託催收的授權文件。',
    },
  },
];
