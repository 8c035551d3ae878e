import type { Situation } from '../types';

/** The agent is rude, loud or pushy. */
export const aggressive: Situation = {
  id: 'aggressive',
  title: { en: 'They are aggressive', zh_CN: '对方态度很凶', zh_TW: '對方口氣很兇' },
  short: { en: 'Aggressive', zh_CN: '对方很凶', zh_TW: '對方很兇' },
  guidance: {
    en: 'Stay polite and slow. You do not have to match their tone: say what you want, and steer back to solutions.',
    zh_CN: '保持礼貌，放慢语速。不必跟着对方的情绪走，说清楚您想要什么，把话题拉回到解决办法上。',
    zh_TW: '保持禮貌，放慢說話速度。不用跟著對方的情緒走，說清楚您要什麼，把話題拉回解決方法。',
  },
  phrases: [
    {
      en: 'I want to resolve this, and I can do that best if we keep the conversation calm.',
      zh_CN: '我是想解决问题的，我们心平气和地谈，效果会更好。',
      zh_TW: '我是真心想解決問題，我們心平氣和地談，會比較有幫助。',
    },
    {
      en: "Please don't raise your voice. I'm listening, and I'd like to talk about options.",
      zh_CN: '请不要提高音量，我在认真听，也想和您谈谈有哪些方案。',
      zh_TW: '請不要提高音量，我有在聽，也想和您談談有哪些方案。',
    },
    {
      en: "Let's focus on what we can do next. What options are available to me?",
      zh_CN: '我们先说接下来能怎么做吧。我现在有哪些可选的方案？',
      zh_TW: '我們先談接下來可以怎麼做。我現在有哪些方案可以選？',
    },
    {
      en: 'I understand you need to collect this payment. I also need a plan I can actually keep.',
      zh_CN: '我理解您需要催收这笔款项，我也需要一个自己真正做得到的方案。',
      zh_TW: '我理解您的工作是要收回這筆款項，我也需要一個自己真的做得到的方案。',
    },
    {
      en: "If we can't speak respectfully, I will end this call and contact your company in writing.",
      zh_CN: '如果不能好好沟通，我会先挂断，之后通过书面方式联系贵公司。',
      zh_TW: '如果沒辦法好好溝通，我會先結束通話，之後用書面方式聯絡貴公司。',
    },
  ],
  keywords: {
    en: ['rude', 'shouting', 'yelling', 'angry', 'harass', 'pressure'],
    zh_CN: ['骂人', '吼', '凶', '骚扰', '施压', '态度差'],
    zh_TW: ['罵人', '吼', '兇', '騷擾', '施壓', '態度差'],
  },
};
