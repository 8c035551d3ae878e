import type { Currency } from '../types';

/**
 * How messages name money. `dollar` ($, dollars) and `yuan` (元, 块) are shared by several
 * places: the message's region decides them (see region.ts).
 */
export type MoneyMark = Currency | 'dollar' | 'yuan' | 'other';

/** Written before the number: `HK$15,800`, `人民币30,000元`, `USD 89.99`. */
export const CURRENCY_BEFORE: Readonly<Record<string, MoneyMark>> = {
  'US$': 'USD',
  'HK$': 'HKD',
  'NT$': 'TWD',
  $: 'dollar',
  '¥': 'CNY',
  '£': 'GBP',
  '€': 'EUR',
  RMB: 'CNY',
  CNY: 'CNY',
  USD: 'USD',
  HKD: 'HKD',
  TWD: 'TWD',
  NTD: 'TWD',
  GBP: 'GBP',
  EUR: 'EUR',
  人民币: 'CNY',
  人民幣: 'CNY',
  港币: 'HKD',
  港幣: 'HKD',
  港元: 'HKD',
  新台币: 'TWD',
  新台幣: 'TWD',
  台币: 'TWD',
  台幣: 'TWD',
  美元: 'USD',
  美金: 'USD',
  // Sums in currencies the contract does not name still count, with no currency.
  'S$': 'other',
  SGD: 'other',
  RM: 'other',
  MYR: 'other',
  'A$': 'other',
  AUD: 'other',
  'C$': 'other',
  CAD: 'other',
  '₹': 'other',
  'Rs.': 'other',
  Rs: 'other',
  INR: 'other',
  '₱': 'other',
  Php: 'other',
  PHP: 'other',
  KES: 'other',
  KSh: 'other',
  '₦': 'other',
  NGN: 'other',
  '₵': 'other',
  GHS: 'other',
  ZAR: 'other',
};

/**
 * Single letters that stand for a currency only before grouped thousands: `N80,000` (naira),
 * `P7,850` (pesos), `R3,480` (rand). Before a bare number they are too often a code or a page.
 */
export const LETTER_CURRENCIES = 'NPR';

/** Written after the number: `380块`, `500蚊`, `20 pounds`, `89.99 USD`. */
export const CURRENCY_AFTER: Readonly<Record<string, MoneyMark>> = {
  元: 'yuan',
  圆: 'yuan',
  圓: 'yuan',
  块: 'yuan',
  塊: 'yuan',
  块钱: 'yuan',
  塊錢: 'yuan',
  蚊: 'HKD',
  港元: 'HKD',
  港币: 'HKD',
  港幣: 'HKD',
  人民币: 'CNY',
  人民幣: 'CNY',
  新台币: 'TWD',
  新台幣: 'TWD',
  台币: 'TWD',
  台幣: 'TWD',
  美元: 'USD',
  美金: 'USD',
  英镑: 'GBP',
  英鎊: 'GBP',
  欧元: 'EUR',
  歐元: 'EUR',
  RMB: 'CNY',
  CNY: 'CNY',
  USD: 'USD',
  HKD: 'HKD',
  TWD: 'TWD',
  NTD: 'TWD',
  GBP: 'GBP',
  EUR: 'EUR',
  dollars: 'dollar',
  dollar: 'dollar',
  bucks: 'dollar',
  pounds: 'GBP',
  pound: 'GBP',
  quid: 'GBP',
  euros: 'EUR',
  euro: 'EUR',
  新币: 'other',
  新幣: 'other',
  令吉: 'other',
  澳元: 'other',
  加元: 'other',
  ringgit: 'other',
  // "1500 cash by sunday".
  cash: 'other',
  naira: 'other',
  shillings: 'other',
  bob: 'other',
  pesos: 'other',
  peso: 'other',
  rupees: 'other',
  cedis: 'other',
  KES: 'other',
  KSh: 'other',
};

/** After 块 these make 一块 mean "together" (一块去, 一块儿), not one yuan. */
export const NOT_MONEY_AFTER_KUAI = '儿兒去走玩吃住来來';

/**
 * Words that count things other than money: a written-out number followed by one of these
 * (两千人, 三百天, 一万步) is a count, not a sum.
 */
export const COUNTERS = [
  '人', '个', '個', '位', '名', '次', '条', '條', '天', '日', '年', '月', '期', '张', '張', '件', '份',
  '家', '户', '戶', '辆', '輛', '步', '米', '公里', '斤', '克', '吨', '噸', '字', '号', '號', '岁', '歲',
  '小时', '小時', '分钟', '分鐘', '秒', '遍', '倍', '台', '部', '间', '間', '所', '股', '笔', '筆', '单',
  '單', '页', '頁', '项', '項', '点', '點', '分', '多', '余', '餘', '来', '來', '%', '‰',
  'days', 'day', 'hours', 'hrs', 'weeks', 'months', 'years', 'times', 'minutes', 'mins', 'people', 'calls', 'messages', 'texts',
];

/**
 * Words of paying, owing and owed sums: a bare number right after one (先还5000, 转你1500,
 * 本金5000, 合计：6200) is a sum. One filler may sit between the word and the number.
 */
export const MONEY_WORDS = [
  '还', '還', '转', '轉', '付', '欠', '交', '缴', '繳', '借', '借出', '差', '补', '補', '凑', '湊',
  '本金', '利息', '罚息', '罰息', '违约金', '違約金', '滞纳金', '滯納金', '手续费', '手續費', '费用', '費用',
  '欠款', '金额', '金額', '合计', '合計', '共计', '共計', '总计', '總計', '总共', '總共', '一共', '总额', '總額',
  '余额', '餘額', '本息', '尚欠', '每人', '一人', '人均', '费', '費', '涨到', '漲到', '涨至', '漲至', '涨', '漲', '最低', '房租', '租金',
  '还清', '還清', '结清', '結清', '付清', '缴清', '繳清', '还完', '還完', '把', '垫', '墊', '那笔', '那筆', '这笔', '這筆', '滚到', '滾到',
  // Instalments and charges by the period, deductions and overdue sums: 每期800, 每天加50, 扣了6200, 逾期的1500.
  '每期', '每月', '每個月', '每个月', '每周', '每週', '扣', '加', '逾期',
  // Goods owed for, shares of a bill, what can be found, what a sum has grown to, the first instalment: 货款 46800, 每人摊128, 只能拿出800, 已经是4870, 多出800, 第一期1200, 剩下那1600.
  '货款', '貨款', '摊', '攤', '拿出', '拿得出', '凑出', '湊出', '已经是', '已經是', '现在是', '現在是', '多出', '第一期', '首期', '剩下那', '剩下的', '我们这', '我們這',
  'owe ', 'owes ', 'owed ', 'owing ', 'took ', 'took the ', 'collected ', 'owe me ', 'owe us ', 'owe me the ', 'pay ', 'pay the ', 'pay me ', 'pay us ', 'pay me the ', 'pay us the ',
  'pay back the ', 'paid ', 'clear the ', 'settle the ', 'send the ', 'borrowed ', 'borrowed the ', 'balance of ', 'total of ', 'sum of ', 'send me ', 'send me the ', 'venmo me ',
  'venmo me the ', 'zelle me ', 'zelle me the ', 'pay your ', 'clear your ', 'settle your ', 'lend me ', 'lend me the ', 'lending me the ', 'lent me ',
  'lent me the ', 'lent you ', 'lent you the ', 'spot me ', 'borrow ', 'bring the ', 'now become ', 'become ',
];
export const MONEY_WORD_FILLERS = [':', '为', '為', '是', '约', '約', '共', '了', '你', '我', '他', '她', '款', '的', '个', '個', '那', '你那', '我那', '那个', '那個', '的那', '才', '大概', '大约', '大約', '你的', '只要', '只需'];

/** Before a sum, these mark it as the same sum written out again in words (大写：壹万贰仟元整). */
export const RESTATEMENT_MARKS = ['大写', '大寫'];
