import type { Situation } from '../types';

/** The collector reached relatives, friends or the workplace. */
export const familyEmployer: Situation = {
  id: 'family-employer',
  title: { en: 'They contacted my family or employer', zh_CN: '他们联系了我的家人或单位', zh_TW: '他們聯絡了我的家人或公司' },
  short: { en: 'Family or work', zh_CN: '家人或单位', zh_TW: '家人或公司' },
  guidance: {
    en: 'In many places collectors may not discuss your debt with other people. Ask them to contact only you, and note who was contacted and when.',
    zh_CN: '在很多地方，催收方不得向无关的人透露您的欠款。请对方只联系您本人，并记下他们联系了谁、在什么时候。',
    zh_TW: '在很多地方，催收方不可以向不相關的人透露您的欠款。請對方只聯絡您本人，並記下他們聯絡了誰、是什麼時候。',
  },
  phrases: [
    {
      en: 'Please contact only me about this debt, not my family, friends or employer.',
      zh_CN: '这笔欠款的事请只联系我本人，不要联系我的家人、朋友或单位。',
      zh_TW: '這筆欠款的事請只聯絡我本人，不要聯絡我的家人、朋友或公司。',
    },
    {
      en: 'Please tell me who you contacted, on what date, and what you told them.',
      zh_CN: '请告诉我你们联系了谁、是哪天联系的、说了什么。',
      zh_TW: '請告訴我你們聯絡了誰、是哪一天、說了什麼。',
    },
    {
      en: 'My family is not responsible for this debt. Please stop calling them.',
      zh_CN: '我的家人不承担这笔债务，请不要再给他们打电话。',
      zh_TW: '我的家人不需要為這筆債務負責，請不要再打給他們。',
    },
    {
      en: 'Please do not contact me at work. You can reach me at [phone or email].',
      zh_CN: '请不要打到我的单位找我，您可以通过[电话或邮箱]联系我。',
      zh_TW: '請不要打到我公司找我，您可以透過[電話或電子郵件]聯絡我。',
    },
    {
      en: 'If this happens again, I will make a formal complaint.',
      zh_CN: '如果再发生这种情况，我会正式投诉。',
      zh_TW: '如果再發生這種情況，我會正式提出申訴。',
    },
  ],
  keywords: {
    en: ['relatives', 'parents', 'friends', 'boss', 'work', 'colleagues', 'third party', 'contacts'],
    zh_CN: ['父母', '亲戚', '朋友', '同事', '领导', '通讯录', '爆通讯录', '第三方'],
    zh_TW: ['父母', '親戚', '朋友', '同事', '老闆', '通訊錄', '第三人'],
  },
};
