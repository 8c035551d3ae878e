import type { Situation } from '../types';

/** Closing the conversation on your terms, kindly. */
export const ending: Situation = {
  id: 'ending',
  title: { en: 'Ending the call politely', zh_CN: '礼貌地结束通话', zh_TW: '禮貌地結束通話' },
  short: { en: 'Ending', zh_CN: '结束通话', zh_TW: '結束通話' },
  guidance: {
    en: 'You may end a call at any time. Sum up what was agreed, say when you will be in touch, and say goodbye.',
    zh_CN: '您随时可以结束通话。简要复述双方约定的内容，说明下次什么时候联系，然后道别。',
    zh_TW: '您隨時可以結束通話。簡單複述雙方約定的內容，說明下次什麼時候聯絡，然後道別。',
  },
  phrases: [
    {
      en: 'Thank you for your time. Let me repeat what we agreed, to make sure I have it right.',
      zh_CN: '谢谢您的时间。我复述一下我们约定的内容，确认我没有理解错。',
      zh_TW: '謝謝您的時間。我複述一下我們約定的內容，確認我沒有理解錯。',
    },
    {
      en: 'I need to go now. I will get back to you by [date].',
      zh_CN: '我现在得挂了，我会在[日期]前回复您。',
      zh_TW: '我現在得先掛了，我會在[日期]前回覆您。',
    },
    {
      en: 'Please send me a summary of this conversation in writing.',
      zh_CN: '请把这次沟通的要点以书面形式发给我。',
      zh_TW: '請把這次溝通的重點用書面寄給我。',
    },
    {
      en: "I'd prefer to continue by email or letter from now on.",
      zh_CN: '之后我希望通过邮件或信件继续沟通。',
      zh_TW: '之後我希望改用電子郵件或書信聯絡。',
    },
    {
      en: "I can't decide today. I'll think it over and contact you.",
      zh_CN: '我今天没法做决定，考虑之后会主动联系您。',
      zh_TW: '我今天沒辦法決定，考慮之後會主動跟您聯絡。',
    },
  ],
  keywords: {
    en: ['hang up', 'goodbye', 'finish', 'stop the call'],
    zh_CN: ['挂电话', '挂断', '再见', '结束'],
    zh_TW: ['掛電話', '掛斷', '再見', '結束'],
  },
};
