import type { Situation } from '../types';

/** The agent cannot help: asking for someone who can. */
export const supervisor: Situation = {
  id: 'supervisor',
  title: { en: 'I want a supervisor', zh_CN: '我想找主管', zh_TW: '我想找主管' },
  short: { en: 'Supervisor', zh_CN: '找主管', zh_TW: '找主管' },
  guidance: {
    en: 'If the agent cannot help, asking for a supervisor is normal and polite. Keep your tone level and say briefly what you need.',
    zh_CN: '如果当前的工作人员帮不了您，要求主管处理是正常且礼貌的做法。语气保持平和，简要说明您的需要。',
    zh_TW: '如果目前的專員幫不上忙，請主管處理是正常也禮貌的做法。口氣保持平和，簡單說明您需要什麼。',
  },
  phrases: [
    {
      en: 'Thank you for your help. Could I speak with your supervisor, please?',
      zh_CN: '谢谢您的帮忙。可以请您的主管来和我谈吗？',
      zh_TW: '謝謝您的幫忙。可以請您的主管跟我談嗎？',
    },
    {
      en: 'It seems this is beyond what you can agree to. Who can make this decision?',
      zh_CN: '这件事看来超出了您的权限，请问谁可以做这个决定？',
      zh_TW: '這件事好像超出您的權限了，請問誰可以做這個決定？',
    },
    {
      en: "If a supervisor isn't available now, please ask them to call me back by [date].",
      zh_CN: '如果主管现在不方便，请让他在[日期]前给我回电。',
      zh_TW: '如果主管現在不方便，請他在[日期]前回電給我。',
    },
    {
      en: 'Please note in my file that I asked for a supervisor today.',
      zh_CN: '请在我的记录里注明：我今天要求过由主管处理。',
      zh_TW: '請在我的紀錄裡註明：我今天有要求主管處理。',
    },
    {
      en: 'Could you give me a reference number for this call?',
      zh_CN: '能给我这次通话的记录编号吗？',
      zh_TW: '可以給我這次通話的紀錄編號嗎？',
    },
  ],
  keywords: {
    en: ['manager', 'escalate', 'someone else', 'complaint'],
    zh_CN: ['经理', '领导', '上级', '升级处理', '换人'],
    zh_TW: ['經理', '上級', '換人', '客訴'],
  },
};
