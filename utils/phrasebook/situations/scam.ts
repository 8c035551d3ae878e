import type { Situation } from '../types';

/** The caller may not be the lender or a real collector at all. */
export const scam: Situation = {
  id: 'scam',
  title: { en: 'I think this is a scam', zh_CN: '我怀疑是诈骗', zh_TW: '我懷疑是詐騙' },
  short: { en: 'Scam?', zh_CN: '是诈骗吗', zh_TW: '是詐騙嗎' },
  guidance: {
    en: 'Never share codes, passwords or card numbers, and never pay a personal account, QR code, gift card or crypto wallet. Hang up and call the lender on a number you already know.',
    zh_CN: '不要提供验证码、密码或卡号，也不要向个人账户、二维码、礼品卡或虚拟货币钱包付款。挂断后，用您自己知道的官方号码联系贷款机构核实。',
    zh_TW: '不要提供驗證碼、密碼或卡號，也不要付款到個人帳戶、QR code、禮物卡或加密貨幣錢包。掛斷後，用您自己查到的官方電話聯絡貸款機構確認。',
  },
  phrases: [
    {
      en: 'Before we discuss anything, please give me your full name, your company and a number I can check.',
      zh_CN: '在谈任何事之前，请告诉我您的全名、公司名称和一个我可以核实的电话。',
      zh_TW: '在談任何事之前，請告訴我您的全名、公司名稱和一個我可以查證的電話。',
    },
    {
      en: 'I will call the lender back on the number in my contract.',
      zh_CN: '我会按合同上的电话回拨给贷款机构核实。',
      zh_TW: '我會打合約上的電話回撥給貸款機構確認。',
    },
    {
      en: "Please send me a written notice with the creditor's name, the amount and my right to dispute it.",
      zh_CN: '请寄一份书面通知给我，写明债权人名称、欠款金额以及我提出异议的权利。',
      zh_TW: '請寄一份書面通知給我，寫明債權人名稱、欠款金額，以及我提出異議的權利。',
    },
    {
      en: "I don't share verification codes or passwords by phone or chat.",
      zh_CN: '我不会通过电话或聊天提供验证码和密码。',
      zh_TW: '我不會透過電話或聊天提供驗證碼和密碼。',
    },
    {
      en: "I will only pay through the lender's official channels, never to a personal account.",
      zh_CN: '我只会通过贷款机构的官方渠道还款，不会转到个人账户。',
      zh_TW: '我只會透過貸款機構的官方管道還款，不會匯到個人帳戶。',
    },
  ],
  keywords: {
    en: ['fraud', 'fake', 'verify', 'suspicious', 'gift card', 'crypto', 'screen sharing', 'debt relief'],
    zh_CN: ['骗局', '假冒', '核实', '屏幕共享', '停息挂账', '征信修复', '反催收'],
    zh_TW: ['騙局', '假冒', '查證', '螢幕分享', '代辦', '債務協商代辦'],
  },
};
