import type { Cue } from './types';

/**
 * Evidence that a message is about an overdue debt. A message must speak of money or to
 * the reader at all (the required cue); then each cue counts once, and a message is
 * collection when the cues found, with the tactics found (see collection.ts), reach the
 * threshold there. These cues say a debt is late, owed or being chased; what only looks
 * like collection is in look-alike-cues.ts.
 */
// Lateness still to come, as a bill warns of it: "to keep your account from becoming overdue".
const NOT_YET_EN = 'becoming|become|becomes|getting|going|falling|fall|falls';

export const COLLECTION_CUES: readonly Cue[] = [
  {
    id: 'collection.about_money',
    weight: 0,
    required: true,
    // Money, or the reader addressed: news, gossip and service visits are neither.
    // Mentions count even when denied: "still no payment" is about money.
    negatable: false,
    seq: [
      "你|阁下|台端|you|your|ur|钱|欠|还款|还钱|还清|不还|唔还|没还|未还|冇还|还不|紧急联系人|担保人|装死|玩失踪|拉黑|躲债|借|贷|债|款|账|卡|费|息|元|块|万|金额|逾期|催收|收数|走数|找数|还数|笔数|银行|财务|信用|征信|分期|涉嫌|诈骗|欺诈|诈欺|清还|全数|过数|入数|结清|清偿|偿还|缴|交钱|business matter|personal matter|money|owe|owed|owes|owing|pay|paid|paying|payment*|pmt|debt*|loan*|balance|account*|acct|bill|bills|credit|card|$#|£#|€#|hk$#|nt$#|dollars|funds|arrears|collection*|fraud|steal*|stole|theft|default*|overdraft|mortgage|rent|installment*|instalment*|invoice|iou|yours|#k|#w",
    ],
  },
  // Bills say what happens "if overdue" (逾期将加收滞纳金): only a plain statement counts,
  // and the forms the next cue lists (已逾期, 逾期记录…) count there, once.
  { id: 'collection.overdue_plain', weight: 3, seq: ['逾期'], unlessAfter: '任何|无任何|如|若|如果|如有|倘若|一旦|以免|避免|防止|免得|不会|已', unlessBefore: '将|后|未|不|则|者|的话|会|就|了|#天|#日|#个月|#期|记录|信息|状态|款|账单|的' },
  { id: 'collection.overdue', weight: 3, seq: ['已经超期|已超期|超期#天|超期#日|超期了|账单已经过期|账单已过期|账单过期|晚缴#期|迟缴#期|晚交#期|晚了#期|欠了#期|#期贷款未供|#期未供|#期未还|#期未缴|#期没还|#期冇供|已逾期|逾期了|逾期#天|逾期#日|逾期#个月|逾期#期|逾期未还|逾期未缴|逾期未处理|逾期记录|逾期信息|逾期状态|逾期款|逾期账单|逾期的|拖欠|欠款|欠钱|欠债|欠的钱|欠下|所欠|积欠|尚欠|欠账|卡债|卡数|卡啲数|晚缴#天|晚缴了#天|已经晚缴|已晚缴|迟缴#天|晚还#天|还差着呢|还欠着|未还|还没还|没有还|未缴|还没缴|未缴纳|没缴|迟缴|迟还|延迟缴纳|延迟还款|晚了|迟了|仲未入返|未入|走数|追讨|债权|呆账|坏账|透支|逃废债|欠|拖了|拖着|一直拖|拖延|拖下去|再拖|笔数|烂账|老赖|还不上|还不起|不还钱|唔还|再不还|还钱|打不打算还|还不还|还唔还|到底还不还|仲未供|未供|冇供|断供|断咗供|供唔到|供唔切|嗰期仲未|流当|过了期满日|已过期满|逾期未赎|#期未付|#期没付|#期没交|#期未交'], unlessAfter: '任何|拖|以免|避免|防止|免得|不会|不要|防|无|暂无|并无|没有|冇|未有|不存在' },
  { id: 'collection.your_debt', weight: 3, seq: ['你|阁下|台端|你哋|贵司员工|其', '借款|欠款|账单|信用卡|贷款|账户|卡债|款项|网贷|欠的钱|笔数|供款|这期|分期|信贷|私人贷款|合同|车贷|房贷', '逾期|已逾期|未还|拖欠|未缴|没还|没缴|还没|仲未|迟了|晚了|延迟'], gap: 4 },
  // "你欠钱不还", "钱不还，出了什么事别怪我们": the unpaid debt named outright.
  { id: 'collection.money_unpaid', weight: 3, seq: ['欠钱不还|借钱不还|欠债不还|欠款不还|钱不还|钱还不还|欠钱唔还|借钱唔还|钱唔还|唔还钱|不还钱|欠钱不给|欠着不还|拖着不还|赖着不还'] },
  // "你要是一直不还": the reader keeps not paying (not a friend who "一直不还" me).
  // The sender's own sum to be paid back, even inside a loan pitch: "你先借出来把我们这笔4600还上".
  { id: 'collection.repay_ours', weight: 5, seq: ['把我们这笔|把我们的这笔|把我们这单|把我们公司这笔|把我们平台这笔|把我哋呢笔', '还上|还清|结清|平掉|补上|还返|还了'], gap: 8, unlessBefore: '了|啦|咗|的|过' },
  { id: 'collection.you_keep_not_paying', weight: 3, seq: ['你|你哋', '一直不还|一直没还|一直唔还|总是不还|一直拖着不还'], gap: 8 },
  // "If we don't hear from you by the 30th this gets reported": silence, then consequences.
  { id: 'collection.if_silent_then', weight: 2, seq: ["if we don't hear from you|if we do not hear from you|unless we hear from you|if you don't respond|if you do not respond|if you don't get in touch|if you ignore this", 'report*|solicitor*|legal|court|collection*|agency|bureau*|experian|equifax|transunion|lawyer*|attorney*'], gap: 40, negatable: false },
  // Fake "account cancellation" and "wrong instalment setting" scams pose as collection.
  { id: 'collection.fake_cancellation', weight: 3, seq: ['校园贷|学生账户|校园账户|大学期间开通|大学时开通|系统错误|误设|被设定为|设定为', '注销|未注销|没注销|清空|清零|分期|扣款|会员'], gap: 12 },
  // "受银行委托处理您的债务", "想同你倾下你嗰笔还款": the reader's own debt, spoken of by whoever holds it.
  { id: 'collection.your_debt_matter', weight: 2, seq: ['你|你哋|你嗰|你的', '债务|欠款|欠债|嗰笔还款|那笔还款|嗰笔钱|账款|卡债|卡数'], gap: 2, unlessBefore: '咨询|问题解答|优化|重组服务|规划' },
  // "关于您在我司的账户有重要事项需要与您本人确认": the vague summons of a collection call.
  { id: 'collection.important_matter', weight: 3, seq: ['重要事项|重要事宜|紧急事项|important matter|time-sensitive matter', '核对|核实|本人|确认|回电|致电|call|contact|return'], gap: 20 },
  // A collector's stock phrases: "an important personal business matter", "failure to resolve this account".
  { id: 'collection.collector_phrases_en', weight: 3, seq: ['original creditor|original lender|final notice|attachment of earnings|earnings order|garnishment order|good faith on the account|show good faith|good faith payment|it\'s about the money|about the money you owe|about the money from|important personal business matter|important business matter|personal business matter|failure to resolve this|failing to resolve this|to resolve this account|resolve this debt|this is an attempt to collect'] },
  // "the £430 that's left": what remains of a debt.
  { id: 'collection.balance_left_en', weight: 2, seq: ["spread what's left|split what's left|that's left|that is left|left to pay|left owing|still owing|still owed|remaining balance|the remainder"] },
  // "I'm trying to reach you about your account": the collector's voicemail.
  { id: 'collection.reach_you_about_account', weight: 3, seq: ['trying to reach you|trying to get hold of you|trying to contact you|been trying to reach you|tried to reach you', 'about your account|regarding your account|about your balance|regarding your balance|about your loan|about an account|regarding an account'], gap: 4 },
  // "您这个月的还款还没有到账": a payment that has not come in.
  { id: 'collection.payment_not_in', weight: 3, seq: ['尚未收到款项|尚未收到您的款项|仍未收到款项|未收到款项|尚未收到还款|尚未收到付款|尚未收到阁下|还款还没有到账|还款还没到账|款项还没到账|还款未到账|还没有收到您的还款|没有收到您的还款|未收到您的还款|还款尚未到账|尚未入账|还未入账|未见入账|还没看到入账|没看到入账|还没看到入帐|没看到入帐|未看到入账|还没见到入账|没见到入账|未见到入账|还没看到款项|至今仍未收到|至今未收到|至今尚未收到'] },
  // Interest paused is something only a creditor does to a debt.
  { id: 'collection.interest_paused', weight: 1, seq: ['暂停计息|停止计息|暂停收息|停止收息|freeze interest|pause interest|stop the interest|interest freeze'] },
  // "你答应月底还的4500呢？", "you promised $150 by the 1st": a promise to pay, broken.
  { id: 'collection.broken_promise', weight: 3, seq: ['你答应|你上次说|你说过|说会在|说好|you promised|you said you would|you agreed to pay|as promised|promised to pay|you promised to', '打过来|转过来|处理|会处理|还|缴款|转|pay|还款|到账|入帐|settle|send'], gap: 8 },
  // "您的2.6万欠款", "your $4,600 balance": the reader's own debt, with its sum.
  { id: 'collection.your_sum_owed', weight: 1, seq: ['你的|your', '$#|£#|€#|#万|#元|#|#k', '欠款|欠的钱|借款|balance|debt|arrears|loan'], gap: 2 },
  { id: 'collection.chasing', weight: 2, seq: ["third time i'm|3rd time i'm|third time calling|third time i am|third call|third time this week|second time this week|third time i've|third message|3rd time|circling back|gentle nudge|friendly nudge|chasing up|催了好几次|催了几次|催过好几次|催了很多次|催了几遍|催了好多次|isn't going away|is not going away|won't go away|not going away|get hold of you|unable to reach you|been trying to reach|tried to reach you|tried to contact you|unable to contact you|can't reach you|haven't heard from you|联系不上你|联系不到你|电话不接|不接电话|信息不回|躲着|躲起来|装死|换了号"] },
  { id: 'collection.cannot_pay', weight: 2, seq: ["明白你最近手头紧|知道你最近手头紧|明白你手头紧|理解你手头紧|知道你手头紧|了解你最近手头紧|losing your job|lost your job|your job loss|冇能力还|没能力还|无力还款|无力偿还|还唔起|没钱还|冇钱还|还款困难|还款有困难|can't afford|cannot afford|unable to pay|struggling to pay|can't pay"] },
  // "我这边是天诚资产的小吴", "我是平台的协商专员": who is calling says what it is about.
  { id: 'collection.collector_intro', weight: 1, seq: ['我是|我这边是|这边是|我系|我们是|这里是|我哋系', '财务公司|财务的|追收|追数|账务处理|催收公司|协商专员|调解员|结清专员|资产的|资产公司|资产管理|法务部|贷后|催收|律所|律师事务所|收数'], gap: 10 },
  { id: 'collection.collector', weight: 1, seq: ['催收|收数|贷后|催收部|贷后部|收数部|催收员|委托催收|催收公司|资产管理|债务处理|大耳窿|财务公司|debt collector|collections team|collection agency|recovery team'] },
  { id: 'collection.repayment_talk', weight: 2, seq: ['倾下点还|倾吓点还|谈谈怎么还|商量下怎么还|商量一下怎么还|前置协商|债务协商方案|个别协商|协商还款|商量还款|商量个还款|商量一下还款|谈谈还款|协商分期|债务协商|还款协商|个性化分期|停息挂账|债务重组|还款安排|还款计划|实际困难|剩余部分|延期还款|减免利息|减免部分|分#期还|repayment plan|payment arrangement|hardship|payment plan|work out a plan|set up a plan|plan together|payment schedule|repayment schedule|还款假期|forgive the rest|rest of the balance|remaining balance will be|lump sum|# payments of|willing to accept'] },
  { id: 'collection.overdue_word_en', weight: 2, seq: ['overdue|past due|passed due|past do|passed do|is passed|delinquen*|unpaid'] },
  { id: 'collection.overdue_en', weight: 3, seq: ["failed due to insufficient funds|declined due to insufficient funds|returned due to insufficient funds|bounced due to insufficient funds|returned unpaid|payment still missing|still missing|payment is missing|payment missing|# days past due|# days overdue|# weeks past due|# weeks overdue|# months past due|# months overdue|weeks behind|paying back the|pay me back|when you paying|when u paying|when are you paying|when r u paying|repayments have slipped|payments have slipped|have slipped since|has slipped since|months behind|payments behind|registered a default|default against your account|late mark|late marker|default marker|hasn't come through|has not come through|ignore us|you ignore|as a defaulter|listed as defaulter|get your account current|getting your account current|bring your account current|bringing your account current|your outstanding with|outstanding with us|ur outstanding|arrears|delinquen*|in default|default notice|defaulted|unpaid|owe|owes|owed|owing|outstanding balance|outstanding account|outstanding debt|outstanding amount|loan default|default records|default record|missed payment*|missed your|missed a payment|days late|weeks late|months late|is late|been late|behind on|fallen behind|was due|were due|late fee*|late charge*|haven't received|have not received|no payment|recovery|charge off|charged off|this debt|the debt|# debt|borrowed|pay it back|can't pay|bounced|attempt to collect|collections|collection activity|collection action|collection efforts|# outstanding|amount outstanding|balance outstanding|still outstanding|remains outstanding|outstanding on your|dodging|avoiding us|ignoring us|ignoring our|ignored our|didn't go through|did not go through|was declined|was returned|payment failed|failed payment|haven't paid|have not paid|didn't pay|did not pay|not paid|over its limit|over the limit|over your limit|failed to make|failed to pay|still waiting on|still waiting for|waiting on that|waiting on your payment|patience is wearing|my patience|didn't come through|did not come through|never came through|you promised|promised to pay|broke your promise|broken promise|remaining balance|balance remaining|balance owing"], unlessAfter: 'avoid|prevent|to avoid|before it|avoid a|avoid any|avoid the|avoid a $#|avoid a £#|avoid a €#',
    // A card declined at a shop's checkout is not a missed repayment.
    unlessBefore: 'for your order|for your purchase|for the order|for the purchase|at checkout' },
  // A collection fee charged is a debt being chased: "A 25% collection fee has been added".
  // Not a fee schedule's "a collection fee may be charged if…".
  { id: 'collection.collection_fee_en', weight: 2, seq: ['collection fee*|collection cost*|collection charge*'], unlessBefore: 'may|might|could|would|if|of up to|applies|will apply|can be' },
  { id: 'collection.named_debt_en', weight: 2, seq: ['your', 'debt|debts|arrears'], gap: 16 },
  { id: 'collection.missed_payments_en', weight: 3, seq: ['missed|missing|skipped|behind on', 'payment*|instalment*|installment*|repayment*|bills'], gap: 10 },
  { id: 'collection.your_overdue_debt_en', weight: 3, seq: ['your|this|the', 'overdue|past due|delinquent|unpaid|outstanding|late|missed|defaulted', 'account|loan|balance|payment|card|debt|bill|installment|instalment|amount|sum|credit'], gap: 14 },
  { id: 'collection.your_debt_en', weight: 3, seq: ['your|this|你', 'account|loan|balance|payment|card|debt|bill|installment|instalment|mortgage|agreement', 'overdue|past due|in arrears|arrears|delinquent|late|unpaid|in default|behind|outstanding|missed'], gap: 24, unlessAfter: NOT_YET_EN },
  // A notice's headline, with no "your": "2nd notice: acct #55210 overdue", "Loan 4471 past due".
  { id: 'collection.headline_overdue_en', weight: 3, seq: ['account|loan|balance|card|invoice|installment|instalment', 'overdue|past due|delinquent|in arrears|in default'], gap: 12, unlessAfter: NOT_YET_EN },
  // "建议你去别的平台借点周转一下，先把我们这边还上": a collector pushing a new loan to clear the old.
  { id: 'collection.borrow_elsewhere', weight: 6, seq: ['其他财仔|冚数|loan from another app|borrow from another app|grab a small loan|借一笔出来|借出来直接还我们|借出来还我们|借出来直接还|把我们这平了|把我们这边平了|把我们这笔平了|先撸一笔|撸一笔出来|先把我们这边|先把咱们这|借出来先把|借点周转|以贷养贷|借新还旧|拆东墙补西墙|去别的平台借|到别的平台借|其他平台借|别的口子|撸口子'] },
  // "跑得了和尚跑不了庙": the debtor told there is nowhere to hide.
  { id: 'collection.cant_escape', weight: 3, seq: ['跑得了和尚跑不了庙|你跑不掉|你跑不了|跑到哪都能找到你|跑到天涯海角|找得到你一次|躲得了初一躲不过十五|躲得过初一躲不过十五'] },
  // "the instalment that didn't go through": a repayment that bounced.
  { id: 'collection.payment_bounced_en', weight: 3, seq: ['instalment|installment|direct debit|debit order|emi|repayment|cheque|check|payment', "didn't go through|didn't come through|did not come through|hasn't come through|has not come through|never came through|did not go through|bounced|returned unpaid|was dishonoured|was dishonored"], gap: 12 },
  // "Your loan account is flagged by RBI": the loan marked as a wrong.
  { id: 'collection.loan_flagged_en', weight: 2, seq: ['loan|loan account|emi', 'flagged|blacklisted|marked as fraud|marked as defaulter|marked as a defaulter'], gap: 14 },
  // "we haven't seen the June payment on your car loan yet".
  { id: 'collection.payment_not_seen_en', weight: 3, seq: ["haven't seen this month's|have not seen this month's|not seen this month's|we've not had|we have not had|we haven't had|not had this month's|not had your|haven't seen|have not seen|haven't received|have not received|hasn't come in|has not come in|didn't receive|did not receive|not yet received|yet to receive", 'payment|instalment|installment|repayment|emi'], gap: 16 },
  // "当面把这笔账说清楚": the debt to be talked through.
  { id: 'collection.this_debt', weight: 2, seq: ['这笔账|那笔账|呢笔数|嗰笔数|这笔债|那笔债', '说清楚|讲清楚|算清楚|了结|处理|解决|算一算|搞清楚'], gap: 4 },
  // A polite collector names the unpaid state without the word "overdue": "那笔还没结清的账款",
  // "上个月那笔款项到现在还没入账", "the balance that's still open", "the $75 you missed".
  { id: 'collection.left_unpaid', weight: 3, seq: ['账款|款项|那笔|这笔|嗰笔|呢笔|欠款|借款|信用卡|卡数|账单|贷款|这期|那期|嗰期|月供|供款|分期款|货款', '还没结清|没结清|未结清|没结|未结|尚未结清|还没还上|没还上|一直没还|一直未还|还没入账|没入账|还没到账|仍未缴付|仍未还|仲未还|仲未找|仲未入数'], gap: 10 },
  { id: 'collection.left_unpaid_en', weight: 3, seq: ['payments|instalments|installments|balance|payment|instalment|installment|bill|invoice|amount|repayment|emi|$#|£#|€#|a$#|s$#|₹#', "sitting open|slipped past|past its due date|still open|that's still open|that is still open|you missed|was missed|were missed|still unpaid|left unpaid|remains unpaid|remains open|hasn't been paid|has not been paid|is still owing|still owing"], gap: 8 },
  // "您的分期一直扣款失败": a failed direct debit is a missed payment.
  { id: 'collection.debit_failed', weight: 3, seq: ['扣款失败|扣款不成功|没扣款成功|未扣款成功|没有扣款成功|扣款没成功|扣款没有成功|没扣到款|扣不到款|自动扣款失败|代扣失败|扣款未成功|扣唔到数|过唔到数'] },
  // "本期账单1,256.30元已逾期3天": days past due, counted, outweigh a statement's "ignore if paid".
  { id: 'collection.days_overdue', weight: 3, seq: ['已逾期#天|已逾期#日|已逾期#个月|已经逾期#天|已经逾期#日|逾期#天了|逾期已超过|已逾期超过|逾期超过#天|逾期超过#日|已拖欠#天|已拖欠#个月'] },
  // "您的账户目前有一笔逾期款项待处理": an overdue sum waiting, named as such.
  { id: 'collection.overdue_sum_pending', weight: 3, seq: ['逾期款项|逾期金额|逾期欠款|逾期账款|逾期本金', '待处理|未处理|尚未处理|需处理|请处理|尽快处理'], gap: 4 },
  // "有關您的帳務問題，麻煩撥冗回電", "关于你那笔账的事": the polite summons about an account.
  // "您的帳單已過繳款期限": past the due date, which outweighs "ignore this if you have paid".
  { id: 'collection.past_due_date', weight: 5, seq: ['已逾缴款期限|已逾还款期限|仍未查询到你的还款|未查询到你的还款|未查询到还款记录|有款项尚未清缴|款项尚未清缴|尚未清缴|已过缴款期限|已过还款期限|已过缴费期限|已过还款日|已于#月#日到期|还款日已经过了|还款日已过|还款日都过了|还款日过了|还款日已经过咗|还款日过咗|已过最后还款日|已超过还款日|已超过缴款期限|已过到期日|过了还款日|超过了还款日|已过缴款日|已逾期未还|已逾期未缴|已逾期未付|已逾期尚未'] },
  // "我跟组长申请下来了…剩下的我帮你申请挂账": a collector's own approval for easier terms.
  { id: 'collection.plan_approved', weight: 3, seq: ['跟领导争取|向领导争取|跟公司争取|跟组长争取|跟组长申请|组长批了|组长同意|主管批了|领导批了|跟领导申请|向领导申请|向公司申请|帮你申请挂账|申请挂账|帮你申请停息|帮您申请停息'] },
  // "We are prepared to accept £750 in full and final settlement of your balance".
  { id: 'collection.full_and_final_en', weight: 3, seq: ['one-time settlement|one time settlement|toward your balance|towards your balance|toward the balance|towards the balance|full and final settlement|settlement of your balance|settlement of the balance|settlement of your account|settle your balance of|in final settlement'] },
  // "您那笔款子拖了快一个月了": the debt, dragged out.
  // A promise of a day that has passed: "你说月底还", "你话月头还我".
  { id: 'collection.promised_day', weight: 3, seq: ['你说|你话|你讲|你答应|你讲好|你说好', '月底|月头|月初|月尾|下个月|下周|下礼拜|下星期|过几天|过两天|明天|周末|发工资|出粮|年底|年尾', '还|给|转|俾|畀'], gap: 4, unlessBefore: '有|是|要|在|没|不|未' },
  // Dragged on for a stretch of time: "已经拖两个月了", "拖咗成年".
  { id: 'collection.dragged_for', weight: 3, seq: ['已经拖|拖了|拖咗|拖到', '#个月|#个礼拜|#个星期|#周|#年|#天|半年|成年|成个月|好几个月|几个月'], gap: 1 },
  // Asked to confirm a repayment in person: "关于你合同的还款事宜需要和你本人确认".
  { id: 'collection.confirm_in_person', weight: 3, seq: ['还款事宜|还款事项|欠款事宜|账款事宜|还款的事|欠款的事|还款问题|欠款问题', '本人确认|本人核实|本人核对|本人处理|本人联系'], gap: 12 },
  // Agreed, then time ran on: "说好月初还的，这都15号了", "讲好月尾过数，而家已经两号喇".
  { id: 'collection.agreed_then_late', weight: 3, seq: ['说好|讲好|讲定|说定|约好', '这都|都已经|而家已经|现在都|已经'], gap: 14, acrossClauses: true },
  // An old account to settle: "你有一笔旧帐需要处理".
  { id: 'collection.old_account', weight: 3, seq: ['旧账|旧数', '需要处理|要处理|未处理|待处理|尚未处理|未结清|没结清'], gap: 3 },
  { id: 'collection.debt_dragged', weight: 3, seq: ['那笔款子|这笔款子|款子|那笔钱|这笔钱|那笔款|这笔款|那笔账|这笔账|你的账|笔数', '拖了|拖咗|已经拖|拖到现在|拖咁耐|拖这么久|拖了这么久'], gap: 6 },
  // "受委托处理您在某消费金融的欠款", "你的账下个月就要打包给外包公司": the debt passed on to be chased.
  { id: 'collection.mandated', weight: 3, seq: ['受委托|受托|经授权|获授权|全权委托', '处理|追收|催收|跟进|联系|追讨', '欠款|账款|债务|借款|款项|欠费|账单'], gap: 12 },
  { id: 'collection.handed_on', weight: 3, seq: ['打包给|转给外包|移交外包|外包公司|委外催收|转交第三方|转给第三方|第三方催收|转去收数公司|转交收数公司|交俾收数公司|转给催收公司|移交催收'] },
  // "我係幫明信財務跟進戶口嘅同事": the desk that follows up accounts.
  { id: 'collection.account_follow_up', weight: 3, seq: ['跟进户口|跟进账户|跟进你的户口|跟进你的账户|跟进你个户口|跟进欠款|跟进还款|跟进你的欠款|following up on your account|follow up on your account|following up on your balance'] },
  // "I've been authorized to knock 40% off": a collector's mandate to settle.
  { id: 'collection.authorised_to_settle_en', weight: 2, seq: ["i've been authorized to|i have been authorized to|i've been authorised to|i have been authorised to|we've been authorized to|we have been authorised to|we have been authorized to|we've been authorised to|i'm authorized to|i'm authorised to|i am authorized to|i am authorised to"] },
  // "有一笔您一直没有处理的账目需要与您本人确认", "我是负责您账户的小孙": the account, and who looks after it.
  { id: 'collection.account_to_settle', weight: 3, seq: ['没有处理的账目|未处理的账目|没处理的账目|关于你的账目|关于你嘅账目|账目要同你|账目需要与你|负责你账户|负责你的账户|负责你个户口|负责跟进你'] },
  // "给你单位财务科寄了协助扣款函", "从你工资里直接扣": the wages to be taken at source.
  { id: 'collection.wage_deduction', weight: 3, seq: ['协助扣款函|扣款函|从你工资里|从你的工资里|从工资里直接扣|扣你工资|扣你人工|扣你粮'] },
  // "借款合同（尾号2291）至今未结清", "关于您账户长期未处理的事项": long left unpaid.
  { id: 'collection.long_unpaid', weight: 3, seq: ['延滞缴款|延滞纪录|延滞记录|迟缴纪录|至今未结清|至今未还清|至今未偿还|至今仍未结清|至今未缴清|至今未还|长期未处理|一直未处理|一直没有处理|长期未还|长期拖欠'] },
  // "钱到了我马上给你销账": the debt to be written off once paid.
  { id: 'collection.write_off', weight: 3, seq: ['给你销账|马上给你销账|帮你销账|手动销账|销账'] },
  { id: 'collection.account_matter', weight: 2, seq: ['那笔钱的事|这笔钱的事|处理进度|还款进度|有关您的账务|关于您的账务|你的账务问题|关于你那笔账|你那笔账的事|那笔账的事|您的帐务'] },
  // "你这笔账每天都在滚", "這筆帳若持續放著", "再拖下去": the reader's debt, left to grow.
  { id: 'collection.debt_left_growing', weight: 3, seq: ['这笔账|那笔账|这个账|那个账|这笔钱|那笔钱|这笔欠款|笔数|啲数|这笔债|欠款|账款', '往上滚|每天都在往上滚|放了#天|放了#个月|每天都在滚|天天在滚|一直在滚|越滚越|利滚利|越拖越|持续放着|继续放着|一直放着|放着不管|放着不处理|再拖下去|继续拖下去|一直拖下去'], gap: 8 },
  // "关于您在某平台的那个账", "这毕竟是你自己的账": the reader's own account, named plainly.
  { id: 'collection.your_account_named', weight: 2, seq: ['你|你在|你自己|关于你|有关你|你的', '那个账|那笔账|这笔账|这个账|的账|那笔数|嗰笔数'], gap: 12, unlessBefore: '号|户|单|本|目|面|簿|务' },
  // "We've written a few times now and haven't heard back", "balances like yours".
  { id: 'collection.unanswered_en', weight: 2, seq: ["not responded to|haven't responded to|have not responded to|failed to respond to|prior correspondence|previous correspondence|remain unresolved|remains unresolved|haven't heard back|have not heard back|not heard back|still haven't heard|we've written several times|we've written a few times|we have written several times|we have written to you several times|written to you a few times|several letters|a number of letters|previous letters|earlier letters|our letters|our previous reminders|our earlier reminders|our reminders|balances like yours|accounts like yours|debts like yours"] },
  // "钱的事，你总得给个说法吧", "今天给个准话": a straight answer pressed for.
  { id: 'collection.answer_pressed', weight: 2, seq: ['给个说法|给我个说法|给个交代|给我个交代|给我一个交代|给个准话|给我个准话|给句准话|给个痛快话|给句痛快话'] },
  // "上面天天追着我问你这一单", "我这边也好跟领导交差": a collector pressed by their own boss.
  { id: 'collection.collector_pressed', weight: 2, seq: ['上面天天催我|上面一直催我|上头天天催我|上头一直催我|上面天天追着我|上面一直追着我|上面追着我|上面催得紧|上面催得急|上头催得紧|公司逼得紧|公司催得紧|公司催得急|领导逼得紧|领导催得紧|主管一直在问|主管天天问|主管一直问|主管天天催|领导一直在问|领导天天问|领导天天催|组长天天问|组长天天催|跟领导交差|跟公司交差|跟上面交差|好交差|没法交差|交不了差|冇得交差'] },
  // "这期账单还差三百二十六块没还": part of the sum still unpaid.
  { id: 'collection.short_unpaid', weight: 3, seq: ['还差|还欠|仍差|仍欠|仲差|仲欠|尚差', '没还|未还|没交|未交|没缴|未缴|冇还|未付|没付|没补|未补'], gap: 12 },
  // "只是想请你回个电话，确认一下还款时间": a time to pay asked for.
  { id: 'collection.repayment_time_asked', weight: 3, seq: ['确认一下还款时间|确认下还款时间|确认还款时间|确认一下还款日期|约个还款时间|定个还款时间|给个还款时间|承诺还款时间|约定还款时间'] },
];
