import type { ReplyTemplate } from '../template';

/** Replies that explain a hardship briefly and honestly. */
export const EXPLAIN_SITUATION: ReplyTemplate[] = [
  {
    id: 'explain_situation.deadline',
    purpose: 'explain_situation',
    for: ['deadline'],
    text: {
      en: "I won't be able to pay it all by {deadline}. I'd rather tell you honestly now, so we can agree on something realistic.",
      'zh-Hans': '{deadline}前我恐怕还不清全部款项，先如实跟您说明，希望一起商量一个可行的方案。',
      'zh-Hant': '{deadline}前我恐怕沒辦法全部繳清，先老實跟您說明，希望一起商量可行的方案。',
    },
  },
  {
    id: 'explain_situation.hardship',
    purpose: 'explain_situation',
    text: {
      en: "Money is very tight for me right now, but I'm not trying to avoid this. I want a way to pay that I can keep up with.",
      'zh-Hans': '我最近经济上确实比较困难，但没有想逃避，希望找到一个我能坚持下去的还款方式。',
      'zh-Hant': '我最近經濟上確實比較困難，但沒有要逃避，希望找到一個我負擔得起的還款方式。',
    },
  },
];
