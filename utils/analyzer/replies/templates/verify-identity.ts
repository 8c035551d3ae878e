import type { ReplyTemplate } from '../template';

/** Replies that check who is asking and keep payment to the lender's official channel. */
export const VERIFY_IDENTITY: ReplyTemplate[] = [
  {
    id: 'verify_identity.official_channel',
    purpose: 'verify_identity',
    text: {
      en: "Could you tell me your full name, company and staff ID? I'll check them with the lender on the number from its official website, and I will only pay through the lender's official channel.",
      'zh-Hans': '麻烦告诉我您的姓名、公司和工号，我会通过贷款机构官网上的电话核实。还款我只走官方渠道。',
      'zh-Hant': '麻煩告訴我您的姓名、公司和員工編號，我會透過貸款機構官網上的電話確認。還款我只透過官方管道。',
    },
  },
];
