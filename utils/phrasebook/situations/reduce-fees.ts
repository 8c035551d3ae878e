import type { Situation } from '../types';

/** Asking for fees or interest to be waived or lowered. */
export const reduceFees: Situation = {
  id: 'reduce-fees',
  title: { en: 'I want fees or interest reduced', zh_CN: '我想减免费用或利息', zh_TW: '我想減免費用或利息' },
  short: { en: 'Lower fees', zh_CN: '减免费用', zh_TW: '減免費用' },
  guidance: {
    en: 'Reductions are sometimes possible with proof of hardship and steady contact. Ask calmly, offer documents, and get any agreement in writing.',
    zh_CN: '提供困难证明并保持沟通，有时可以争取到减免。平静地提出请求，主动提供材料，任何约定都要书面确认。',
    zh_TW: '提供困難證明並持續溝通，有時可以爭取到減免。平靜地提出請求，主動提供資料，任何約定都要書面確認。',
  },
  phrases: [
    {
      en: "I'm committed to repaying the principal. Could you waive the late fees?",
      zh_CN: '我会努力还清本金，能否减免逾期产生的罚息和费用？',
      zh_TW: '我會努力還清本金，可以減免逾期產生的違約金和費用嗎？',
    },
    {
      en: 'Given my situation, is a lower interest rate possible?',
      zh_CN: '考虑到我目前的情况，利率能不能适当降低？',
      zh_TW: '考量到我目前的狀況，利率有沒有可能調降？',
    },
    {
      en: 'I can send proof of my income and expenses. Who should I send it to?',
      zh_CN: '我可以提供收入和支出的证明材料，请问应该发给谁？',
      zh_TW: '我可以提供收入和支出的證明文件，請問要寄給誰？',
    },
    {
      en: 'Could you give me a breakdown of the principal, the interest and each fee?',
      zh_CN: '能否给我一份明细，分别列出本金、利息和各项费用？',
      zh_TW: '可以給我一份明細，分別列出本金、利息和各項費用嗎？',
    },
    {
      en: 'If a reduction is agreed, please confirm it in writing before I pay.',
      zh_CN: '如果同意减免，请在我付款前以书面形式确认。',
      zh_TW: '如果同意減免，請在我付款前用書面確認。',
    },
  ],
  keywords: {
    en: ['waive', 'discount', 'penalty', 'hardship', 'settlement'],
    zh_CN: ['减免', '罚息', '违约金', '停息', '困难'],
    zh_TW: ['減免', '違約金', '罰息', '停息', '困難'],
  },
};
