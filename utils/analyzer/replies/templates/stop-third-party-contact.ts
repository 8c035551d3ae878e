import type { ReplyTemplate } from '../template';

/** Replies that ask the collector to leave family, friends and the employer out of it. */
export const STOP_THIRD_PARTY_CONTACT: ReplyTemplate[] = [
  {
    id: 'stop_third_party_contact.only_me',
    purpose: 'stop_third_party_contact',
    text: {
      en: 'Please contact only me about this debt, not my family, friends or employer. I am handling it, and you can reach me directly.',
      'zh-Hans': '这笔欠款请只联系我本人，不要再联系我的家人、朋友或单位。我会负责处理，有事直接找我。',
      'zh-Hant': '這筆欠款請只聯絡我本人，不要再聯絡我的家人、朋友或公司。我會負責處理，有事直接找我。',
    },
  },
  {
    id: 'stop_third_party_contact.workplace',
    purpose: 'stop_third_party_contact',
    text: {
      en: 'Please do not contact my workplace. You can reach me on this number or in writing, and I will reply.',
      'zh-Hans': '请不要联系我的工作单位，您可以通过这个号码或书面方式联系我，我会回复。',
      'zh-Hant': '請不要聯絡我的公司，您可以透過這個號碼或書面方式聯絡我，我會回覆。',
    },
  },
];
