import type { ReplyTemplate } from '../template';

/** Replies that say, calmly, that the conversation is being recorded and written down. */
export const RECORD_KEEPING: ReplyTemplate[] = [
  {
    id: 'record_keeping.agent',
    purpose: 'record_keeping',
    text: {
      en: "For my records, I've noted your name or ID ({agent}), the time of this contact and what was said.",
      'zh-Hans': '为了留存记录，我已记下您的姓名或工号（{agent}）、这次联系的时间和内容。',
      'zh-Hant': '為了留存紀錄，我已記下您的姓名或員工編號（{agent}）、這次聯絡的時間和內容。',
    },
  },
  {
    id: 'record_keeping.notes',
    purpose: 'record_keeping',
    text: {
      en: "Just so you know, I'm recording our calls and keeping our messages, with the date, the time and what was said.",
      'zh-Hans': '跟您说一下，我们每次通话和信息的时间、内容，我都会录音或记录保存。',
      'zh-Hant': '跟您說一聲，我們每次通話和訊息的時間、內容，我都會錄音或記錄保存。',
    },
  },
];
