import type { LabelRules } from './types';

const BEFORE_ZH = '前|之前|以前|或之前|或以前';
const WITHIN_ZH = '内|之内|以内';
// Spans the shared list lacks: Taiwan/HK 工作天, Cantonese 今个礼拜, 钟头.
const SPANS_ZH = '周末|这周末|本周末|这个周末|#个工作天|#工作天|#个营业日|#营业日|#个钟头|#钟头|#个星期|#星期|今个礼拜|这个礼拜|呢个礼拜|今个星期|呢个星期|这礼拜|今个月|呢个月|今周|今星期';
// Near times as chats and offices shorten them: 2nite, tmrw, eod, cob.
const CHAT_TIME_EN = '@chat_time_en|eod|cob';
// Times at which something happens by itself: 明日, 10月20日, 今晚12点.
const WHEN_ZH = '@near_time_zh|听晚|明晚|#月#日|#月#号|#日|#号|月底|月末|下周|下周#|下礼拜|下个礼拜|下星期|下个星期|周#|星期#|礼拜#|#点|#时';
// Days an offer can run to: 月底, 本周五, 31号 (never a bare number: "去到五万" is a sum).
const OFFER_DATES_ZH = '#月#日|#月#号|#日|#号|月底|月末|月尾|年底|本周#|这周#|周#|星期#|礼拜#|本月|这个月|今个月|本周|这周|下周#|今个礼拜|呢个礼拜|这个礼拜|今个星期|这个星期|本星期|这星期|今周|周末';
// What a system does at a time unless paid: freeze, report, hand over.
const ESCALATE_ZH = '冻结|上报|报上|报送|转入司法|转入法律|转入诉讼|进入司法|进入诉讼|转交律师|转交法务|移交法务|上传|移交|移送|锁定|停用|扣划|划扣|强制执行|作废|失效|注销|封号|停卡|止付|列入|纳入|同步至|同步到|通报|被通报|转法务|转到法务|转去法务|转给法务|转交法务部|转律师|转诉讼|转外访|转委外';

// "If the amount is not cleared today", "still unpaid after 45 days".
const UNPAID_EN = "not cleared|not paid|not received|not settled|isn't paid|isn't cleared|isn't received|isn't settled|still unpaid|remains unpaid|is unpaid";

// "今天能不能先还一点" asks softly; it sets no limit.
const ASKED_ZH = '能不能|可不可以|可唔可以|能否|可否|方不方便|可以|方便的话|方便嘅话|有空的话';

/** Sets a time limit or an ultimatum. */
export const DEADLINE: LabelRules = {
  label: 'deadline',
  rules: [
    // Not "10月20日前往" (goes on the 20th), nor the sender's promise "15个工作日内短信告知您", "10分钟内为您处理".
    { id: 'deadline.time_limit', seq: ['@time_limit_zh'], negatable: false, unlessBefore: '往|去往|去|寄送|寄到|寄至|送达|送至|寄往|短信告知|为你|给你回复|给你答复|回复你|答复你|与你联系|与你联络|联系你|联络你|即可|清除|删除|撤销|消除|退回|退还|返还|自动|销账|更新', unlessAfter: '保证|承诺|预计|预计在|预计于|会于|预计#至|预计#到|预计约' },
    { id: 'deadline.within_span', seq: [SPANS_ZH, `${WITHIN_ZH}|${BEFORE_ZH}`], gap: 0, negatable: false, unlessAfter: '将于|会于|预计|预计于|将在|会在', unlessBefore: '寄出|发出|寄发|更新|为你|回复你|联系你' },
    // Code-mixed: "this week 內", "friday 前", "48 hours 之内".
    { id: 'deadline.before_date_mixed', seq: ['@date_en|@duration_en', `${BEFORE_ZH}|${WITHIN_ZH}`], gap: 0, negatable: false },
    { id: 'deadline.within', seq: ['最后#小时|最后#天', WITHIN_ZH], gap: 0, negatable: false },
    { id: 'deadline.ultimatum', seq: ['仅限#天|仅限#日|仅限#小时|仅限#个小时|仅限今天|仅限今日|仅限当天|仅限当日|仅限本周|仅限本月|今日有效|今天有效|当日有效|当天有效|本周有效|本月有效|最后催收通知|最后催款通知|最终通知|最后一次通知|最后给你一次机会|给你最后一次机会|最后给你一次|最后一次机会|即日内|当日内|当天内|最后通知|最后通牒|最后一次|最后机会|最后期限|最后警告|最后的机会|最后#小时|最后#天|限期|限时|只限|截止|有效期至|有效期到|有效期为|过期作废|逾期作废|否则方案作废|方案作废|在此之前|下班前|收工前|放工前|收工之前|放工之前|是底线|是最后底线|今天之内|今日之内|今天内|今日内|死线|最后还款通知|最终处理日|最后处理日|月底结束|活动截止|政策截止|优惠截止|月底截止|倒计时|最后办理时间|最后办理日|最后时限|过时不候|过期不候|逾时不候'], negatable: false, unlessBefore: '今日,|今天,|目前|到目前|至今|到今天,|到今日,|昨日|昨天' },
    // Counted from the letter's arrival ("收到本函之日起七日内"); not "可在收到本函后致电协商", a way offered with no time set.
    { id: 'deadline.from_receipt', seq: ['文到|收到本通知|收到本函'], negatable: false, unlessAfter: '可在|可于|可以在|可以于' },
    // "在这之前如果您愿意一次性结清": before the date just named. Not "在这之前我们已多次联系".
    { id: 'deadline.before_that', seq: ['在这之前|在那之前|在这以前|在那以前'], negatable: false, unlessBefore: '已|已经|我们已|我们曾|曾|你已|你曾|一直|我们一直|你一直' },
    // Not an extension offered: "可协助申请展延还款期限六个月".
    { id: 'deadline.term', seq: ['期限'], negatable: false, unlessAfter: '展延还款|延长还款|延后还款|展延|延长|延后|放宽|已逾|逾|已过|超过|超出|已逾缴款|逾缴款|已逾还款|逾还款|已过缴款|已过还款|超过还款|超过缴款|已逾缴费|逾缴费' },
    { id: 'deadline.extended_to', seq: ['延期到|延期至|延迟到|延迟至|推迟至|延后至|延后到|延至|宽限到|宽限至|延长到|推迟到|延到|给你到|等你到|给你时间到|给你时间至|俾你时间到|畀你时间到', '@date_zh|礼拜天'], gap: 4, negatable: false, unlessAfter: '还款期|期限|年限|贷款期|供款期|还款年期|年期' },
    { id: 'deadline.today_or_else', seq: ['@near_time_zh', '不续期|不展期|唔续期|没动静|冇动静|没有动静|补缴|没到账|不到账|未到账|唔到账|再没|再冇|再无|没消息|没有消息|冇消息|无消息|没回复|没有回复|冇回复|没回音|冇回音|扫码|扫我|扫描|支付|付款|入数|不给个说法|不给说法|不给个交代|不给交代|联络不到|联系不到|联系不上|联络不上|还返|再不还|再不|不还|不处理|唔还|不结清|还不上|先还|先缴|先付|先交|把钱|还钱|还款|还清|结清|俾钱|入返|入钱|过数|转账|settle|还上|转到|转入|先转|先汇|能还|要还|得还|必须还|一定要还|还多少|还一部分|还点|还一点|还些|还部分|先处理|处理一部分|处理好|处理掉|处理一下|唔出现|不出现|不露面|不出面|唔出面|没有下文|没下文|冇下文|无下文|不回电|不联系|不接电话|不回复|唔覆|唔听电话|钱不到|钱没到|钱还没到|钱冇到|钱唔到|还#|还#万|还#块|还#元|不拿出来|不交出来|不吐出来|不拿钱|吐也得|也得吐|转数快|fps|补上|补齐|补交|不把|唔将|唔把|见唔到钱|见不到钱|看不到钱|睇唔到钱|见不到数|见唔到数|收唔到钱|收不到钱'], gap: 4, notInQuestion: true, unlessAfter: `${ASKED_ZH}|应|就能|就可以|就给你|给你|帮你|同意你|允许你|批准你|准许你`, unlessBefore: '证明|日|计划|方案|多少算多少|的还款|的账单' },
    { id: 'deadline.today_hand_over', seq: ['@near_time_zh', '把|将', '转到|转入|存入|还了|还上|还清|结清|打到|汇到|补上|处理掉|清掉|结掉|还掉|转过来|打过来|汇过来|汇进来|转进来|拿出来|交出来|送过来|还回来|转给我|打给我'], gap: 12, notInQuestion: true },
    // "今晚就把2,400转了": today, and hand it over at once.
    { id: 'deadline.today_hand_over_now', seq: ['@near_time_zh', '就把|马上把|赶紧把|必须把|给我把|立刻把|立即把', '转了|还了|打了|交了|汇了|结了|清了'], gap: 10, notInQuestion: true },
    // "今天这1500你不还试试": a dare, with the day.
    { id: 'deadline.dare_not_pay', seq: ['@near_time_zh', '不还试试|唔还试下|唔还试吓|不还试一下|不给试试|不还你试试'], gap: 10, notInQuestion: true },
    // "过了这周就没这个价了", "呢个价过咗星期五就冇㗎喇": an offer gone after a day.
    { id: 'deadline.gone_after', seq: ['过了|过晒', `@near_time_zh|${OFFER_DATES_ZH}`, '就冇|就没|就无|就唔|就不|就恢复|就取消|就作废|就失效|就按|就要'], gap: 2, negatable: false },
    // "麻烦让他今天给我们回个电话", "今日内回覆": a time to answer by. Not "今天联系了", nor the collector's own "我们明天回复您".
    { id: 'deadline.today_call_back', seq: ['@near_time_zh|即日|当日|当天', '回电|回个电话|回电话|回复|回覆|答复|回个话|回个消息|回信息|联系我|联络我|来电|打给我|打电话给我|给个答复|给个交代|给个说法|打返俾我|覆我|给个准话|给个准信|给我个准信|给句准话|给个痛快话'], gap: 5, notInQuestion: true,
      unlessAfter: '会|将|已|已经|给你|俾你', unlessBefore: '了|过|你' },
    // "今晚九点前给我个准话": an answer owed by a time ("今天不给我个准话，…" is a threat, not a limit).
    { id: 'deadline.answer_by_time', seq: ['@near_time_zh|@time_limit_zh', '给我个说法|给我个准话|给我一个说法|给我一个准话|给我个交代|给句准话'], gap: 5, notInQuestion: true, unlessAfter: '不|唔|没|冇|会|将|已' },
    // "今晚就在你家楼道里等着，钱最好乖乖准备好": the money is due when they come.
    { id: 'deadline.time_money_ready', seq: ['@near_time_zh', '钱|欠款|欠的钱|那笔钱|这笔钱|余款|尾数', '准备好|备好|凑齐|凑好|凑出来|拿出来|交出来'], gap: 12, acrossClauses: true, notInQuestion: true },
    // "今晚我哋上你屋企坐下，你最好准备定钱", "今晚我们在你小区门口等，你最好把钱带上".
    { id: 'deadline.time_ready_money', seq: ['@near_time_zh', '准备定钱|准备好钱|带齐钱|带齐啲钱|带定钱|带钱落|带齐现金|准备好现金|备好现金|把钱准备好|把钱准备定|把钱备好|备好钱|准备钱|备定钱|把钱带上|把钱带来|把钱带好|把钱带齐|带钱下来|带上钱'], gap: 30, acrossClauses: true, notInQuestion: true },
    // "名额只留到今晚", "最多再帮你压到周三": held only until a day (never a bare number: "压到3%").
    { id: 'deadline.held_until', seq: ['留到|只留到|保留到|只保留到|压到|最多到|顶多到|最迟到|最晚到|只等到|最多等到', `@near_time_zh|${OFFER_DATES_ZH}|听晚|明晚|#点|下礼拜|下个礼拜|下星期|下个星期`], gap: 2, negatable: false, unlessAfter: '已|已经|已被' },
    // "此优惠于6月30日届满": an offer or a term that runs out on a day.
    { id: 'deadline.ends_on', seq: [WHEN_ZH, '届满|期满|过期|截数'], gap: 2, negatable: false, unlessAfter: '已|已经|早已|早就|已于|已在|已经于|月' },
    // "…不然今晚系统就自动上报": the time comes with the "or else".
    // "再不还，明天上午十点…": the time may open the next clause.
    { id: 'deadline.or_else_time', seq: ['不然|否则|要不然|不然的话|否则的话|唔系|如果唔系|再不', `${WHEN_ZH}|今天之后|明天开始|今晚开始`], gap: 2, acrossClauses: true, negatable: false,
      // "不然我这个月绩效又完了": the collector's own month, not the reader's limit.
      unlessBefore: '绩效|业绩|工资|奖金|提成|kpi|考核' },
    // "名下帐户将于明日冻结": the account is frozen or reported at a set time.
    { id: 'deadline.escalates_at', seq: [WHEN_ZH, ESCALATE_ZH], gap: 6, unlessAfter: '已|已经|已被|已经被|早已|已于|已在|已经于', unlessBefore: '了|过', negatable: false },
    // "逾期超过24小时系统将自动上报": a span past which the system acts. Not "逾期已超过90天，已上报".
    { id: 'deadline.overdue_over_escalates', seq: ['逾期超过|逾期满|逾期达到|逾期达|超过|超出', '#小时|#个小时|#天|#日|#个工作日', ESCALATE_ZH], gap: 6, negatable: false, unlessAfter: '已|已经|现已|目前已|早已', unlessBefore: '了|过' },
    // An offer that holds only for a time: "只要今天先还一半", "今天您要是能先还一万". Not "如果今天不方便".
    { id: 'deadline.if_today', seq: ['只要|只需|只须|要是|如果|若|如能|若能|假如', '@near_time_zh|@time_limit_zh', '先|把|@pay_zh|能还|能先|可以还|还#|转#|付#|交#|缴#|俾#'], gap: 3, negatable: false },
    { id: 'deadline.today_if', seq: ['@near_time_zh', '只要|要是|如果|若|如能|若能|假如', '先|@pay_zh|能还|能先|可以还|还#|转#|付#|交#|缴#|俾#'], gap: 3, negatable: false },
    // "请于今日完成身分验证": a task set for a time. Not what was or will be done: "已于今日完成", "将于今日办理".
    { id: 'deadline.task_by_time', seq: ['于|在', '@near_time_zh|@time_limit_zh', '登录|登入|到场|到庭|完成|办妥|办理|处理|提交|补齐|补缴|缴清|缴纳|回复|致电|联系|联络|下载|安装|开启|上传|签署|回传'], gap: 2, notInQuestion: true,
      unlessAfter: '已|已经|早已|我们|将|将会|会|我', unlessBefore: '了|过' },
    // "三天后法院见": a countdown to what follows.
    { id: 'deadline.countdown', seq: ['#天后|#日后|#小时后|#天之后|#日之后|#个钟后|#个工作日后', '法院见|法庭见|公堂见|见分晓|后果自负|别怪我|别怪我们|别说没提醒|走法律程序|直接起诉|就起诉'], gap: 4, negatable: false },
    { id: 'deadline.hours_left', seq: ['给你|只有|还有|剩下|仅剩|只剩', '#小时|#个小时|#天|#日|#分钟'], gap: 2, negatable: false },

    // "Stop by Thursday" is a visit, not a limit.
    { id: 'deadline.by_date_en', seq: ['by|before|until|no later than|not later than|due by|prior to|on or before|expires|expiring|ends|valid until|valid through|good until|deadline|b4|till', `@date_en|${CHAT_TIME_EN}|evening|noon|midday|close of business|end of business`], gap: 6, negatable: false, unlessAfter: 'call you|calls you|calling you|contact you|contacting you|stop|stops|stopping|drop|drops|dropping|swing|swinging|come|comes|coming|pop|popping|pass|passing|go|goes|going|walk|drive|driving' },
    // "Sort it by payday or your boss hears": payday with an "or else" (not a quoted "he'd sort it by payday").
    { id: 'deadline.by_payday_en', seq: ['by payday|before payday|by pay day|by your payday|by next payday|by your next payday|until payday|till payday', 'or|otherwise|unless|or else|if not|failing'], gap: 3, acrossClauses: true, negatable: false },
    { id: 'deadline.before_then_en', seq: ['ready by then|paid by then|cleared by then|settled by then|ready before then|before then|before that date|before that time|before that happens|before this happens|before that day'], negatable: false },
    // "Goes to collections at midnight", "will be frozen tomorrow".
    { id: 'deadline.escalates_at_en', seq: ['goes to|sent to|going to all|go to all|going out to|sent out to|posted to your|added to your credit|added to your file|listed on your|referred to|passed to|escalated|escalates|frozen|suspended|locked|reported|forwarded to|moves to|transferred to|handed to|handed over', `@date_en|${CHAT_TIME_EN}|midnight`], gap: 30, notInQuestion: true, unlessAfter: 'was|were|has been|have been|had been|we|i|they|you|already|previously|recently', negatable: false },
    // "Tonight must pay."
    { id: 'deadline.time_must_pay_en', seq: [`@date_en|by tomorrow|by friday|${CHAT_TIME_EN}`, 'must pay|must settle|must clear|must transfer|need to pay|needs to pay|have to pay|has to pay|got to pay|gotta pay|must be paid|must send|pay up|must pay up'], gap: 6, notInQuestion: true, negatable: false },
    // "Today itself clear ₹38,600", "Tomorrow pay the rest."
    { id: 'deadline.time_then_pay_en', seq: [`today|tonight|tomorrow|by tomorrow|by tonight|this week|${CHAT_TIME_EN}`, 'pay|clear|settle|transfer|wire|deposit|remit|send it|send the money|send payment'], gap: 8, clauseStart: true, notInQuestion: true, unlessAfter: 'can|could|may|will|would|to|we|i', negatable: false },
    // "Appear before the arbitrator on 14-08, failing which…"
    { id: 'deadline.failing_which_en', seq: ['@date_en|#-#|on #|by #|before #', 'failing'], gap: 3, acrossClauses: true, negatable: false },
    // Not what the collector promises to do: "we'll remove the default from your credit report within 48 hours".
    { id: 'deadline.within_en', seq: ['within|within the next|in the next|in next|within next|in|inside of', '@duration_en|the hour|the day|the week|a day|one day|one week|one hour|one business day|# business day|hour|# hrs|# hr|#hr|#hrs'], gap: 2, negatable: false,
      unlessAfter: 'calls you|call you|contact you|contacts you|text you|texts you|email you|get back to you|report|record|file|removed|deleted|erased|wiped|wiped off|wiped clean|updated|processed|refunded|credited|reflected|reversed|restored|lifted|released|remove it|delete it|paperwork|the paperwork|documents|the documents|a letter' },
    // "Tmr 12pm no money we come": a time, then nothing paid.
    { id: 'deadline.time_no_money_en', seq: [`@date_en|${CHAT_TIME_EN}`, "no money|no payment|no pay|still no money|no see money|dont see money|don't see money|never see money|money not in|don't pay|dont pay|never pay|not paid|no cash|nothing paid"], gap: 8, negatable: false, unlessBefore: 'needed|required|due|necessary|is needed|is required|is due' },
    // "$850, Friday." Not "paid $850 today".
    { id: 'deadline.sum_then_day_en', seq: ['$#|£#|€#|$#k|£#k|€#k|# grand|# bucks', `@date_en|${CHAT_TIME_EN}`], gap: 2, acrossClauses: true, negatable: false, unlessAfter: 'paid|received|sent|got|transferred|deposited|credited|refunded|accepted|payment of' },
    // "To cancel the complaint today, purchase…": what today's payment stops.
    // The day first: "pay ... today to stop your arrest", "by tomorrow to avoid legal action".
    { id: 'deadline.today_to_stop_en', seq: ['today|tonight|by tomorrow|by tonight|by today', 'to cancel|to stop|to avoid|to withdraw|to halt|to prevent|to suspend|to lift'], gap: 1, notInQuestion: true, negatable: false },
    // A countdown: "24 hrs left", "3 days remaining to pay".
    { id: 'deadline.time_left_en', seq: ['@duration_en|# hr|# hrs|#hrs|#hr|# days|# hours', 'left|remaining|to go'], gap: 0, notInQuestion: true, negatable: false },
    { id: 'deadline.to_stop_today_en', seq: ['to cancel|to stop|to avoid|to withdraw|to drop|to halt|to lift|to prevent|to suspend|to close', `today|tonight|by tomorrow|by tonight|${CHAT_TIME_EN}`], gap: 30, notInQuestion: true, negatable: false },
    // "We will lodge a police report on Monday unless full payment is received."
    // "Tomorrow morning unless you pay", but not "every morning unless it rains".
    { id: 'deadline.date_unless_en', seq: [`@date_en|${CHAT_TIME_EN}|morning|afternoon|evening`, 'unless|or else|otherwise|failing which|failing that|if not paid|if it is not paid|if it isn\'t paid|if payment is not|if payment isn\'t'], gap: 2, notInQuestion: true, negatable: false, unlessAfter: 'every|each|good' },
    { id: 'deadline.you_have_en', seq: ['you have|you got|you only have|you have only|you have just|only', '@duration_en|until|till|# minutes|ten minutes|five minutes|fifteen minutes|thirty minutes|# mins'], gap: 3, negatable: false },
    { id: 'deadline.ultimatum_en', seq: ['your only warning|only warning|final notice|final warning|last warning|last chance|final demand|final reminder|ultimatum|last notice|final opportunity|expires|deadline|time is running out|running out of time|offer ends|no more extensions|no further extensions|today only|only today|the cutoff|is the cutoff|cutoff date|cutoff time|this week only|only valid|one time offer'], negatable: false },
    { id: 'deadline.today_en', seq: ['@pay_en|bank in|bank-in|bank it in|important we speak|important that we speak|important we talk|important that we talk|need to speak with you|need to speak to you|need to talk to you|call #|dial #|call at #|call on #|zelle it|venmo it|transfer|wire|wire it|transfer it|send it|clear|resolve|sort out|resolved|settled|paid|taken care of|cleared|clears|goes through|contact us|call us|call me|call me back|call us back|get back to me|get back to us|get in touch|be in touch|respond|reply|hear from you|in full|agree|set up|arrange|schedule|sort it out|sort this out|sort it|sort this|sort the money|sort out the money|get it sorted|ring us back|ring me back|ring us|ring me', `today|tonight|by tomorrow|tomorrow|this evening|this afternoon|end of day|by end of|this week|this weekend|this month|${CHAT_TIME_EN}`], gap: 40, notInQuestion: true, unlessAfter: 'can be|could be|will be|can|could|may',
      // A choice of days sets no limit: "Reply TODAY or FRIDAY".
      unlessBefore: 'a visit|him a visit|her a visit|them a visit|you a visit|his mother a visit|his mom a visit|her mother a visit|her mom a visit|your mother a visit|your mom a visit|your family a visit|or monday|or tuesday|or wednesday|or thursday|or friday|or saturday|or sunday|or next week|or later|or another day' },
    // "You pay it back. Tonight.": the time as a sentence of its own.
    { id: 'deadline.pay_then_time_en', seq: ['pay it back|pay me back|pay up|pay what you owe|pay it|pay me|pay the money', 'tonight|today|tomorrow|by tonight|by tomorrow|by today'], gap: 2, acrossSentences: true, notInQuestion: true, negatable: false, unlessAfter: 'can|could|will|would|to|we|i|may|might' },
    // "Unless the balance is sent today": the condition carries the time.
    { id: 'deadline.unless_time_en', seq: ['unless', `today|tonight|tomorrow|this evening|this afternoon|end of day|midnight|${CHAT_TIME_EN}`], gap: 30, notInQuestion: true, negatable: false },
    { id: 'deadline.time_or_else_en', seq: ['today|tonight|tomorrow|this week', "unless|if the debt|if the balance|if payment|if you don't|if you do not|if it is not|if it isn't|if this is not|if this isn't|if not|or else|otherwise|or we|or we'll|or i|or i'll|or your|or ur|or u|or you|or you'll"], gap: 2, notInQuestion: true, negatable: false },
    { id: 'deadline.today_only_en', seq: ['today|tonight|this week|this month', 'if you|only if|as long as|provided|only'], gap: 2, negatable: false, unlessAfter: 'be cleared|be removed|be deleted|be erased|be closed|be fixed|be resolved' },
    // "月底前有效", "这个政策只到本周五": an offer that runs out.
    { id: 'deadline.offer_runs_out', seq: [`@time_limit_zh|${OFFER_DATES_ZH}`, '有效|为止|截止|过期作废|过了就没有|过咗就冇|过了就没了|过期'], gap: 2 },
    { id: 'deadline.only_until', seq: ['只到|只限|仅限|截止到|去到|只去到|就到|保留到|保留至|只保留到|即日起至|即日起到|优惠到|优惠至|优惠期至|优惠期到|优惠期截至|优惠期截止到|有效到|有效至', `@near_time_zh|${OFFER_DATES_ZH}`], gap: 2 },
    // "活动截至本周五"; not "截至今日，你的借款已产生…" (as of today).
    { id: 'deadline.runs_until', seq: ['截至', `@near_time_zh|${OFFER_DATES_ZH}`], gap: 2, unlessBefore: ',|你|已|累计|共计|共|应还|系统|仍|尚' },
    // "聽日唔見錢": no money by the time, and then.
    { id: 'deadline.time_no_money', seq: ['@near_time_zh|@time_limit_zh', '见不到人|见唔到人|唔见钱|不见钱|见不到钱|没见到钱|冇见到钱|收唔到钱|收不到钱|没看到钱|睇唔到钱'], gap: 4 },
    // "Need your answer by tomorrow".
    { id: 'deadline.answer_by_en', seq: ['need your answer|need an answer|need a reply|need your reply|need to hear back|need to hear from you|want an answer', 'by|before|no later than', '@date_en|@chat_time_en'], gap: 4 },
    // "今儿个八百块先打过来": today, this sum, sent over.
    { id: 'deadline.today_sum_sent', seq: ['@near_time_zh', '#块|#元|#蚊|#万|#千|#块钱', '先打过来|打过来|转过来|汇过来|先转我|先还上|先俾我|先转过来'], gap: 3 },
    // "An enforcement agent will attend after 7 clear days … unless the sum is paid".
    { id: 'deadline.after_days_unless_en', seq: ['after|in|within', '@duration_en', 'unless|if not|failing|if you do not|if you don\'t'], gap: 40 },
    // "如需撤回请于当日还清", "请即日清还": the same day.
    { id: 'deadline.same_day', seq: ['于|在|请于|须于|请|请即|务必|须', '当日|当天|即日', '@pay_zh|还清|结清|处理|缴清|清还|还款'], gap: 2 },
    // "钱今天必须到账": must, today.
    { id: 'deadline.today_must', seq: ['@near_time_zh|@time_limit_zh', '必须|一定要|务必|必需', '清零|到账|还清|结清|还|转|到位|处理|还款|交|俾'], gap: 2 },
    // "Miss tomorrow's payment and ...".
    { id: 'deadline.payment_of_the_day_en', seq: ['miss|skip|make|pay', "tomorrow's payment|today's payment|tonight's payment|friday's payment|monday's payment|this week's payment"], gap: 1 },
    // "我哋最迟星期五要收到钱".
    { id: 'deadline.at_the_latest', seq: ['最迟|最晚', `@near_time_zh|@time_limit_zh|${OFFER_DATES_ZH}`], gap: 2 },
    // "我畀多你两个礼拜", "再宽限你三天".
    // "限你三天把钱还上", "只俾你今日": a limit set on the reader.
    { id: 'deadline.limit_set_zh', seq: ['限你|只给你|只俾你|只畀你|最多给你|最多俾你|最多畀你', '#天|#日|#小时|#个小时|#个钟|#个钟头|今天|今日|今晚|明天|听日|#个礼拜|#个星期|#周'], gap: 0 },
    // "过了今天恢复原价", "过咗今日就冇": what is on offer or held back ends with the day.
    { id: 'deadline.gone_after_today_zh', seq: ['过了今天|过了今日|过咗今日|过咗今天|过了今晚|过咗今晚|过了明天|过咗听日|过了这周|过了本周|过了月底|过咗月底', '就自动|自动|就直接|就计入|就上报|就移交|恢复|就没|就冇|作废|失效|取消|无效|就不|就唔|就要|就会|就按|就得|就走'], gap: 4, negatable: false },
    { id: 'deadline.more_time_given', seq: ['畀多你|俾多你|给多你|再给你|多给你|宽限你|再宽限', '#天|#日|#个礼拜|#个星期|#周|#个月'], gap: 2 },
    // "月底要是还看不到钱", "今天这300块必须到账".
    { id: 'deadline.money_seen_by', seq: ['@near_time_zh|@time_limit_zh', '要是还看不到|还看不到钱|看不到钱|见不到钱|必须到账|一定要到账|必须到位'], gap: 6 },
    // "此优惠至5月31日止": an offer that runs to a day. Not "截至今日止", "到今天为止" (as of today).
    { id: 'deadline.until_end', seq: ['至|直至', OFFER_DATES_ZH, '止|为止'], gap: 0, unlessAfter: '截' },
    // "请于文书送达前与本公司协商", "请在开庭前联系我们": a step of the process to act before. Not the optional "可在开庭前联系".
    { id: 'deadline.before_event', seq: ['请于|请在|须于|须在|务必于|务必在|应于|应在', '开庭|判决|宣判|起诉|立案|送达|移交|上门|外访', '前|之前|以前'], gap: 4, notInQuestion: true, negatable: false },
    // "72小时后案件自动提交仲裁委": a countdown to the next step of the process.
    { id: 'deadline.countdown_step', seq: ['#天后|#日后|#小时后|#个小时后|#天之后|#日之后|#个工作日后', '启动诉讼|启动法律|提起诉讼|移送|自动提交|自动移交|自动上报|自动转入|提交仲裁|提交法院|移交法务|移交律师|转交律师'], gap: 4, negatable: false },
    // "超过15天将委托律师起诉": past so many days, the next step.
    { id: 'deadline.past_days', seq: ['超过|超出|逾期超过|逾期满|再过', '#天|#日|#小时|#个小时', '将|就|会|则|便|即'], gap: 0, negatable: false },
    // "剩下的月底给我": the rest by a day.
    { id: 'deadline.rest_by', seq: ['剩下的|剩下|余下的|剩余的|余款|尾款', `${WHEN_ZH}|下个月|下月|${BEFORE_ZH}`, '给我|还我|俾我|还清|结清|还上|转我|打给我|转给我|补上|付清'], gap: 2, notInQuestion: true, negatable: false },
    // "Pay the 12k or I'm calling your office. Tomorrow itself.": Indian English for at the latest (not "we will call your sister today itself").
    { id: 'deadline.itself_en', seq: ['@pay_en|pay|clear|settle|transfer', 'now itself|today itself|tomorrow itself|tonight itself|by today itself|by tomorrow itself'], gap: 80, acrossSentences: true, notInQuestion: true, negatable: false },
    // "Reaching out to your HR department on Monday … unless we hear from you first".
    { id: 'deadline.date_unless_hear_en', seq: [`@date_en|${CHAT_TIME_EN}`, 'unless we hear from you|unless you contact us|unless you call us|unless you get in touch|unless we receive|unless payment|unless you pay|unless full payment|unless the balance|unless the debt|unless you settle'], gap: 60, notInQuestion: true, negatable: false },
    // "This Saturday we come your house. If still no money, …".
    { id: 'deadline.date_if_no_money_en', seq: [`@date_en|${CHAT_TIME_EN}`, "if still no money|if no money|if still no payment|if no payment|if you still don't pay|if you still dont pay|if still not paid|if still don't pay|if still dont pay"], gap: 50, acrossSentences: true, notInQuestion: true, negatable: false },
    // "Saturday morning … Have the cash ready".
    { id: 'deadline.time_money_ready_en', seq: [`@date_en|${CHAT_TIME_EN}`, 'have the cash ready|have the money ready|have my money ready|have our money ready|have the full amount ready|have it ready|have cash ready|have money ready'], gap: 90, acrossSentences: true, notInQuestion: true, negatable: false },
    // "Can't do this deal after 5pm": an offer gone after a time.
    { id: 'deadline.gone_after_en', seq: ["can't do|cannot do|can't hold|cannot hold|can't offer|cannot offer|won't be available|not available|no longer available|off the table|goes away|is gone|be gone|won't stand|won't hold|expires|ends", 'after|past', `@date_en|${CHAT_TIME_EN}`], gap: 12, negatable: false },
    // "…else tomorrow morning your photos go to all your contacts": the time after the "or else".
    { id: 'deadline.or_else_date_en', seq: ['else|otherwise|or else|if not', `@date_en|${CHAT_TIME_EN}`], gap: 2, notInQuestion: true, negatable: false },
    // "If this week still dun settle", "if by friday you still haven't paid".
    { id: 'deadline.if_date_unpaid_en', seq: ['if|if by', `@date_en|${CHAT_TIME_EN}`, "still dun|still don't|still dont|still not|still no|still haven't|still havent|still unpaid|no pay|no money|dun pay|don't pay|dont pay|not paid|haven't paid|havent paid"], gap: 6, negatable: false },
    // "If the amount is not cleared today", "still unpaid after 45 days".
    { id: 'deadline.unpaid_by_en', seq: [UNPAID_EN, `@date_en|${CHAT_TIME_EN}`], gap: 3, negatable: false },
    { id: 'deadline.unpaid_after_en', seq: [UNPAID_EN, 'after|within|in|beyond|past', '@duration_en'], gap: 3, negatable: false },
    // "Filing on Monday if the $740 isn't in our account".
    { id: 'deadline.date_if_not_en', seq: [`@date_en|${CHAT_TIME_EN}`, 'if', "isn't in|is not in|isn't received|is not received|isn't paid|is not paid|isn't cleared|is not cleared|hasn't cleared|hasn't arrived|has not arrived|don't pay|dont pay|do not pay|haven't paid|have not paid|still haven't|fail to pay|fails to pay"], gap: 16, notInQuestion: true, negatable: false },
    // "Within thirty (30) days of this letter": a legal letter spells the number twice.
    { id: 'deadline.within_spelled_en', seq: ['within five (#)|within seven (#)|within ten (#)|within fourteen (#)|within fifteen (#)|within twenty (#)|within twenty-one (#)|within thirty (#)|within sixty (#)|within ninety (#)'], negatable: false },
    // "This is the last time I'm asking": no more chances.
    { id: 'deadline.last_time_asking_en', seq: ["last time i'm asking|last time im asking|last time i am asking|last time i ask|last time i will ask|last time i'll ask|last time ill ask|not asking again|won't ask again|wont ask again|will not ask again|not going to ask again"], negatable: false },
    // "Coming to your office tomorrow at 11 … Better you pay before that."
    { id: 'deadline.pay_before_that_en', seq: [`@date_en|${CHAT_TIME_EN}`, 'pay before that|pay it before that|pay up before that|paid before that|settle before that|settle it before that|clear it before that|clear before that|pay before this|settle before this'], gap: 120, acrossSentences: true, notInQuestion: true, negatable: false },
    // "Agents may attend from 7 days after the date of this notice".
    { id: 'deadline.days_after_notice_en', seq: ['@duration_en', 'after the date of this|from the date of this|of the date of this|after service of this|of service of this|after the date of the notice|after the date of the letter'], gap: 2, negatable: false },
    // "Offer valid 14 days", "this offer is good for 7 days".
    { id: 'deadline.valid_for_en', seq: ['offer valid|offer is valid|valid for|valid|good for|offer stands for|open for|offer holds for|held open for', '@duration_en'], gap: 2, negatable: false },
    // "I've moved your due date to the 28th": a new date set.
    { id: 'deadline.moved_to_en', seq: ['due date to|due date is now|new due date|due date moved to|due date changed to|pushed your due date to|extended to|pushed back to', '@date_en'], gap: 4, negatable: false },
  ],
};
