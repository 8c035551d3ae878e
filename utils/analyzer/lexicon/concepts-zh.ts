import type { Concepts } from './types';

/** Every owner word joined with every noun: 你同事, 您的领导… */
function yours(owners: readonly string[], nouns: readonly string[]): string[] {
  return owners.flatMap((o) => nouns.map((n) => o + n));
}

/** Every time joined with every limit word: 3月10日前, 24小时内… */
function limited(times: readonly string[], limits: readonly string[]): string[] {
  return times.flatMap((t) => limits.map((l) => t + l));
}

const DATES_ZH = [
  '#年#月#日', '#年#月#号', '#月#日', '#月#号', '#日', '#号', '#点', '#点半', '#时', '#', '周#', '星期#', '礼拜#', '星期日', '星期天', '周日', '礼拜日',
  '月底', '月末', '月中', '年底', '下班', '中午', '晚上', '今天', '今日', '今晚', '明天', '明日', '听日', '听晚', '后天', '本周', '这周', '下周', '本月',
  '这个月', '下个月', '今个月', '下月', '本周#', '这周#', '下周#', '下礼拜#', '这礼拜#',
];
const DURATIONS_ZH = ['#日', '#天', '#小时', '#个小时', '#个钟', '#个工作日', '#个礼拜', '#周', '#个月', '#分钟', '今天', '今日', '本周', '这周', '本月', '这个月'];

/**
 * Chinese term lists that several rules share, written in Simplified (Traditional
 * messages are folded to Simplified before matching) with common Cantonese forms.
 */
export const CONCEPTS_ZH: Concepts = {
  you_zh: ['你', '您', '你的', '您的', '你们', '您们', '你哋', '你嘅', '妳', '阁下', '台端', '其'],
  family_zh: [
    '家人', '家里人', '屋企人', '家属', '全家', '一家', '父母', '爸妈', '爸爸', '妈妈', '老爸', '老妈', '阿爸', '阿妈', '老豆', '老母',
    '母亲', '父亲', '老婆', '老公', '妻子', '丈夫', '雇主', '媳妇', '太太', '儿子', '女儿', '孩子', '小孩', '子女', '仔女', '个仔', '个女',
    '亲戚', '亲属', '亲友', '亲人', '亲朋', '哥哥', '姐姐', '家姐', '弟弟', '妹妹', '细佬', '爷爷', '奶奶', '外公', '外婆',
    '岳父', '岳母', '公婆', '男朋友', '女朋友', '对象', '老人家',
  ],
  /** Unambiguous people and circles around the reader. */
  social_zh: [
    '邻居', '街坊', '里长', '村里人', '村里', '村民', '身边的人', '亲朋好友', '通讯录', '紧急联系人', '联络人', '担保人', '朋友圈', '微信群',
    '所在单位', '工作单位', '人事部门', '人事部', '贵司', '贵公司', '全公司', '全单位', '公司群',
  ],
  /** People and places that only count when they are the reader's: 你同事, not 我们同事. */
  yours_zh: yours(
    ['你', '您', '你的', '您的', '你们', '您们', '你哋', '你嘅', '妳', '其'],
    ['同事', '工友', '领导', '上司', '老板', '老细', '主管', '经理', '人事', '财务', '公司', '单位', '厂', '厂里', '老总', '公司领导', '单位领导',
      '同学', '朋友', '好友', '邻居', '公司同事', '公司财务', '公司人事', '客户', '合伙人'],
  ),
  third_party_zh: ['@family_zh', '@social_zh', '@yours_zh'],
  contact_verb_zh: [
    '联系', '联络', '通知', '告知', '告诉', '转告', '打电话', '打给', '打去', '打过去', '打咗', '打过', '打到', '电话给', '致电', '发给', '发到',
    '发短信', '发信息', '发消息', '群发', '发送', '寄给', '寄到', '问过', '问问', '询问', '聊聊', '聊一聊', '沟通', '谈谈',
    '倾吓', '倾下', '讲讲', '说说', '讲清楚', '说清楚', '讲明白', '说明白', '讲吓', '讲下', '交代', '曝光', '爆', '通报', '知会', '打俾', '打畀',
  ],
  /** Words that say a sum is being paid back. */
  pay_zh: [
    '还款', '还钱', '还清', '还上', '还了', '还掉', '还入', '还一下', '还数', '缴款', '缴清', '缴纳', '缴付', '缴交', '补缴', '归还', '清偿',
    '清还', '偿还', '结清', '存入', '转入', '汇款', '付款', '俾钱', '入返', '入钱', '找数', '交钱', '还债', '付清', 'settle', 'transfer', 'pay', 'repay', '埋单',
  ],
  /** Words for "today" and other near, fixed times. */
  near_time_zh: ['今天', '今日', '今晚', '今早', '今个月', '这个月', '本月', '这周', '本周', '这礼拜', '明天', '明日', '听日', '明早', '听朝', '后天', '周末'],
  /** Dates and clock times: 3月10日, 18:00, 周五, 月底. */
  date_zh: DATES_ZH,
  /** A span of time counted from now: 3日, 24小时, 七个工作日. */
  duration_zh: DURATIONS_ZH,
  /** A time limit: 3月10日前, 今天之内, 24小时内. */
  time_limit_zh: [...limited(DATES_ZH, ['前', '之前', '以前', '或之前', '或以前', '为止']), ...limited(DURATIONS_ZH, ['内', '之内', '以内'])],
  /** "We know", "we found out": how a threat shows the reader is being watched. */
  know_zh: ['都知道', '都清楚', '一清二楚', '都查到', '查到了', '都查过', '都有数', '我们知道', '我哋知道', '我哋都知', '找得到', '都找到', '都能找到', '都搵到', '搵得到', '都摸清', '摸清楚', '都晓得', '清清楚楚'],
  /** Places where the reader lives or works. */
  home_work_zh: [
    '你家', '您家', '你家里', '你屋企', '屋企', '府上', '家门口', '你家楼下', '住处', '住所', '住址', '居住地', '户籍地', '户籍地址', '老家', '家里',
    '你公司', '您公司', '你们公司', '你单位', '您单位', '你们单位', '工作单位', '你上班的地方', '上班的地方', '你厂里', '厂里',
    '公司楼下', '公司门口', '你小区', '村里',
  ],
};
