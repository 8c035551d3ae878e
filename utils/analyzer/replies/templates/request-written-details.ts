import type { ReplyTemplate } from '../template';

/** Replies that ask for the amount, its breakdown and the terms in writing. */
export const REQUEST_WRITTEN_DETAILS: ReplyTemplate[] = [
  {
    id: 'request_written_details.offer',
    purpose: 'request_written_details',
    for: ['settlement_offer'],
    text: {
      en: 'Thank you for the offer. Before I agree, could you send me the terms in writing: the total, each payment and its date?',
      'zh-Hans': '谢谢您的方案。确认之前，麻烦把条款以书面形式发给我：总金额、每期金额和日期。',
      'zh-Hant': '謝謝您的方案。確認之前，麻煩以書面方式提供條件：總金額、每期金額和日期。',
    },
  },
  {
    id: 'request_written_details.legal',
    purpose: 'request_written_details',
    for: ['legal_action', 'criminal_threat'],
    text: {
      en: 'If any legal steps have been taken, please send me the official documents in writing, with the case number and the court.',
      'zh-Hans': '如果已经走法律程序，请以书面形式提供正式文件，包括案号和受理法院。',
      'zh-Hant': '如果已經進入法律程序，請以書面方式提供正式文件，包括案號和受理法院。',
    },
  },
  {
    id: 'request_written_details.amount',
    purpose: 'request_written_details',
    text: {
      en: 'Could you send me in writing how the {amount} is made up (principal, interest, fees), who the creditor is, and the official way to pay?',
      'zh-Hans': '麻烦以书面形式告诉我{amount}中本金、利息、费用各多少，债权方是谁，以及官方还款渠道。',
      'zh-Hant': '麻煩以書面方式告訴我{amount}當中本金、利息、費用各多少、債權人是誰，以及官方繳款管道。',
    },
  },
  {
    id: 'request_written_details.case',
    purpose: 'request_written_details',
    text: {
      en: 'Please send me the documents for reference {case} in writing, so I can check them before we talk further.',
      'zh-Hans': '请把编号{case}的相关文件以书面形式发给我，我核对后再和您沟通。',
      'zh-Hant': '請以書面方式提供編號{case}的相關文件，我核對後再跟您聯絡。',
    },
  },
  {
    id: 'request_written_details.general',
    purpose: 'request_written_details',
    text: {
      en: "Could you send me the details in writing: the amount with a breakdown, the creditor's name, and your company's name and contact details?",
      'zh-Hans': '麻烦以书面形式提供欠款明细、债权机构，以及贵公司的名称和联系方式。',
      'zh-Hant': '麻煩以書面方式提供欠款明細、債權機構，以及貴公司的名稱和聯絡方式。',
    },
  },
];
