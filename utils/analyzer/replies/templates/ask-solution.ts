import type { ReplyTemplate } from '../template';

/** Replies that ask what can be done: instalments, more time, lower fees. */
export const ASK_SOLUTION: ReplyTemplate[] = [
  {
    id: 'ask_solution.fees',
    purpose: 'ask_solution',
    for: ['fee_or_penalty'],
    text: {
      en: 'If I agree to a repayment plan, could the late fees and penalty interest be reduced or waived?',
      'zh-Hans': '如果我按计划还款，请问罚息和滞纳金能不能减免？',
      'zh-Hant': '如果我依照計畫還款，請問違約金和延遲利息能不能減免？',
    },
  },
  {
    id: 'ask_solution.instalments',
    purpose: 'ask_solution',
    text: {
      en: 'Could we set up an instalment plan? Please tell me what options there are, such as smaller monthly payments or more time.',
      'zh-Hans': '请问可以申请分期还款吗？麻烦告诉我有哪些方案，比如降低月还款额或延长期限。',
      'zh-Hant': '請問可以申請分期付款嗎？麻煩告訴我有哪些方案，例如降低每月還款金額或延長期限。',
    },
  },
];
