import type { LabelRules } from './types';

const BEFORE_ZH = '前|之前|以前|或之前|或以前';
const WITHIN_ZH = '内|之内|以内';

/** Sets a time limit or an ultimatum. */
export const DEADLINE: LabelRules = {
  label: 'deadline',
  rules: [
    { id: 'deadline.time_limit', seq: ['@time_limit_zh'], negatable: false },
    { id: 'deadline.before_date_mixed', seq: ['@date_en', BEFORE_ZH], gap: 0, negatable: false },
    { id: 'deadline.within', seq: ['最后#小时|最后#天', WITHIN_ZH], gap: 0, negatable: false },
    { id: 'deadline.ultimatum', seq: ['最后通知|最后通牒|最后一次|最后机会|最后期限|最后警告|最后的机会|最后#小时|最后#天|限期|限时|只限|截止|期限|有效期至|有效期到|有效期为|过期作废|逾期作废|否则方案作废|方案作废|在此之前|文到|收到本通知|收到本函|下班前|今天之内|今日之内|今天内|今日内|死线|最后还款通知'], negatable: false },
    { id: 'deadline.extended_to', seq: ['延期到|延后到|延至|宽限到|宽限至|延长到|推迟到|延到|给你到|等你到', '@date_zh'], gap: 4, negatable: false },
    { id: 'deadline.today_or_else', seq: ['@near_time_zh', '不给个说法|不给说法|不给个交代|不给交代|联络不到|联系不到|联系不上|联络不上|还返|再不还|再不|不还|不处理|唔还|不结清|还不上|先还|先缴|先付|先交|把钱|还钱|还款|还清|结清|俾钱|入返|入钱|过数|转账|settle|还上|转到|转入|唔出现|不出现|不露面|不回电|不联系|不接电话|不回复|唔覆|唔听电话'], gap: 4, notInQuestion: true, unlessBefore: '证明|日|计划|方案' },
    { id: 'deadline.today_hand_over', seq: ['@near_time_zh', '把|将', '转到|转入|存入|还了|还上|还清|结清|打到|汇到|补上'], gap: 12, notInQuestion: true },
    { id: 'deadline.hours_left', seq: ['给你|只有|还有|剩下|仅剩|只剩', '#小时|#个小时|#天|#日|#分钟'], gap: 2, negatable: false },

    { id: 'deadline.by_date_en', seq: ['by|before|until|no later than|not later than|due by|prior to|on or before|expires|expiring|ends|valid until|valid through|good until|deadline', '@date_en'], gap: 6, negatable: false },
    { id: 'deadline.within_en', seq: ['within|in the next|in|inside of', '@duration_en'], gap: 2, negatable: false },
    { id: 'deadline.you_have_en', seq: ['you have|you got|you only have|you have only|you have just|only', '@duration_en|until|till'], gap: 3, negatable: false },
    { id: 'deadline.ultimatum_en', seq: ['final notice|final warning|last warning|last chance|final demand|final reminder|ultimatum|last notice|final opportunity|expires|deadline|time is running out|running out of time|offer ends|no more extensions|no further extensions|today only|only today|this week only|only valid|one time offer'], negatable: false },
    { id: 'deadline.today_en', seq: ['@pay_en|send it|clear|resolve|sort out|resolved|settled|paid|taken care of|cleared|clears|goes through|contact us|call us|respond|reply|hear from you|in full|agree|set up|arrange|schedule', 'today|tonight|by tomorrow|tomorrow|this evening|this afternoon|end of day|by end of|this week|this weekend|this month'], gap: 40, notInQuestion: true, unlessAfter: 'can be|could be|will be|can|could|may' },
    { id: 'deadline.time_or_else_en', seq: ['today|tonight|tomorrow|this week', "unless|if the debt|if the balance|if payment|if you don't|if you do not|if it is not|if it isn't|if this is not|if this isn't"], gap: 2, notInQuestion: true, negatable: false },
    { id: 'deadline.today_only_en', seq: ['today|tonight|this week|this month', 'if you|only if|as long as|provided|only'], gap: 2, negatable: false },
  ],
};
