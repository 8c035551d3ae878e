import type { LabelRules } from './types';

/** Offers instalments, a reduction, a waiver, an extension or a hardship plan. */
export const SETTLEMENT_OFFER: LabelRules = {
  label: 'settlement_offer',
  rules: [
    { id: 'settlement_offer.instalments', seq: ['分期|分#期|分#个月|分#次|分开还|分批还|分几期|个性化分期|分期还款|分期方案|攤还|分开几期|分开#期|分开几次|分开#次|拆开几期|拆成#期|拆成#个月|拆成几期|拆成几个月|拆做#期|拆做#个月|拆做几期|分做#期|分成#期|分成#个月|分成几期|分成几个月'], unlessBefore: '贷款|贷|借款|付款产品|商城|购物|乐|提|买|购|额度|】|第|已|已经|还没|未|逾期|这期|本期|当期|上期|这一期|款项|账单|的借|的欠|的账|平台|公司|app|款|账款|帐款|账户|帐户|资格|又|并非|从上|一直|扣款', unlessAfter: '解除|约定|原约定|当初约定|合同约定|【|乐|已逾期的|第|那笔|这笔|取消你的|取消了你的|机车|汽车|车辆|购车|手机|家电|装修|消费|购物|商品' },
    { id: 'settlement_offer.relief', seq: ['减免|免除|豁免|免收|免息|停息|挂账|停息挂账|减息|降息|利息减免|全额减免|部分减免|减少利息|少还|优惠|优惠方案|一次性结清优惠|债务重组|重组|前置协商|协商还款|还款协商|协商分期|协商机会|可以协商|可以商量|商量一下|还款方案|还款计划|方案|延期|延后|顺延|押后|往后推|往后挪|展期|宽限|缓缴|缓还|暂缓|推迟还款|延长还款|减轻|消债|核销|和解|庭外和解|免了|免掉|免去|和议|商讨还款|协商|还款假期|暂停还款|暂停供款|暂停缴款|暂停缴费|暂停月供|暂停计息|停止计息|暂停收息|停止收息|停收利息|唔收息|调整每月|调整月付|调整缴款金额|调整还款金额|商量着来|还款宽限|个人自愿安排|iva|减轻每月供款|减少每月供款|免一半|减一半|免掉一半|减半|打五折|一次缴清只要|一次缴清只需|一次还清只要|清偿专案|清偿方案|月供调整|期限延长|延长#个月|把月供|全免|只还利息|只缴利息|只付利息|只供利息|还款计画|给你减|帮你减|尽量减|给你少算|帮你少算|砍一半|砍掉一半|砍半|展延|调降月付|月付金调降|月付调降|降低月付|调低月供|降低月供|调整缴款日|调整还款日|更改还款日|变更还款日|调整缴款时间|调整还款时间|可行的还款|可行还款|债务清零|负担得起|负担得来|能负担的'],
      // Putting off a step against the reader (暂缓执行, 暂缓外访) is no relief on the debt.
      unlessBefore: '中心|贷款|费|执行|强制执行|外访|上门|拜访|家访|起诉|诉讼|拘捕|逮捕|拘留|抓捕|通缉|立案|移送|报案|这趟|这一趟|一趟|行程|期最后|期已|期届满|期结束|期到期',
      // "已经过了宽限期", "视为放弃协商": a grace period gone, a talk given up.
      unlessAfter: '上门|过了|已过|超过|放弃|拒绝|拒绝了|不愿|不肯|至|最|当面' },
    // An agreement already made ("如您已与本公司达成还款协议，请来电告知") is no offer.
    { id: 'settlement_offer.agreement', seq: ['还款协议|还款安排'], unlessAfter: '达成|签订|签署|签了|已有|现有|原有|原来的|冇|没有|没|无' },
    // Settled on a lump sum less than owed: 一次过还三万就当清数, 视为结清.
    { id: 'settlement_offer.treated_as_settled', seq: ['当清数|当结清|当还清|当两清|当找数|当做结清|当作结清|当作还清|视为结清|视作结清|视同结清|作结清处理|作清数处理|视为全部结清|视为全额结清|视作全部结清|视为已结清|当全部结清|当你清咗|当你清了|当你还清|当你结清|当你找数|当你两清'] },
    // Mediation held out to the reader (目前仍可申请调解); a mediator merely named is no offer.
    { id: 'settlement_offer.mediation', seq: ['可申请调解|可以申请调解|可调解|可以调解'] },
    // 打折 is also breaking a bone: 腿给你打折, 把你腿打折.
    { id: 'settlement_offer.discount', seq: ['打折|打个折|打对折|打个对折|打#折|打个#折|折扣|#折清数|#折结清|#折还清|#折清偿|#折清还|#折找数'], unlessAfter: '腿|手|骨头|腿给你|手给你|腿都给你|腿帮你', unlessBefore: '你的腿|你腿|你的手|你手' },
    // Collection paused for a while: 先停三个月不催, 这个月先不催你, 暂停催收.
    { id: 'settlement_offer.pause_collection', seq: ['停催|停止催收|暂缓催收|暂停追讨|停止追讨'] },
    // The verb after: 帮你把催收暂停, 催收先停一下, 追讨可以暂缓.
    { id: 'settlement_offer.collection_paused', seq: ['催收|催款|追讨|催缴', '暂停|停一停|停一下|先停|停下来|暂缓|缓一缓'], gap: 4 },
    // The rest put off to later: 剩下的两千九下个月再说, 余款下月再还, 剩低嘅迟啲先俾.
    { id: 'settlement_offer.rest_later', seq: ['剩下|剩余|余下|其余|余款|尾数|剩低|剩返', '慢慢商量|再商量|商量着来|慢慢谈|再谈|给我就行|俾我就得|慢慢来|按月还|再说|再还|再付|再俾|再缴|再算|再处理|先俾|慢慢还|帮你乔|再乔|帮你想办法|帮你搞定'], gap: 12 },
    { id: 'settlement_offer.pause_for_a_while', seq: ['#个月|#周|#个礼拜|#天|这段时间|这个月|一段时间|一阵', '不催|先不催|不找你|不打扰你|唔催|唔搵你|唔再催'], gap: 2 },
    // A small monthly sum said to be enough: 每月还800就行, 每个月供HK$1,000就得.
    { id: 'settlement_offer.monthly_enough', seq: ['每月|每个月|每期|每周|一个月', '还|缴|付|供|俾|交', '#', '就行|就可以|就好|即可|就得|便可|就ok|就够'], gap: 4 },
    { id: 'settlement_offer.settle_for_less', seq: ['可以只还|只收|只收你|一次清偿只需|一次性清偿只需|一次还清只需|一次过还清只需|一次清偿只要|一次性还清只需|只需|只要|即可|就当|就算', '一次过清|一笔过清|结清|清偿|还清|全数结清|结案|当结清|两清|销账'], gap: 16 },
    { id: 'settlement_offer.pay_some', seq: ['还多少是多少|能还多少|还得几多|能还几多|有几多还几多|部分还款|少量还款|每个月还一点|每月还一点|量力而行|慢慢还|慢慢缴|慢慢供|慢慢俾|慢慢清|分开几次还|分几次还|逐月还|按月摊还|慢慢补'],
      // "已收到您的部分还款" is a receipt; "后面再慢慢还那边" a loan elsewhere.
      unlessAfter: '收到你的|收到|已收|收到了你的', unlessBefore: '那边|那里|别人|人家' },
    // "We can let you pay 4,000 a month": a monthly sum the lender allows.
    { id: 'settlement_offer.monthly_allowed', seq: ['让你|允许你|准你|准许你|俾你|接受你|同意你|让阁下|允许阁下', '每个月|每月|每周|每两周|每期|按月|逐月', '缴|还|付|供|俾|交|摊还'], gap: 4 },
    // The rest let go once a part is paid: 剩下的2,600就给您免了, 余款不用还.
    { id: 'settlement_offer.rest_waived', seq: ['剩下|剩下的|剩余|余下|其余|余款|尾数|零头|差额|剩低|剩返', '免|我不要了|不要了|唔要了|不用还|不用再还|不用付|唔使还|唔使俾|就算了|一笔勾销|不追究|抹掉'], gap: 10 },
    // Paying part for someone else (帮他先还上一部分) asks a third party to pay; it offers nothing.
    // Asked ("可以先缴一部分吗？") it is a softened demand, not a concession.
    { id: 'settlement_offer.pay_part', seq: ['先|能先|可以先|哪怕|至少', '还|缴|付|交|俾|给|转|还款|处理|解决|清', '一部分|部分|一点|一些|少少|一啲|一半'], gap: 1, notInQuestion: true, unlessAfter: '帮他|帮她|替他|替她|代他|代她|叫他|叫她|让他|让她', unlessBefore: '时间|资料|材料|证明|说法|交代|解释|回复|答复|消息' },
    { id: 'settlement_offer.we_can_help', seq: ['帮你申请|为你申请|给你申请|帮你争取|我帮你|可以帮你|为您办理|帮您办理|协助办理|可协助|可为您安排|可为阁下安排|为阁下安排|可以批俾你|批俾你|可以给你', '延期|延迟|推迟|顺延|分期|减免|延后|方案|宽限|免除|重组|申请|一次|结清|几天|安排'], gap: 10, unlessBefore: '证明|证书|手续|注记|记录|纪录|删除|消除|撤销|注销' },

    { id: 'settlement_offer.plan_en', seq: ['instalment arrangement*|installment arrangement*|agree repayment*|agree a repayment|agree payment terms|fortnightly plan|weekly plan|monthly plan|a plan of|plan of $#|payment plan|payment plans|repayment plan|repayment plans|payment schedule|repayment schedule|instalment plan|installment plan|payment arrangement*|satisfactory arrangement*|suitable arrangement*|acceptable arrangement*|arrangements are made|repayment arrangement*|repayment proposal|payment proposal|instalment agreement|installment agreement|hardship*|payment holiday*|pause payments|pause your payments|payment pause|forbearance|rehabilitation|debt management|deferment|deferral'], unlessAfter: 'your|missed|broken|existing|unless' },
    { id: 'settlement_offer.relief_en', seq: ["we'll clear the rest|we will clear the rest|we'll wipe the rest|we will wipe the rest|we'll cancel the rest|we will cancel the rest|wipe the rest|forgive the rest|waive the rest|we have options|options available to you|there are options|" + 'one-time settlement|one off settlement|cut your balance|cut the balance|cut your debt|slash your balance|settlement offer|settlement of|full and final|% off|percent off|discount*|reduce*|reduction|waive*|waiver|forgive*|forgiveness|lower your payment*|lower your interest|lowers your interest|lower your monthly|lower payments|freeze interest|frozen interest|interest free|restructur*|consolidat*|extend*|more time|extra time|extra days|more days|extra week|give you until|push it back|push back|defer*|postpone*|spread the|spread it|as little as|affordable|works for you|work for you|work this out|work something out|work out a|work out the rest|work out the balance|work out the remainder|flexible|options to pay|payment options|repayment options|payment option|ways to pay|split the|half now|support options|financial support|about support|hardship support|breathing space|help you get back on track|paused collection|pause collection|hold on your account|reduced payment*|lower payment*|a date that works|date that works|works best for you|willing to accept|we can accept|we will accept|instead of the lump sum|accept a reduced|accept less|paused interest|pause interest|pausing interest|freezing interest|froze interest|a lower amount|lower the monthly amount|lower monthly amount|fits your budget|fit your budget|suits your budget|suit your budget|even small|small monthly amount*|small monthly payment*|pick a new date|choose a new date|make an arrangement|make arrangements|realistic offer|reasonable offer|one time settlement|as full settlement|in full settlement|lower monthly payment*|reduced monthly payment*|smaller monthly payment*|break from payment*|break from your payment*|moving your due date|move your due date|change your due date|changing your due date|arrange terms|arrange payment terms|arrange repayment terms|sort the rest|sort out the rest|the rest later|the balance later|the remainder later|the rest by payday|the rest on payday|the rest next week|the rest next month|the balance by payday|the balance on payday|the balance next month|the remainder by payday|reverse the penalt*|reverse any penalt*|reverse your penalt*|write off the rest|write off the balance|write off the remainder|write the rest off|write off the remaining|we can split it|can split it up|could split it up|take off the late fee*|take the late fees off|take off the fees|take off the charges|take off the interest|take the penalty off|take the penalties off|take the fee off|take the fees off|take the late fee off|take the interest off|take the charges off'], unlessBefore: 'until we send|until we provide|until we mail|until we obtain|until verification' },
    // "Extension 4410" is a phone line.
    { id: 'settlement_offer.extension_en', seq: ['extension'], unlessBefore: '#|number|no' },
    // Missed payments moved to the end of the loan: "I'll move the other two to the end of your term".
    { id: 'settlement_offer.defer_to_end_en', seq: ['move*|shift*|push*|add*|tack*|put*|roll*', 'to the end of|onto the end of|on to the end of|on the end of|to the back of', 'your term|the term|your loan|the loan|your contract|the contract|your agreement|the agreement|your plan|the plan|your schedule|the schedule'], gap: 30 },
    // Brought current for free: "we can bring your loan back to current at no cost to you".
    { id: 'settlement_offer.current_for_free_en', seq: ['current|up to date|good standing|back on track', 'at no cost|at no charge|at no extra cost|at no additional cost|free of charge|for free|without any fee*|without a fee|with no fee*'], gap: 12 },
    // Added charges taken off: 把后面加的那2,100多的费用抹掉, 利息一笔勾销.
    { id: 'settlement_offer.fees_wiped', seq: ['费用|利息|罚息|违约金|滞纳金|逾期费|手续费', '抹掉|抹去|抹了|一笔勾销|不收了|不算了'], gap: 3 },
    // Instalments offered, not owed: "can do instalment 6 or 12 mths", "pay in 3 instalments".
    { id: 'settlement_offer.instalments_en', seq: ['can discuss|can arrange|can talk about|can do|can also do|could do|pay in|pay it in|paid in|clear it in|split into|split it into|break it into|spread over|in #|into #|by monthly|convert to|convert it to|convert into|converted to|converted into', 'instalment*|installment*|emi|emis|monthly payments|equal payments|smaller payments|part payments|parts|chunks'], gap: 8, unlessAfter: 'your|my' },
    // The sum cut into parts: "split it into three payments", "break it up into 4 chunks", "spread it over six months".
    { id: 'settlement_offer.split_up_en', seq: ['split*|break*|spread*|divide*', 'into|over|across', 'payments|parts|chunks|pieces|lots|instalments|installments|months|weeks|paydays|fortnights|pay periods'], gap: 16 },
    { id: 'settlement_offer.instalments_term_en', seq: ['instalment*|installment*', '# or # months|# or # mths|# months|# mths|# mos|over #'], gap: 4, unlessBefore: 'overdue|due|missed|unpaid|outstanding|late|in arrears', unlessAfter: '#|your|missed|unpaid|overdue|outstanding' },
    // Smaller sums the lender takes: "we can take small amounts, even £10 a month", "we can accept $50 a week".
    { id: 'settlement_offer.accept_less_en', seq: ['can take|could take|can accept|could accept|will take|will accept|would accept|happy to take|happy to accept|agreed to accept|agree to accept|agreed to take|prepared to accept|able to accept|open to|can start with|could start with|can work with|will consider|would consider|happy to consider|willing to consider', 'small amount*|smaller amount*|small payment*|smaller payment*|small sum*|less|reduced|part payment*|partial*|a portion|what you can|whatever you can|any reasonable|a reasonable|any offer|an offer|# a month|# per month|# a week|# per week|# monthly|# weekly'], gap: 20 },
    // A lower sum taken as the whole: "authorized to accept $2,500 as payment in full", "we'll take £900 to settle".
    { id: 'settlement_offer.accept_as_full_en', seq: ['accept*|take|taking', '#', 'as payment in full|as full payment|as full settlement|in full settlement|as settlement|as a settlement|in settlement|to settle|to close the account|to close your account|to clear the balance|to clear the debt'], gap: 8 },
    // Collection paused as an offer: "we can put your account on hold for 30 days" (a parcel "on hold" is not).
    // "Settle for $900"; "I settle for you" is a go-between paying, no lower sum.
    { id: 'settlement_offer.settle_for_en', seq: ['settle for|settle it for|settle this for|settle the debt for|settle the account for'], unlessBefore: 'you|u|ya|me|him|her|them|us' },
    // The sum cut down: "we can knock it down to $1,400", "drop you to $60 a fortnight".
    // "I can knock $150 off if you settle the rest".
    { id: 'settlement_offer.sum_off_en', seq: ['knock|knocking|take|taking|shave|shaving', '$# off|£# off|€# off|# off|#% off'], gap: 1 },
    // "We can spread what's left over 12 smaller payments".
    { id: 'settlement_offer.spread_en', seq: ['spread|split|break', "what's left|the rest|the balance|the remaining|the remainder|the amount", 'over|into|across'], gap: 2 },
    // "將呢個月嘅供款延遲到下個月15號": this month's payment pushed back.
    { id: 'settlement_offer.push_back_zh', seq: ['供款|还款|缴款|这期|本期|还款日|缴款日|本金|余款|剩下的|剩余的', '延迟到|延后到|推迟到|押后到|延到|推到|挪到|往后挪|往后压|往后推|压后'], gap: 6 },
    // "…fee added each month, bringing the balance to £836" is growth, not a cut.
    { id: 'settlement_offer.bring_down_en', seq: ['knock*|drop*|bring|brought|cut*|take*|get*', 'it|that|this|you|the balance|your balance|the debt|the amount|the total|the payments|your payments|your monthly payment|your monthly payments|the monthly payment|your payment|your monthly', 'down to|down by|to #|to $#|to £#|to €#|from #|from $#|from £#|from €#'], gap: 2, unlessAfter: 'not|never|won\'t|can\'t' },
    // A small regular sum asked for gently: "could you manage £20 a week?", "how about $35 a fortnight".
    { id: 'settlement_offer.manage_small_en', seq: ['manage|afford|could you do|can you do|how about|what about|start with|start on|set you up on|put you on|get you on', '#/month|#/mo|#/week|#/wk|#/fortnight|# a week|# a fortnight|# a month|# per week|# per fortnight|# per month|# weekly|# fortnightly|# monthly|# every week|# every fortnight|# every month'], gap: 4 },
    // Collection held off while the rest is sorted: "I can hold the file for thirty days".
    { id: 'settlement_offer.hold_file_en', seq: ["we'll|can|could|will|happy to|able to|willing to|glad to|offer to", 'hold the file|hold your file|hold the account|hold your account|hold the case|hold off|pause the file|pause your account|pause the account|suspend collection*'], gap: 12, unlessBefore: "'t|not|no longer|any longer|forever|holder|liable|responsible|accountable" },
    // A payment date moved: "move it to Friday", "push your payment to payday", "reschedule it for next week".
    { id: 'settlement_offer.move_date_en', seq: ['move*|shift*|push*|reschedul*|change*', 'it|this|that|the payment|your payment|the date|the due date|your due date|the payment date|your payment date', 'to|till|until|for', 'a different date|a different day|another date|another day|monday|tuesday|wednesday|thursday|friday|saturday|sunday|next week|next month|tomorrow|a later date|payday|your payday|your next|a date|a day|the #'], gap: 6 },
    { id: 'settlement_offer.put_on_hold_en', seq: ['can|could|will|happy to|able to|willing to|glad to|offer to', 'put|place|keep', 'on hold|hold on'], gap: 24 },
    { id: 'settlement_offer.set_up_en', seq: ['agree how|agree a way|work out how|agree what you can|set up|set you up|get you set up|put you on|get you on|arrange|agree|agreed|offer|discuss|qualify for|apply for|can do|propose|sort|sort out|work out|figure out|come up with|put together|talk about|go over|start', 'plan|arrangement|instalments|installments|a smaller monthly amount|smaller monthly amount|a lower monthly amount|smaller payments|monthly payments|payments of|a schedule|program|programme'], gap: 20 },
    // "If you need to reschedule", "work out something that suits you": a change of terms offered.
    { id: 'settlement_offer.reschedule_en', seq: ['wish to|want to|need to|like to|we can|we could|happy to|able to|option to|offer to|help you|ask to|request to', 'reschedul*'], gap: 4, unlessAfter: "can't|cannot|won't|unable to|not" },
    { id: 'settlement_offer.work_something_out_en', seq: ['work out something|work something out|figure something out|figure out something|sort something out|something that suits you|something that works for you|something you can afford|something you can manage|come to an arrangement|reach an arrangement'], unlessAfter: "can't|cannot|won't|unable to|not|no longer" },
    // "Closed for just $600": the debt ends for less than is owed.
    { id: 'settlement_offer.close_for_less_en', seq: ['close*|clear*|settle*|resolve*|wipe*|paid off|pay off|close out|closed out|satisf*', 'for just|for only|for as little as|for a fraction|for half|for less|for #% of'], gap: 48 },
    // "可以申请延迟还款", "缓缴三个月": the due date moved back.
    { id: 'settlement_offer.repayment_delayed', seq: ['延迟还款|延后还款|延期还款|推迟还款|缓缴|缓还|延缓还款|延迟供款|延期供款'], unlessAfter: '不能|不可|不接受|无法|唔可以|不得' },
    // "Pause payments for 90 days", "freeze interest": breathing room offered.
    { id: 'settlement_offer.pause_en', seq: ['pause payments|pause your payments|pause the payments|payment pause|payment holiday|payment break|breathing space|no interest or|no further interest will|no more interest will|no interest will be|freeze the penalt*|freeze penalt*|freeze your penalt*|freeze the fees|freeze fees|freeze the charges|freeze charges|freeze interest|freeze the interest|interest freeze|freeze your interest|stop the interest|suspend interest|suspend payments|skip a payment|skip this month'], unlessAfter: "can't|cannot|won't|unable to|not able to" },
    // "Settlement before the hearing date is still possible."
    { id: 'settlement_offer.settlement_possible_en', seq: ['settlement|a settlement', 'still possible|is possible|remains possible|still available|still an option|remains an option|still on the table'], gap: 30, unlessAfter: "not|no longer|isn't|is not" },
    // "Reply 1 for 3 instalments", "we'll accept £25 a month".
    { id: 'settlement_offer.instalments_choice_en', seq: ['split it into #|split into #|break it into #|split it in #|for # instalments|for # installments|in # instalments|in # installments|# monthly instalments|# monthly installments|# easy instalments|# easy installments'] },
    { id: 'settlement_offer.accept_monthly_en', seq: ["we'll accept|we will accept|we can accept|we'd accept|we would accept|we'll take|we will take|we can take|happy to accept|happy to take", '£#|$#|€#|#', 'a month|per month|monthly|a week|per week|weekly|a fortnight|per fortnight'], gap: 2 },
    // "公司批咗你延遲兩個星期還款": a delay granted.
    { id: 'settlement_offer.granted_delay', seq: ['批了你|批咗你|批准你|批你|同意你|允许你|准你', '延迟|延后|推迟|押后|延期|迟#天|晚#天|迟#日|晚#日'], gap: 2 },
    { id: 'settlement_offer.no_extra_charge', seq: ['唔收额外|不收额外|不另收|唔另收|期间不收|期间唔收|期间不加|期间唔加'] },
    // "哪怕500、800都行": any small sum will do.
    { id: 'settlement_offer.even_small_sum', seq: ['哪怕|就算|即使|先还|先俾|先转|先付|先缴', '#', '都行|也行|都可以|也可以|都得|也得|都ok|也ok'], gap: 8, notInQuestion: true },
    // "今天先还个最低还款额也行": a smaller payment is enough.
    { id: 'settlement_offer.less_will_do', seq: ['最低还款|最低还款额|先还一部分|先还一半|先还个最低|先还利息|还一半', '也行|也可以|就行|就可以|也ok|都得|都可以|也得'], gap: 4 },
    // "一次清償只要付本金六成": a share of the sum settles it.
    { id: 'settlement_offer.share_of_principal', seq: ['原本的#成|原价的#成|欠款的#成|只要付#成|只需付#成|只要付本金|只需付本金|只还本金|只要还本金|只需还本金|只付本金|本金#成|#成本金'] },
    // "Can pay half first lah, balance next month".
    { id: 'settlement_offer.half_first_en', seq: ['pay half|half first|half now|half today|part payment|partial payment|pay part of it|pay some first'], unlessAfter: "can't|cannot|won't|must|need to" },
    // "Happy to push the date back a week".
    { id: 'settlement_offer.date_pushed_back_en', seq: ['push*|move*|shift*|put', 'the date|your date|the due date|your due date|it|the payment|your payment', 'back'], gap: 2, unlessAfter: "can't|cannot|won't|unable to" },
    // "本金可以再缓缓": the rest may wait.
    { id: 'settlement_offer.rest_can_wait', seq: ['本金|剩下的|余下|其余|剩余|剩低', '可以再缓缓|可以缓缓|缓一缓|缓缓|可以晚点|可以迟啲|可以慢慢'], gap: 4 },
    // "…and we will consider your balance settled in full".
    // "we'll call it square", "the lowest I'm authorised to go is $1,800": settled for less, or on these terms.
    { id: 'settlement_offer.call_it_square_en', seq: ["call it square|call it even|call it quits|call it settled|call it done|call it closed|lowest i can go|lowest i'm authorised to go|lowest i'm authorized to go|lowest we can go|lowest i can accept|lowest we can accept|best i can do is|best we can do is"], unlessAfter: "can't|cannot|won't|will not|not" },
    // "Reply LATER to move it 7 days": the payment moved by a stretch of time.
    { id: 'settlement_offer.move_by_days_en', seq: ['move it|push it|shift it|move your payment|push your payment|move the payment|push the payment|delay it|delay your payment|defer it|defer your payment', '# days|# day|a week|# weeks|a fortnight|by # days|by a week'], gap: 2, unlessAfter: "can't|cannot|won't|unable to" },
    { id: 'settlement_offer.treated_as_settled_en', seq: ['consider|treat|deem|mark|close|closed|closed out', 'settled|paid in full|settled in full|as closed|as resolved|as paid'], gap: 30, unlessAfter: "can't|cannot|won't|will not|unable to" },
    // "We can settle your $2,300 balance for $900".
    { id: 'settlement_offer.settle_balance_for_en', seq: ['settle|close|clear|resolve|closed|cleared|settled|resolved', 'for $#|for £#|for €#|for only|for just|for as little as'], gap: 40, unlessAfter: "can't|cannot|won't|unable to" },
    // "Boss say can let you pay $150 every month": a regular sum the lender allows.
    { id: 'settlement_offer.let_you_pay_en', seq: ['let you pay|lets you pay|allow you to pay|allows you to pay|let you make|let you do', '#', 'a month|per month|every month|monthly|a week|per week|every week|weekly|a fortnight|per fortnight|every fortnight'], gap: 4 },
    // "I can set up the remaining $600 over four payments", "12 payments of $435".
    { id: 'settlement_offer.over_n_payments_en', seq: ['over # payments|over two payments|over three payments|over four payments|over five payments|over six payments|across # payments|# payments of $#|# payments of £#|# payments of €#|# monthly payments of|# weekly payments of'], unlessAfter: 'behind|missed|arrears|last|past|your' },
    // Code-mixed: "帮你 apply 三期 instalment".
    { id: 'settlement_offer.instalments_mixed', seq: ['#期|分期|分#期', 'instalment*|installment*|plan'], gap: 2 },
  ],
};
