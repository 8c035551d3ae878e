import { describe, expect, it } from 'vitest';
import { findAmounts } from '../../../../utils/analyzer/entities';
import type { Currency } from '../../../../utils/analyzer/types';

const read = (text: string) => findAmounts(text).map((a) => [a.value, a.currency] as [number, Currency | null]);

describe('findAmounts', () => {
  it.each<[string, [number, Currency | null][]]>([
    ['您本期欠款人民币12,345.67元，请尽快处理。', [[12345.67, 'CNY']]],
    ['你欠的一千五百元到底什么时候还？', [[1500, 'CNY']]],
    // Bare grouped thousands, then a time or "not paid": a sum, in English too.
    ['You have dodged us. 2,150 by Friday or else.', [[2150, null]]],
    ['Your photos go out if 3,800 not paid.', [[3800, null]]],
    // A sum split into instalments, and what someone can find each month.
    ['可以把剩下的6,300分成9期', [[6300, 'CNY']]],
    ['我每个月只能拿出600', [[600, 'CNY']]],
    ['目前欠款总额3.5万元，另有罚息860元。', [[35000, 'CNY'], [860, 'CNY']]],
    ['两万三的账，今天必须结清。', [[23000, 'CNY']]],
    ['一万二先还一半', [[12000, 'CNY']]],
    // Spoken sums: 萬二 is 一萬二; a count said straight after one (三萬二一年) is not part of it.
    ['去第二間財務借返萬二出嚟', [[12000, 'HKD']]],
    ['你欠咗三萬二一年都唔還', [[32000, 'HKD']]],
    ['两万零五百元', [[20500, 'CNY']]],
    ['从合作平台借出12000先把这笔还上', [[12000, 'CNY']]],
    ['就差五百块了', [[500, 'CNY']]],
    ['还款金额：壹仟元整', [[1000, 'CNY']]],
    ['你欠我们的2w什么时候给？', [[20000, 'CNY']]],
    ['先还8k，剩下下个月', [[8000, 'CNY']]],
    ['今天先还5000，剩下的转你1500', [[5000, 'CNY'], [1500, 'CNY']]],
    ['账户余额 ¥8,960，请处理', [[8960, 'CNY']]],
    ['本金5000，利息合计：620，总共5620左右', [[5000, 'CNY'], [620, 'CNY'], [5620, 'CNY']]],
    ['欠款金额：RMB 12,000.00（大写：壹万贰仟元整）', [[12000, 'CNY']]],
    ['您尚欠兩萬三千元，請盡快繳納。', [[23000, 'TWD']]],
    ['本期應繳NT$3,000，最低應繳新台幣1,000元。', [[3000, 'TWD'], [1000, 'TWD']]],
    ['這個月的帳單$2,500請記得繳。', [[2500, 'TWD']]],
    ['你仲欠我哋$3,000，聽日還清。', [[3000, 'HKD']]],
    ['欠款500蚊都唔還？', [[500, 'HKD']]],
    ['尚欠港幣4萬5千元及利息HK$1,200.50', [[45000, 'HKD'], [1200.5, 'HKD']]],
    ['Your balance of $1,240.50 is past due.', [[1240.5, 'USD']]],
    ['You owe US$300 plus a $25 fee.', [[300, 'USD'], [25, 'USD']]],
    ['Arrears of £85.20 and €40 in charges.', [[85.2, 'GBP'], [40, 'EUR']]],
    ['A charge of USD 89.99 and 300 dollars more.', [[89.99, 'USD'], [300, 'USD']]],
    ['Just send 20 pounds today.', [[20, 'GBP']]],
    ['Settle the $5k balance now.', [[5000, 'USD']]],
    ['Your loan of N80,000 plus late charges of N12,400 remains unpaid.', [[80000, null], [12400, null]]],
    ['Total due P7,850 incl penalty.', [[7850, null]]],
    ['Your loan of KSh 2,300, a penalty of KES 50 per day, and 7,200 bob.', [[2300, null], [50, null], [7200, null]]],
    ['pay your 23,500 naira o', [[23500, null]]],
    ['Tell her to pay the 6,000 otherwise we share it.', [[6000, null]]],
    ['Pay the 12k today.', [[12000, null]]],
    ['hey can u venmo me the 40 for the tix', [[40, null]]],
    ['1500 cash by sunday.', [[1500, null]]],
    ['You owe Ray 2 grand. Your call.', [[2000, null]]],
    ['今天下午5点前还清8200，不把2300打过来就等着。', [[8200, 'CNY'], [2300, 'CNY']]],
    ['上个月借你那500周末转我，最低800也行，每天还在涨200的罚息。', [[500, 'CNY'], [800, 'CNY'], [200, 'CNY']]],
    ['剩余6,400元分成8期，每期800，每天加50的逾期费，工资扣了6200。', [[6400, 'CNY'], [800, 'CNY'], [50, 'CNY'], [6200, 'CNY']]],
    ['逾期的1500今天交了，每人大概120', [[1500, 'CNY'], [120, 'CNY']]],
    ['Pay your 5k before we visit. R3,480 in arrears.', [[5000, null], [3480, null]]],
    ['can u spot me 20 till friday', [[20, null]]],
    ['货款 46800 到现在还没结，每人摊128，现在已经是4870了，剩下那1600转我，手续费只要800', [[46800, 'CNY'], [128, 'CNY'], [4870, 'CNY'], [1600, 'CNY'], [800, 'CNY']]],
    ['Bring the 15k today. You borrow 2k already 3 weeks, now become 2.6k.', [[15000, null], [2000, null], [2600, null]]],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    ['card tails, days overdue, rates and percentages', '您的信用卡（尾号0417）已逾期97天，按日收取万分之五的利息，年化24%，日息0.05%。'],
    ['dates, phone numbers and case numbers', '请于2024年3月10日前回电021-6088 3172，案件号AJ20240310。'],
    ['times, phones, dates and references in English', 'Call 1-888-555-0142 by 5:00 pm on 03/15. Reference #44871-22, 12 months.'],
    ['ordinals and counts', '第一期已逾期，这是第3次提醒，你通讯录218个人一个一个打。'],
    ['words built on numerals', '千万不要逃避，万一影响征信就麻烦了，两个月了。'],
    ['large counts of people and steps', '两千人都知道了，一万步'],
    ['一块 meaning together', '我们一块去吃饭'],
    ['a service number after 拨打', '请拨打95588'],
    ['a lone letter before a bare number', 'Form N12 and page P45, plan B 3000 miles'],
    ['an extension written with spaces', '请回电 0571-8629 3310 转 206，工号 A1187'],
    ['a flat number', '你租的那个502我们已经找到了'],
    ['counts and days after words of instalments and charges', '逾期30天，每期12个月，加2个人，每周3次，每月15号，加10分钟，每月25日扣款，扣12分'],
    ['days paid over', 'You paid 30 days late and owe me 3 times.'],
    ['grand as a word', 'A grand total of 3 grandchildren.'],
    ['scores and minutes', '考试得了95分，等了15分钟'],
    ['grouped thousands that count people, whatever time follows', 'We have 1,200 customers by now, and 3,400 members today.'],
  ])('finds no sum in %s', (_what, text) => {
    expect(findAmounts(text)).toEqual([]);
  });

  it('keeps every sum, repeats included', () => {
    expect(read('先转五百块，再转五百块')).toEqual([
      [500, 'CNY'],
      [500, 'CNY'],
    ]);
  });

  it('gives spans into the original text, full-width digits and emoji included', () => {
    const text = '😊您好，欠款１２，０００元，另加￥３５０';
    const amounts = findAmounts(text);
    expect(amounts.map((a) => a.value)).toEqual([12000, 350]);
    for (const amount of amounts) {
      expect(text.slice(amount.spans[0]!.start, amount.spans[0]!.end)).toBe(amount.text);
    }
    expect(amounts[0]!.text).toBe('１２，０００元');
    expect(amounts[1]!.text).toBe('￥３５０');
  });
});
