import type { LabelRules } from './types';

/**
 * Names late fees, penalty interest, added charges or a growing balance. A fee that is
 * waived is still named (减免罚息, "we froze interest and charges"), so these rules are
 * not cancelled by a negation.
 */
export const FEE_OR_PENALTY: LabelRules = {
  label: 'fee_or_penalty',
  rules: [
    { id: 'fee_or_penalty.named', seq: ['罚息|罚金|违约金|滞纳金|逾期费|逾期费用|逾期利息|逾期管理费|迟延利息|延迟利息|延滞利息|迟还款费|迟缴费|复利|利滚利|罚款|催收费|律师费|诉讼费|讼费|程序费用|处理费|解冻费|保证金|行政费|手续费|违约费|附加费|逾期手续费|迟延费|违约利息|罚则|管理费|上门费|外访费|延滞金|延滞费|迟延金|延迟金|迟缴金|迟付费|滞纳费|逾期罚金|违约罚金|服务费|工本费|催收服务费|附加费用|额外收费|迟交费|逾期还款费|财务费用|堂费|诉讼费用|法庭费用|仲裁费|代理费|律师代理费|案件受理费|受理费|执行费|本金加各项费用|加各项费用|各项费用合计|辛苦费|好处费|拖车费|规费|诉讼保全费|担保金|解冻金|每日罚|每天罚|日罚|利叠利|息叠息|展期费|续期费|延期费|超限费|每日加#|每天加#|每日加收|每天加收|每天多收|每日多收|迟延履行期间|迟延履行金|迟延履行利息'], negatable: false, unlessAfter: '技术|咨询' },
    // 逾期金额 is the overdue sum itself, not a fee.
    { id: 'fee_or_penalty.overdue_money', seq: ['逾期金'], negatable: false, unlessBefore: '额' },
    { id: 'fee_or_penalty.interest_grows', seq: ['利息|罚息|费用|金额|欠款|债务|本息|interest', '滚紧|一路滚|一路涨|照滚|照算|照计|照收|照样滚|照样算|继续|持续|每天|每日|日日|天天|加紧|按日|按天|累加|会累计|在累计|上涨|增加|产生|滚动|在滚|越滚越|越来越多|不断|翻倍|一直涨|在涨|一天比一天|一天天'], gap: 6, negatable: false },
    // Interest counted by the day or month: 利息一天按两百算, 利息一日一千.
    { id: 'fee_or_penalty.interest_rate', seq: ['利息|罚息|利钱|贵利', '一天|一日|一个月|一周|一个礼拜|每个月|每周|每个礼拜'], gap: 2, negatable: false },
    // 本金加利息 is a sum (principal plus interest), not interest added.
    { id: 'fee_or_penalty.interest_added', seq: ['产生|多算|多计|计收|收取|加收|加|另计|另收|额外|更多|计算|计息|按日计|每天计|每日计|累计', '利息|罚息|费用|interest|fees|charges'], gap: 8, negatable: false, unlessAfter: '本金|本息|欠款|借款|本钱' },
    // A fee named for the service sold: 征信修复费, 撤案费, 通道费.
    { id: 'fee_or_penalty.service_fee', seq: ['清除|消档|删档|修复|撤案|撤诉|销案|疏通|通道|加急|审核|认证|激活|公证|注销|消除|删除|解除|涂销', '费|费用|规费'], gap: 1, negatable: false },
    // Costs put on the reader: 所涉一切费用概由阁下承担, 由此产生的费用由你负责.
    { id: 'fee_or_penalty.costs_borne', seq: ['费|费用|开支|开销|讼费|堂费|使费|一切损失|利息', '由|概由|均由|全由|全部由|须由|需由|将由|都由|一律由|要由|自行', '@you_zh|本人|欠款人|债务人|借款人', '承担|负担|负责|支付|缴付|出|俾|付|承付|赔偿'], gap: 4, negatable: false },
    { id: 'fee_or_penalty.bear_costs', seq: ['承担|负担|缴付|赔偿|自行承担|自负|须付|要付', '一切|所有|全部|相关|额外|由此产生的|所产生的|产生的|因此产生的', '费用|开支|讼费|律师费|诉讼费|成本|损失'], gap: 6, negatable: false },
    { id: 'fee_or_penalty.growing', seq: ['每天都在涨|每天都在滚|天天都在滚|日日都在滚|往上滚|越拖越亏|越滚越多|愈滚愈多|滚愈多|滚越多|愈拖愈多|越拖越贵|愈滚愈大|越来越多|每日增加|每天增加|利息照算|越拖越多|越欠越多|拖得越久|只会越来越|利息一直|雪球|一天比一天多|往上涨|继续涨|越滚越大|多一天的钱|多一天利息|每日再加|每天再加|每日仲加'], negatable: false, unlessBefore: '记录|纪录|越难|越麻烦|越严重|越糟|影响|不利|被动|难看|难办|糟糕|差' },
    // Charges added on top: 把后面加的那2,100多的费用抹掉.
    { id: 'fee_or_penalty.added_on', seq: ['后面加的|后来加的|额外加的|多加的|加上去的|多收的|加收的', '费用|利息|罚息|钱'], gap: 12, negatable: false },

    { id: 'fee_or_penalty.named_en', seq: ['more charges|further charges|any more charges|reconnection fee*|reconnect fee*|disconnection fee*|dishonour fee*|dishonor fee*|returned payment fee*|nsf fee*|late fee*|late charge*|late payment fee*|penalt*|over limit fee*|overlimit fee*|collection fee*|collection cost*|court cost*|legal cost*|legal fee*|attorney fee*|attorneys fee*|attorney\'s fee*|enforcement fee*|admin fee*|administration fee*|administrative fee*|processing fee*|default fee*|default charge*|returned payment fee*|interest and charges|fees and charges|fees and interest|additional charges|additional fees|extra charges|surcharge*|fines|compliance fee*|compliance stage|enforcement stage|bailiff fee*|bailiff cost*|bailiff charge*|handling fee*|service fee*|service charge*|statutory fee*|recovery fee*|recovery cost*|recovery charge*|trace fee*|tracing fee*|dishonour fee*|dishonor fee*|nsf fee*|returned check fee*|returned cheque fee*|reinstatement fee*|interest and costs|costs and interest|interest and fees|plus interest|for a fee|a fee of|statutory interest|contractual interest|default interest|penal interest|overdue interest|late interest|deletion fee*|removal fee*|late payment interest|default sum|interest or fees|interest or charges|fees or interest|charges or interest|including fees|incl. fees|incl fees|including costs|inclusive of fees|together with our costs|together with costs|plus our costs'], negatable: false },
    { id: 'fee_or_penalty.fees_named_en', seq: ['late|penalty|penal|daily|arrears|over limit|collection|legal|attorney|court|enforcement|admin|processing|additional|extra|added|default|bounce|bounced|dishonour*|dishonor*|extension|rollover|renewal|reactivation|finance|missed-payment|missed payment|returned-payment|non-payment|recovery|tracing|repossession|towing|storage', 'fee|fees|charge|charges|costs'], gap: 14, negatable: false },
    { id: 'fee_or_penalty.interest_grows_en', seq: ['interest|balance|debt|amount|fees|charges|total', 'keep running|keeps running|still running|gets bigger|get bigger|getting bigger|accru*|continues to|continue to|continuing to|keeps growing|keep growing|keeps going up|grow*|increas*|compound*|added|goes up|go up|climb*|rising|rise|rises|balloon*|mount*|pile up|piling up|piles up|piling on|piles on|pile on|grew|has grown|went up|gone up|snowball*|double*|will be added|being added|adding up|adds up|add up|keeps adding|keep adding'], gap: 20, negatable: false, acrossClauses: true },
    { id: 'fee_or_penalty.charged_daily_en', seq: ['charges|charge|fees|fee|interest', 'a day|per day|each day|daily|every day|a month|per month|each month|every month|a week|per week|each week|every week|weekly|a fortnight|per fortnight|every fortnight'], gap: 12, negatable: false },
    { id: 'fee_or_penalty.interest_frozen_en', seq: ['froze|frozen|freeze|stop|stopped|waive*|suspend*|added|adding|charged|charging|accru*|pause|paused|pausing|hold|halt|halted', 'interest|fees|charges'], gap: 8, negatable: false },
    // The noun first: "Interest is frozen while you keep to it", "late fees have been waived".
    { id: 'fee_or_penalty.interest_frozen_after_en', seq: ['interest|fees|charges', 'frozen|froze|waived|suspended|paused|stopped|on hold|halted|removed|cancelled|canceled|written off|taken off|refunded'], gap: 12, negatable: false },
    // Costs put on the reader: "all costs will be borne by you", "you will be liable for our costs".
    { id: 'fee_or_penalty.costs_borne_en', seq: ['liable for|responsible for|bear|borne|at your|added to', 'costs|the costs|all costs|our costs|expense|expenses|own cost'], gap: 14, negatable: false },
    // Costs with their sum or laid on the reader: "pay costs of £92", "fees of $35 have been added", "plus costs".
    { id: 'fee_or_penalty.costs_of_en', seq: ['costs|fees|charges', 'of #|of $#|of £#|of €#|of s$#|of hk$#|of a$#|of rm#|of rs. #|of rs #|of ksh #|of ₦#|of ₹#|totalling|totaling|amounting to'], gap: 2, negatable: false },
    { id: 'fee_or_penalty.pay_costs_en', seq: ['must pay|also pay|to pay|plus|incur*|be charged|could add|may add|will add|would add', 'costs|further costs|additional costs|extra costs|fees|further fees'], gap: 4 },
    { id: 'fee_or_penalty.costs_passed_on_en', seq: ['costs|expenses', 'borne by you|charged to you|added to your|passed on to you|payable by you|recovered from you|at your expense|claimed from you|sought from you|claimed against you'], gap: 32, negatable: false },
    // "每拖一天就多三百": each day late adds a sum.
    { id: 'fee_or_penalty.each_day_adds', seq: ['每拖一天|多拖一天|拖一天|每过一天|每迟一天|每晚一天', '多#|加#|涨#|多收|加收|多#块|多#元|多#蚊'], gap: 3, unlessBefore: '天|日|个|次|条|笔|记录' },
    // "晚一天加一百": each day late adds a sum.
    { id: 'fee_or_penalty.each_late_day_adds', seq: ['晚一天|迟一天|晚一日|迟一日|每晚一天|每迟一日'], unlessBefore: '都不行|也不行|都唔得|都不可以' },
    // "the interest is now $500 a week".
    { id: 'fee_or_penalty.interest_per_period_en', seq: ['interest|the interest|vig|juice', '$# a week|$# a day|# a week|# a day|# per week|# per day|#% a week|#% a day|#% per week|#% per month|#% a month'], gap: 6 },
    // "每多拖一天，账上就多出78块钱": the balance growing with each day.
    { id: 'fee_or_penalty.grows_each_day', seq: ['拖一日|拖一天|迟一日|迟一天|晚一日|晚一天|拖多一日|拖多一天|每多拖一天|每拖一天|多拖一天|每晚一天|每迟一天|每过一天|每多一天', '利息|罚息|滞纳金|多#块|多#元|多#蚊|多出|涨|增加|多收|滚'], gap: 6, negatable: false },
    // "你嗰筆數連利息已經滾到HK$86,000": interest rolled into the sum.
    // "上个月还是5000，今天已经滚到7300了", "上個月先欠一萬二，而家已經去到一萬六千三": the sum, grown.
    { id: 'fee_or_penalty.sum_grew', seq: ['从|由|上个月还是|上个月先欠|上个月系|之前是|本来是|原本是|原来是|借的时候是|当初借', '#|#元|#块|#万|#千|#蚊', '滚到|涨到|变成|去到|已经去到|已经变成|已经滚到|已经涨到|而家系|现在是|现在已经|而家已经'], gap: 12, negatable: false },
    // "Your RM800 already become RM2,000", "u owe 2k, now become 3.5k", "now total RM4500 with interest".
    { id: 'fee_or_penalty.sum_became_en', seq: ['#|$#|rm#|£#|#k|$#k', 'already become|now become|now became|become|became|already became|now total|now come to|now is', '#|$#|rm#|£#|#k|$#k'], gap: 14, acrossClauses: true, negatable: false },
    // "Now total RM4500 with interest": the sum with interest grown into it.
    { id: 'fee_or_penalty.now_with_interest_en', seq: ['now total|total now|now is|is now|now', '#|$#|rm#|£#|#k|$#k', 'with interest|including interest|after interest|plus interest'], gap: 3, negatable: false },
    // The debt itself grown by interest, no interest named: "已经滚到1.3万了", "滾到八萬二".
    { id: 'fee_or_penalty.debt_rolled_up', seq: ['已经滚到|现在滚到|都滚到|已滚到|滚到了|已经滚成|都滚成|滚咗去|滚咗到|已经滚咗'], negatable: false },
    // Costs put on the reader in plain words: "拖吊費、保管費通通算你的".
    { id: 'fee_or_penalty.costs_on_you', seq: ['费|费用|开支|利息|罚息', '算你的|算你头上|算在你头上|记你头上|记在你头上|你来出|你自己出|你自己承担|你来承担|你埋单|你买单|你来付|你自己付'], gap: 4, negatable: false },
    // A sum added per period: "e dey add ₦1,500 every day", "adds $10 each day".
    { id: 'fee_or_penalty.sum_added_per_period_en', seq: ['add|adds|adding|added|plus|another|extra', '₦#|$#|£#|€#|rm#|₹#|ksh#|ksh #|php#|₱#|#', 'every day|each day|daily|a day|per day|every week|each week|a week|per week|every month|each month|per month'], gap: 2, negatable: false },
    { id: 'fee_or_penalty.interest_daily', seq: ['逐日计息|按日计息|每日计息|日日计息|每天计息|逐日计利息|持续计息|继续计息|照常计息|仍计息|仍然计息|照样计息'], negatable: false },
    { id: 'fee_or_penalty.rolled_up', seq: ['利息|罚息|滞纳金|连利息|利滚利|连本带利|连本带息|利叠利', '滚到|滚成|滚咗|涨到|变成|已经滚|现在是|叠到|叠成|叠咗|变咗|去到|翻到'], gap: 8, negatable: false },
    // "Your debt $2,400 interest now $3,100", "Interest jump already, now RM4,500".
    { id: 'fee_or_penalty.interest_now_en', seq: ['interest', 'now|jump*|jumped|gone up|went up|increased|climbing|piling up|added'], gap: 3, unlessBefore: 'frozen|stopped|waived|paused|free|0%|removed|suspended' },
    // "another $39 in charges was added this month".
    { id: 'fee_or_penalty.charges_added_en', seq: ['$#|£#|€#|rm#|₹#|# in', 'in charges|in fees|in late fees|in interest|in penalties|charges|fees'], gap: 1, unlessBefore: 'waived|refunded|removed|reversed|credited|back' },
    // "Your balance has grown to $3,870 because of daily interest".
    { id: 'fee_or_penalty.balance_grew_en', seq: ['the number climbs|the number keeps climbing|the balance climbs|the debt climbs|the number gets bigger|the number keeps growing|the number grows|the number goes up|the debt gets bigger|the bill gets bigger|because of daily interest|due to daily interest|has grown to|stops it climbing|stop it climbing|keeps climbing|keep climbing|grows every day|grows every single day|growing every day|grows each day|grows daily|goes up every day|grows by the day'] },
    // "your RM3,000 now with interest become RM4,500", "(one-time $5 fee)".
    { id: 'fee_or_penalty.with_interest_en', seq: ['with interest|plus interest|after interest', 'jadi|sudah|become|becomes|now|is now|already|come to|comes to|it\'s now|its now|it is now'], gap: 2 },
    // "Every day you wait, another $25 goes on the balance".
    { id: 'fee_or_penalty.sum_goes_on_en', seq: ['another $#|another £#|another €#|another rm#|an extra $#|an extra £#|an extra €#|extra $#|extra £#|additional $#|additional £#', 'goes on|going on|gets added|get added|added on|on top|goes onto|on your balance|on the balance|onto your balance|onto the balance'], gap: 4, negatable: false },
    // "You've got until the 28th before any fee kicks in": a fee about to be added.
    { id: 'fee_or_penalty.fee_kicks_in_en', seq: ['fee|fees|charge|charges|penalty|penalties|late fee|late fees', 'kicks in|kick in|kicking in|kicked in'], gap: 2, negatable: false },
    { id: 'fee_or_penalty.sum_fee_en', seq: ['$# fee|£# fee|€# fee|$# late fee|£# late fee|rm# fee|$# charge|£# charge'], unlessBefore: 'off|-off' },
  ],
};
