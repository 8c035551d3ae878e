import type { ReplyTemplate } from '../template';

/** Replies that ask, politely, to speak with someone more senior. */
export const REQUEST_SUPERVISOR: ReplyTemplate[] = [
  {
    id: 'request_supervisor.ask',
    purpose: 'request_supervisor',
    text: {
      en: "I'd like to speak with your supervisor, please. Could you put me through, or give me their name and how to reach them?",
      'zh-Hans': '麻烦帮我转接您的主管，或告诉我主管的姓名和联系方式，谢谢。',
      'zh-Hant': '麻煩幫我轉接您的主管，或告訴我主管的姓名和聯絡方式，謝謝。',
    },
  },
];
