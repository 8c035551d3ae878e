import type { Situation } from '../types';

/** Threats of court, police or arrest. */
export const legalThreat: Situation = {
  id: 'legal-threat',
  title: { en: 'They threaten a lawsuit or arrest', zh_CN: '对方威胁起诉或抓人', zh_TW: '對方威脅要告我或抓我' },
  short: { en: 'Legal threats', zh_CN: '威胁起诉', zh_TW: '威脅提告' },
  guidance: {
    en: 'Unpaid consumer debt is usually a civil matter, not a crime. Ask for any legal action in writing, and do not pay just because you feel scared.',
    zh_CN: '一般的消费欠款通常属于民事纠纷，不是刑事犯罪。请对方把法律行动书面告知您，不要因为害怕就马上付款。',
    zh_TW: '一般的消費欠款通常屬於民事糾紛，不是刑事犯罪。請對方把法律行動用書面通知您，不要因為害怕就馬上付款。',
  },
  phrases: [
    {
      en: 'If you are starting legal action, please send me the details in writing.',
      zh_CN: '如果你们要走法律程序，请把相关材料以书面形式寄给我。',
      zh_TW: '如果你們要走法律程序，請把相關文件用書面寄給我。',
    },
    {
      en: 'Which court is it, and what is the case number?',
      zh_CN: '请问是哪个法院，案号是多少？',
      zh_TW: '請問是哪一個法院？案號是多少？',
    },
    {
      en: 'I want to resolve this without going to court. What options do I have?',
      zh_CN: '我希望不走到诉讼这一步就解决，我有哪些选择？',
      zh_TW: '我希望不用上法院就能解決，我有哪些選擇？',
    },
    {
      en: "Please don't tell me I will be arrested. I'm noting what you said and when.",
      zh_CN: '请不要说要抓我这样的话。您刚才说的内容和时间我都记下来了。',
      zh_TW: '請不要說要抓我這種話。您剛才說的內容和時間我都記下來了。',
    },
    {
      en: "Threats won't help us reach an agreement. Let's talk about a plan instead.",
      zh_CN: '威胁解决不了问题，我们还是谈谈还款方案吧。',
      zh_TW: '威脅沒辦法幫我們達成共識，我們還是談談還款方案吧。',
    },
  ],
  keywords: {
    en: ['sue', 'court', 'police', 'jail', 'prison', 'lawyer', 'legal'],
    zh_CN: ['起诉', '法院', '坐牢', '报警', '律师函', '立案', '上门'],
    zh_TW: ['提告', '法院', '坐牢', '報警', '存證信函', '律師函', '強制執行'],
  },
};
