import { describe, expect, it } from 'vitest';
import { findDeadlines } from '../../../../utils/analyzer/entities';
import { toLocalIso } from '../../../../utils/analyzer/entities/calendar';

// Wednesday 6 March 2024, 10:00 in the machine's time zone: expectations are local too.
const NOW = new Date(2024, 2, 6, 10, 0);
const local = (month: number, day: number, hour = 23, minute = 59, second = hour === 23 && minute === 59 ? 59 : 0) =>
  toLocalIso(new Date(2024, month - 1, day, hour, minute, second));
const fromNow = (hours: number) => toLocalIso(new Date(NOW.getTime() + hours * 3_600_000));

describe('findDeadlines', () => {
  it.each([
    ['请于今天18点前还款', '今天18点前', local(3, 6, 18, 0)],
    ['今日下午六點前請繳清', '今日下午六點前', local(3, 6, 18, 0)],
    ['今天下班前回电', '今天下班前', local(3, 6, 18, 0)],
    ['今晚12点前还上', '今晚12点前', local(3, 7, 0, 0)],
    ['明天必须处理', '明天', local(3, 7)],
    ['聽日中午前俾錢', '聽日中午前', local(3, 7, 12, 0)],
    ['后天再不还就起诉', '后天', local(3, 8)],
    ['後天之前繳清', '後天之前', local(3, 8)],
    ['请在3天内联系我们', '3天内', fromNow(72)],
    ['請於三日內清償', '三日內', fromNow(72)],
    ['24小时内结清', '24小时内', fromNow(24)],
    ['给你最后2小时', '最后2小时', fromNow(2)],
    ['本周五前来电协商', '本周五前', local(3, 8)],
    ['下禮拜三之前處理', '下禮拜三之前', local(3, 13)],
    ['下周一我们再联系', '下周一', local(3, 11)],
    ['月底前还清', '月底前', local(3, 31)],
    ['這個月底前繳清', '這個月底前', local(3, 31)],
    ['优惠期限至本月25日止', '本月25日止', local(3, 25)],
    ['请于3月10日前还款', '3月10日前', local(3, 10)],
    ['请于2024年3月10日前还款', '2024年3月10日前', local(3, 10)],
    ['可以延期到下个月15号', '下个月15号', local(4, 15)],
    ['繳款截止日為4/15', '4/15', local(4, 15)],
    ['请在2024/06/30前一次性结清', '2024/06/30前', local(6, 30)],
    ['Please pay by 2024-03-15.', 'by 2024-03-15', local(3, 15)],
    ['Pay no later than Friday 6 pm.', 'no later than Friday 6 pm', local(3, 8, 18, 0)],
    ['Please pay within 24 hours.', 'within 24 hours', fromNow(24)],
    ['Pay by Friday or we escalate.', 'by Friday', local(3, 8)],
    ['Pay by 5pm today.', 'by 5pm today', local(3, 6, 17, 0)],
    ['We need payment by March 10.', 'by March 10', local(3, 10)],
    ['The account closes in 3 days.', 'in 3 days', fromNow(72)],
    ['If you do not pay by 5:00 p.m. Friday, we file.', 'by 5:00 p.m. Friday', local(3, 8, 17, 0)],
    ['Pay $486.00 by 5 PM EST tomorrow.', 'by 5 PM EST tomorrow', local(3, 7, 17, 0)],
    ['Respond within 10 business days.', 'within 10 business days', toLocalIso(new Date(2024, 2, 20, 10, 0))],
    ['Unless it is resolved within thirty (30) days of this letter, we will file.', 'within thirty (30) days', fromNow(30 * 24)],
    ['You have fourteen days to respond.', 'have fourteen days', fromNow(14 * 24)],
    ['Please pay by 5/10.', 'by 5/10', local(5, 10)],
    ['You must pay by 18 May 2024.', 'by 18 May 2024', local(5, 18)],
    ['I can give you until the 20th.', 'until the 20th', local(3, 20)],
    ['請在 this Friday 前處理', 'this Friday', local(3, 8)],
  ])('%s', (text, expectedText, at) => {
    const deadlines = findDeadlines(text, NOW);
    expect(deadlines.map((d) => [d.text, d.at])).toEqual([[expectedText, at]]);
    expect(text.slice(deadlines[0]!.start, deadlines[0]!.end)).toBe(expectedText);
    expect(deadlines[0]!.spans).toEqual([{ start: deadlines[0]!.start, end: deadlines[0]!.end }]);
  });

  it.each([
    ['an "as of" date', '截至2024年2月29日，您已逾期97天。'],
    ['"as of today"', '截止今天你已逾期45天。'],
    ['the day a loan was taken out', '您于2023年5月12日申请的贷款已逾期。'],
    ['the time of a past purchase', '您的卡于03月01日14:22消费USD 89.99'],
    ['a date in the past in English', 'Thank you for speaking with us on 4 March.'],
    ['opening hours', 'Lines are open Monday to Friday, 8am-8pm.'],
    ['a length of a sentence', 'You could face up to 12 months in jail.'],
    ['a count of calls today', '这是我们今天第五次联系您了。'],
    ['the surname 周', '我是贷后部周经理，周转困难可以说。'],
    ['days already overdue', '已逾期97天，逾期3个月'],
  ])('finds no limit in %s', (_what, text) => {
    expect(findDeadlines(text, NOW)).toEqual([]);
  });

  it('keeps a limit it cannot place in time, without `at`', () => {
    const [deadline] = findDeadlines('请在逾期60天内完成申请', NOW);
    expect(deadline?.text).toBe('60天内');
    expect(deadline?.at).toBeUndefined();
  });

  it('reads a date without a year as the coming one, or one just passed', () => {
    expect(findDeadlines('请于10月5日前缴纳', NOW)[0]?.at).toBe(local(10, 5));
    expect(findDeadlines('到期还款日为3月1日', NOW)[0]?.at).toBe(local(3, 1));
  });

  it('finds each limit of a longer notice in reading order', () => {
    const text = '今天先还两千，剩下的本周五18:00前还清，否则月底前起诉。';
    expect(findDeadlines(text, NOW).map((d) => d.text)).toEqual(['今天', '本周五18:00前', '月底前']);
  });
});
