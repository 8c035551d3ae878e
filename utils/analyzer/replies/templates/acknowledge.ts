import type { ReplyTemplate } from '../template';

/** Replies that confirm the message arrived and that the reader means to deal with it. */
export const ACKNOWLEDGE: ReplyTemplate[] = [
  {
    id: 'acknowledge.amount',
    purpose: 'acknowledge',
    text: {
      en: 'Thank you. I see the amount you mention is {amount}. I will check it, and I want to sort this out.',
      'zh-Hans': '您好，收到。您提到的金额是{amount}，我核对一下，也希望尽快处理好。',
      'zh-Hant': '您好，收到了。您提到的金額是{amount}，我核對一下，也希望盡快處理好。',
    },
  },
  {
    id: 'acknowledge.received',
    purpose: 'acknowledge',
    text: {
      en: 'Thank you for your message. I have received it, and I want to sort this out.',
      'zh-Hans': '您好，信息收到了，我也希望把这件事处理好。',
      'zh-Hant': '您好，訊息收到了，我也希望把這件事處理好。',
    },
  },
];
