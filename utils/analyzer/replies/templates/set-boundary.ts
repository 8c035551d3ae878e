import type { ReplyTemplate } from '../template';

/** Replies that keep the conversation within limits, firmly and without blame. */
export const SET_BOUNDARY: ReplyTemplate[] = [
  {
    id: 'set_boundary.safety',
    purpose: 'set_boundary',
    for: ['violence_threat'],
    text: {
      en: 'I will deal with this debt properly. Please do not talk about harming me or my family. I have saved this message, and if I feel unsafe I will call the police.',
      'zh-Hans': '这笔欠款我会正常处理。请不要再说涉及我和家人安全的话，这条信息我已保存，如感到不安全我会报警。',
      'zh-Hant': '這筆欠款我會好好處理。請不要再說涉及我和家人安全的話，這則訊息我已保存，如果覺得不安全，我會報警。',
    },
  },
  {
    id: 'set_boundary.payment_channel',
    purpose: 'set_boundary',
    for: ['scam_signal'],
    text: {
      en: "I will only pay through the lender's official app, website or company account, and I won't share card numbers, passwords or codes.",
      'zh-Hans': '我只通过贷款机构的官方APP、官网或对公账户还款，也不会提供卡号、密码或验证码。',
      'zh-Hant': '我只會透過貸款機構的官方App、官網或公司帳戶還款，也不會提供卡號、密碼或驗證碼。',
    },
  },
  {
    id: 'set_boundary.civil_matter',
    purpose: 'set_boundary',
    for: ['criminal_threat'],
    text: {
      en: "As I understand it, this is a debt matter, and I'm willing to work it out. Let's keep to the facts and the repayment options.",
      'zh-Hans': '据我了解，这是民事债务问题，我愿意协商解决，希望我们只谈事实和还款方案。',
      'zh-Hant': '據我了解，這是民事債務問題，我願意協商處理，希望我們就事實和還款方案來談。',
    },
  },
  {
    id: 'set_boundary.respect',
    purpose: 'set_boundary',
    for: ['abuse'],
    text: {
      en: "I want to resolve this and I'm happy to keep talking, as long as we both stay respectful. Please don't use insulting words.",
      'zh-Hans': '我愿意解决，也愿意继续沟通，但请您注意用语，不要使用侮辱性的话。',
      'zh-Hant': '我願意處理，也願意繼續溝通，但請您注意用詞，不要使用侮辱性的字眼。',
    },
  },
  {
    id: 'set_boundary.contact_channel',
    purpose: 'set_boundary',
    for: ['visit_threat', 'third_party_contact'],
    text: {
      en: 'Please contact me directly, by phone or in writing, at reasonable hours, and please do not come to my home or workplace.',
      'zh-Hans': '请在合理时间通过电话或书面方式直接联系我本人，请不要到我家里或单位上门。',
      'zh-Hant': '請在合理時段透過電話或書面方式直接聯絡我本人，也請不要到我家或公司找我。',
    },
  },
  {
    id: 'set_boundary.calm',
    purpose: 'set_boundary',
    text: {
      en: "I'm willing to work this out, and I'd ask that we keep our conversations calm and respectful.",
      'zh-Hans': '我愿意把这件事处理好，也希望我们的沟通保持平和、互相尊重。',
      'zh-Hant': '我願意把這件事處理好，也希望我們的溝通保持平和、彼此尊重。',
    },
  },
];
