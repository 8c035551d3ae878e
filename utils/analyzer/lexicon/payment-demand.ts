import type { LabelRules } from './types';

// "还款" that names a plan or a matter rather than asks for money: 还款方案, 联系还款事宜.
const NOT_A_DEMAND_AFTER = '意向|意愿|事宜|方案|计划|协议|能力|日|期|记录|纪录|问题|提醒|安排|证明|状态|情况|期限|渠道|方式|金额|明细|困难';
// Paying as part of a negotiation or an offer: 协商分期还款, 即可结清.
const OFFERED_ZH = '协商|分期|分#期|延期|延后|延长|申请|商量|即可|就可以|就能|才能|可以|就当|只需|提前|目前|当前|无须|无需|不用';
// …and "如还款" (if you pay).
const NOT_A_DEMAND_BEFORE = `${OFFERED_ZH}|如|若|倘若|如果|假如|要是`;
// Paying "if you wish / only" by a date is a settlement offer, not a demand: 如愿于本月15日前…, 只需于30天内….
// They stand right before the time, or before the 于/在 that leads it (by_a_time_at reads those).
// (A bare 如于 is not among them: "如于10日内未清偿" threatens.)
const OFFER_IF = '如愿|若愿|愿意|如能|若能|如果能|只需要|只要|只须|仅需|只要你|只需你|只要是';
// "于/在/喺" and the month or week words a date may begin with after 于 (于本月15日前, 于下周五前):
// the time found inside such a date must not dodge what stands before the 于.
const AT_ZH = '于|在|喺|于本|于本月|于这个月|于下|于下月|于下个月|于本周|于这周|于下周|于周|于星期|于礼拜';
// "今天先打给我谈一谈": 打给我 is a call here, not a transfer.
const TALK_ZH = '谈|聊|倾|讲|说|商量';
// A sum "only" or "and that settles it" after the payment: 结清只需9,500元, 缴付…即可全数了结.
const OFFER_AFTER = '只需|只要|只须|仅需|即可|就可以|便可|可享|可获';
// Money as the object of 把/将: 把钱打过来, 将欠款汇进来 (not 把电话打过来).
const MONEY_ZH = '马币#|人民币#|港币#|台币#|新台币#|美金#|美元#|rm#|那#|那#万|那#元|这#|这#万|钱|首付|首期|首期款|款|欠款|欠的钱|数|那笔钱|这笔钱|那笔|这笔|尾数|余款|剩下的|#|#元|#块|#万|本金|利息';
// Where a case, not money, is moved: 将依法转入审理程序.
const CASE_STAGE_ZH = '程序|审理|立案|诉讼|司法|法律|法院|流程|阶段';
// A fee paid to a scammer or an office is not the debt: 缴纳诉讼保全费, 先缴保证金.
const FEES_ZH = '保证金|手续费|服务费|规费|工本费|解冻费|保全费|诉讼保全费|诉讼费|律师费|律师服务费|押金|会员费|认证费|验证金|涂销规费|撤诉保证金|注销费|处理费|删除费|清除费|消除费';
// …with its sum: 缴纳撤诉保证金2000元至指定账户.
// …or after it: 先付1,980元服务费.
const SUM_FEES_ZH = FEES_ZH.split('|').flatMap((f) => [`#元${f}`, `#${f}`]).join('|');
const FEE_SUMS_ZH = '保证金新台币#元|保证金人民币#元|保证金港币#元|费新台币#元|费人民币#元|费港币#元|保证金#元|保证金#|保证金nt$#|保证金hk$#|押金#元|押金#|费#元|费#|费nt$#|费hk$#';
// Ways to hand money over, Mandarin and Cantonese.
const HAND_OVER_ZH = '弄好|搞好|搞定|处理好|处理掉|打过来|汇过来|汇进来|打进来|转进来|存进来|转过来|转来|汇来|打来|拿出来|交出来|吐出来|凑出来|凑齐|凑好|送过来|拿过来|还回来|还给我|还我|俾我|入返|过数|准备好|备好|安排上|安排好|安排一下|交上来|补齐|还晒|俾晒|带上|带来|带过来|转了|汇了|处理了|处理一下|结了|结清|交了|缴了|补了';
// Paying, or not paying, by a time.
const PAY_BY_TIME_ZH = '@pay_zh|补上|补齐|清掉|平掉|平账|不平账|还进去|存进去|打进去|转进去|转我|转给我|打给我|汇进来|汇过来|转过来|打过来|还#|还#万|还#千|还进来|存进来|打进来|转进来|最少还|至少还|最少俾|至少俾|畀唔到|还唔到|入唔到|交唔到|还不到|交#元|缴#元|付#元|转#元|还#元|交#块|还#块|先还|先支付|先付|先缴|先转|还rm #|还rm#|还$#|还hk$#|还nt$#|还s$#|不还|清还|不把钱|不把#|转数快|过数|入数|缴足|唔清|不清|未清|唔还|唔俾|冇俾|没汇|没转|没打|没存|没入|冇入|唔入|要还|得还|必须还|一定要还|就要还|要俾|要付|要缴|还晒|还返|俾返|不给钱|不给,|不汇|不打款|不付款|不转账|不交钱|唔过数|唔找数';
// "Still unpaid" states a fact; it asks nothing.
const UNPAID_ZH = '未|没|冇';
// The reader's own money, not the debt.
const OWN_FUNDS_ZH = '资金|存款|余额|结余|积蓄|资金全部|存款全部|积蓄全部';
// Where money is sent to, as in "转到我个人账户" and "…元至指定账户".
const PAYEE_ZH = '我|我的|我个人|个人|指定|监管|以下|安全|下面|这个|支付宝|微信|卡上|账户|户口|fps';
// A debt handed on is not money paid: "已移交至我司", "委托给我们风控".
const PASSED_ON_ZH = '分配|移交|委托|转交|提交|报送|发送|寄送|上报|递交|转介|分派|外包|已|已经';
const TO_OUR_TEAM_ZH = '们风控|们法务|们部门';
// Sums in rupees and pesos (S$, HK$ end in $#): ₹38,600, Rs 18,000, Php 8,450.
const SUMS_EN = '₹#|rs #|rs#|rs. #|rs.#|inr #|₱#|php #|php#';
// "Send your payment receipt": papers about a payment, not the payment.
const PAYMENT_PAPERS_EN = 'details|receipt|confirmation|information|info|method|history|schedule|reminder|link';
// "You can pay…" offers a way; it does not demand.
const OFFERED_EN = 'can|could|may|option to|able to|help you|ways to|how to|let you|allow you|allows you';

/** Asks or demands that the overdue sum be paid. */
export const PAYMENT_DEMAND: LabelRules = {
  label: 'payment_demand',
  rules: [
    // Not a fact told: "经多次催告仍未清偿".
    { id: 'payment_demand.please_pay', seq: ['请|麻烦|务必|记得|希望|必须|须|要求|敦促|催告|叫他|叫她|让他|让她', '@pay_zh|缴费|缴一下|缴掉|缴上|缴齐|缴足|付一下|付掉|补一下|存一下|还晒|俾晒|还返|俾返|清还|主动处理'], gap: 20, unlessAfter: `${NOT_A_DEMAND_BEFORE}|申|声|邀|聘|宴|无|必|按时|按期|准时|如期|${UNPAID_ZH}|拒不|督促你|督促他|督促她`, unlessBefore: `${NOT_A_DEMAND_AFTER}|${FEES_ZH}` },
    { id: 'payment_demand.pay_now', seq: ['尽快|尽早|立即|立刻|马上|赶紧|赶快|及时|抓紧|速速|快点|快啲|即刻|乖乖|早日|早点|早啲|趁早|从速|尽速|即时|现在|而家|宜家', '@pay_zh|补上|补齐|补回|平账|平掉|清掉|过数|入数|转数|搞掂|搞掂佢|搞定佢|转一下|转下|汇一下|缴费|充值缴费|交费|俾|要还|要俾|处理|处理一下|处理好|解决|搞定|处理掉|还晒|俾晒|还返|俾返|拿出来|交出来|吐出来|转过来|汇过来|打钱|转钱|凑钱|拿钱'], gap: 4, unlessAfter: `${NOT_A_DEMAND_BEFORE}|帮你|为你|替你|到|直到|回电|联系|致电|来电|联络|覆电|复电|回复|回覆`, unlessBefore: `${NOT_A_DEMAND_AFTER}|减免|优惠|的政策|政策|折扣` },
    // "希望您尽快安排一下": arranging the money, not 我们会尽快安排专员 (the collector's own doing).
    // "方便的话这两天帮忙处理一下": soon, said softly. Not the collector's own "我们这两天会处理您的申请".
    { id: 'payment_demand.soon_handle', seq: ['这两天|这几天|这一两天|近两天|近几天|今明两天|呢两日|呢几日|这两日|近日', '拨冗处理|抽空处理|方便时处理|帮忙处理|处理一下|处理|还一下|缴一下|付一下|还上|安排一下|安排|补上|@pay_zh'], gap: 4, unlessAfter: '会|将|我们|帮你|为你|会在|将在|会于|将于', unlessBefore: `${NOT_A_DEMAND_AFTER}|您的|你的|申请|完毕|好了|完了` },
    { id: 'payment_demand.arrange_soon', seq: ['尽快|尽早|赶紧|赶快|抓紧|马上|立即|早点|早日|快点|快啲', '安排|安排一下|安排下|安排好|arrange*|sort out|sort it|clear'], gap: 2, unlessAfter: '会|将|将会|帮你|为你|给你|我们', unlessBefore: '专员|人员|同事|上门|外访|回电|联系|联络|时间|面谈|处理人员|人' },
    { id: 'payment_demand.if_not_paid', seq: ['若继续拖欠|如继续拖欠|若持续拖欠|如持续拖欠|如果继续拖欠|如再拖欠|若再拖欠|要是继续拖欠|要是一直不还|如果一直不还|一直不还的话|再这样不还|不处理的话|不还的话|唔还的话|不还钱的话|再不交的话|再不缴的话|不缴费的话|再不还的话|不给钱的话|唔俾钱的话|再不还|再唔还|敢不还|敢唔还|还不还|还唔还|还不上|还不出|唔还|冇还|不还钱|不还款|不还就|再不处理|不处理|唔处理|不结清|不缴清|没有缴清|没有还清|拖着不还|再拖|不给钱|唔俾钱|不俾钱|再不给|再不交|不把钱|还不起|没还上|再不缴|仲唔还|不到账|没到账|未到账|唔到账|到不了账|唔见钱|不见钱|见不到钱|看不到钱|收不到钱|钱不到|钱没到|钱未到|钱还没到|钱冇到|钱唔到|要一直不还|你要一直不还|不还我就|不还我们就|唔还我就|再不还我就|不还老子就|不拿出来|不交出来|不吐出来|装死不还|再装死不还|再躲着不还|再躲着唔还|继续躲着不还|继续拖着不还|再不上岸|再不履行|再不主动履行|不主动履行|还不履行|现在不缴|现在不交钱'], unlessAfter: '都|欠钱|欠债|欠数|欠人钱|欠人家钱|欠别人钱|拖数|拖钱|块都|元都|万都|钱都|蚊都|千都|百都|迟迟|借钱|借了钱|欠了钱|赖着|死赖着|一直|总是|老是|#个月|#个礼拜|#个星期|#年|好耐|咁耐|好久|这么久|那么久|拒|拒绝|呃钱|骗钱|呃了钱|骗了钱', unlessBefore: '都得|也行|也没关系|没关系|也不要紧|不要紧|面|门|的|的人|是诈骗|是骗|是老赖|是犯罪|是违法|就是诈骗|就是骗|就是老赖|就是犯罪|就是违法' },
    // "钱不还，出了什么意外别怪我们": the money unpaid, and then. Not "欠钱不还" (a name called).
    // "条数再唔找": the debt left unpaid, and then.
    // "今晚之前過$5,000先", "轉$500去我個人FPS": a sum sent, now.
    { id: 'payment_demand.sum_sent_yue', seq: ['过$#先|过$#数先|过#数先|过#蚊先|俾$#先|畀$#先|入$#先|转$#先|还$#先|俾#蚊先|还#蚊先|转$#去|转#去|过$#去|入$#去|转$#入|过$#入|转#蚊去|过#蚊去'] },
    // "Kindly fund your account within 48 hours": money put where the repayment is taken from.
    { id: 'payment_demand.fund_account_en', seq: ['kindly|please|pls|plz|urgently|immediately', 'fund your account|fund the account|top up your account|top up the account|fund your wallet|credit your account'], gap: 2 },
    // "Tap to retry": a failed payment asked for again.
    { id: 'payment_demand.retry_en', seq: ['tap to retry|click to retry|please retry|retry the payment|retry your payment|retry it when|reattempt the payment|try the payment again|try your payment again'] },
    // "今晚之前過住$2,000數先": a part paid first, for now.
    { id: 'payment_demand.part_for_now_yue', seq: ['过住|还住|俾住|畀住|找住|交住|转住', '数先|先'], gap: 12 },
    // "You must remedy the default by paying the arrears": the formal demand of a default notice.
    { id: 'payment_demand.remedy_default_en', seq: ['remedy the default|remedy this default|remedy your default|remedy the breach|rectify the default|by paying the arrears|by paying the overdue'] },
    { id: 'payment_demand.debt_not_paid_yue', seq: ['条数|笔数|啲数|个数|笔钱|啲钱', '再唔找|仲唔找|再唔还|仲唔还|再唔俾|仲唔俾|再不还|还不还|找唔找|还唔还'], gap: 2 },
    { id: 'payment_demand.money_unpaid_then', seq: ['钱不还,|钱唔还,|你不还,|你唔还,'], unlessAfter: '欠|借|借了|欠了|欠的|借的|呃|骗|呃了|骗了' },
    // Code-mixed: "如果再唔 settle", "再不 pay 就…".
    { id: 'payment_demand.if_not_paid_mixed', seq: ['再不|再唔|如果不|如果唔|要是不|要是唔|如不|若不|若再不|仲唔|还不|唔肯|不肯', 'settle*|pay|repay|clear|transfer|pay up|pay back'], gap: 2 },
    // "再不转过来", "再唔过数": the money not sent, and then.
    { id: 'payment_demand.if_not_sent', seq: ['再不|再唔|还不|仲唔|要是不|如果不|如果唔', '转过来|转钱|转账|汇过来|汇钱|打过来|打钱|打款|入数|过数|找数|俾钱|转给|汇给'], gap: 2 },
    // "钱不到位就…", "款项今晚未到": the money has not come. Not "欠款未到期" (not due yet).
    { id: 'payment_demand.money_not_in', seq: ['钱|欠款|款项|那笔钱|这笔钱|余款|尾数', '没进来|未进来|还没进来|没入来|冇入来|唔入来|不到位|没到位|未到位|唔到位|冇到位|没到|未到|唔到|冇到|还没到|仍未到|仲未到|不到账'], gap: 4, unlessBefore: '期|期日|时间|日子|号|手' },
    // "今晚12点前没看到那8,500…": no money by the time, and then.
    { id: 'payment_demand.not_seen_by_a_time', seq: ['@near_time_zh|@time_limit_zh|再', '没有看到|还是没有看到|仍没有看到|还没看到|没看到|见唔到|仲见唔到|没见|没收到|看不到|见不到|收不到|未收到|未见|未看到|冇见|唔见|不见|睇唔到|收唔到|没有收到|还没有收到|还没收到', '你的汇款|汇款|你的还款|#|钱|款|欠款|还款|那#|这#|那笔|这笔|转账|到账|入账'], gap: 3 },
    // Not the tail of a longer date ("30日前" in "在6月30日前"): the whole date is judged with what stands before it.
    { id: 'payment_demand.by_a_time', seq: ['@near_time_zh|@time_limit_zh', PAY_BY_TIME_ZH], gap: 4, unlessAfter: `${NOT_A_DEMAND_BEFORE}|${OFFER_IF}|${AT_ZH}|#月|#年|想处理的话|要处理的话|想谈的话|想协商的话`, unlessBefore: `${NOT_A_DEMAND_AFTER}|${OFFER_AFTER}|${TALK_ZH}|减免|优惠|活动|,我们谈|,我们聊|,我们商量|,谈|,聊|,商量` },
    // "请立即下载“安信还”APP进行还款": paying through an app. Not "请下载APP办理延期还款", nor the screen-sharing agent who "处理还款".
    { id: 'payment_demand.pay_in_app', seq: ['请|立即|尽快|务必', '下载|登录|登入', '进行还款|完成还款|还款|缴款|缴费'], gap: 24, acrossClauses: true, unlessAfter: `${NOT_A_DEMAND_BEFORE}|处理|协助|操作|代为`, unlessBefore: NOT_A_DEMAND_AFTER },
    // "请于今天还款", "如于本月20日前未缴清", but not "如愿于本月15日前清偿".
    { id: 'payment_demand.by_a_time_at', seq: [AT_ZH, '@near_time_zh|@time_limit_zh', PAY_BY_TIME_ZH], gap: 4, unlessAfter: `${OFFERED_ZH}|${OFFER_IF}`, unlessBefore: `${NOT_A_DEMAND_AFTER}|${OFFER_AFTER}|#元,即可|#元即可|#,即可|#元,就可以|#元就可以` },
    // "请于5月28日前通过APP官方渠道还款": the channel comes between the time and the payment.
    { id: 'payment_demand.by_a_time_via', seq: ['请|务必|必须|须|需|要求', '@time_limit_zh', '通过|透过|经由|登录|登入', '@pay_zh|缴费'], gap: 12, unlessAfter: `${NOT_A_DEMAND_BEFORE}|${OFFER_IF}`, unlessBefore: `${NOT_A_DEMAND_AFTER}|${FEES_ZH}` },
    // "如2日内仍未还款…": not paid by the time, and then.
    { id: 'payment_demand.unpaid_by_a_time', seq: ['如|若|如果|倘若|要是|假如', '@time_limit_zh|@near_time_zh', '仍未|仍然未|依然未|未|还未|还没|尚未|仍不|不|再不|没|没有|唔|冇|仲未', '@pay_zh|还|缴|付|交|处理'], gap: 1 },
    // "明天中午12点前未缴，案件直接转外包": still unpaid by the limit, and then.
    { id: 'payment_demand.unpaid_by_limit', seq: ['@time_limit_zh', '未缴|未还|未付|未结清|未缴清|未还清|未清偿|仍未缴|仍未还|仍未结清|仍未缴清|仍未还清'], gap: 2 },
    { id: 'payment_demand.by_a_time_mixed', seq: ['@date_en', '前|之前', '处理|还款|还钱|settle|pay|俾钱|transfer|结清|还|clear|还一下|处理一下|搞定|搞掂'], gap: 1 },
    // Not the collector's own doing: "我们将于明天处理您的申请".
    { id: 'payment_demand.by_a_time_handle', seq: ['@near_time_zh|@time_limit_zh', '处理|不处理|处理一下|处理好|搞掂|搞定|解决|麻烦安排|安排一下'], gap: 4, unlessBefore: '专员|人员|同事|上门|外访|人|时间|面谈|回电', unlessAfter: '将于|会于|将在|会在|将|会|我们|帮你|为你|联系|联络|回电|致电|来电|联系我|联系客服|联系专员|联络我|致电我|找我|找客服' },
    { id: 'payment_demand.asked_when', seq: ['打算还不|还打算还吗|打算还吗|到底要不要处理|能还多少|可以还多少|能还几多|可以还几多|能俾几多|有没有要还|到底有没有要还|有没有打算还|到底能拿出来多少|能拿出来多少|能拿出多少|什么时候还|啥时候还|啥时还|几时畀|几时交|啥时候交|什么时候交|几时入数|几时过数|几时还|何时还|到底还不还|还不还|还唔还|几时还钱|什么时候还钱|要不要还钱|要不要还|打不打算还|打唔打算还|打算什么时候还|打算几时还|准备什么时候还|准备几时还|想不想还|愿不愿意还|肯不肯还|还是不还|还定唔还|会不会还|还不还钱|还打算处理不|打算处理不|到底处理不|处理不处理|打不打算处理|还处理不|啥时候给|什么时候给|几时给|到底啥时候给|何时给|还个钱有那么难|还钱有那么难|还个钱就这么难|什么时候要还|啥时候要还|几时要还|到底什么时候还'], unlessAfter: '每个月|每月|最多|现在最多|大概|大约|一个月|这个月|本月' },
    // "大概哪天能还上？", "几号可以处理？": asks for the day the money comes. Not "还款日是几号", nor "什么时候还款都可以".
    { id: 'payment_demand.asked_which_day', seq: ['哪天|哪一天|哪日|几号|几时|何时|什么时候|啥时候|边日|几耐', '存进去|方便存|方便还|方便转|方便缴|方便付|到账|能到账|入账|可以入帐|到位|能还|可以还|会还|还得上|还上|能处理|可以处理|能俾|可以俾|能入|能转|能补上|能交上|交上|能交|能缴|@pay_zh|能打过来|打过来|能转过来|转过来|能汇过来|能打钱|方便处理|方便结|方便先结|先结|能结|结款|方便过数|方便入数'], gap: 3, unlessBefore: `${NOT_A_DEMAND_AFTER}|都` },
    { id: 'payment_demand.must_pay_zh', seq: ['一定要还|必须还|必须要还|一定得还|务必还|务必要还|非还不可|一定要俾|必须俾|一定要交|必须交钱|必须缴|一定要缴|必须付|一定要付|要还清|一定要清|一定要缴清|一定要付清'], unlessAfter: '只|不|唔|只需|不用|无须|不需', unlessBefore: '不起|不上|不了|唔起' },
    // "请在周五前给出还款计划", "给个还款时间": a commitment to pay demanded. Not "联系我们确认还款方案".
    { id: 'payment_demand.give_plan', seq: ['总得|总要|至少|起码|至少都要|最少都要|请|务必|必须|须|要求|限你', '倾个|谈个|给出|给个|给我个|给我一个|拿出|拿个|提出|提交|出个|定个|报个|准备好|准备', '还款计划|还款方案|还款时间|还款日期|还钱计划|还钱时间|还款安排'], gap: 12, unlessBefore: '申请|的申请' },
    { id: 'payment_demand.asked_if_can', seq: ['能不能|能否|可不可以|可唔可以|方便|可否', '@pay_zh|先转|先汇|先畀|转个|先还|先缴|先付|先交|先入|先弄|先凑|先拿|先打|处理一下|入返|还一下|缴一下|付一下|安排一下|安排下'], gap: 6, unlessAfter: '为了|为|以便|便于', unlessBefore: NOT_A_DEMAND_AFTER },
    { id: 'payment_demand.if_not_paid_on_time', seq: ['如不|若不|如果不|如未|若未|如果未|倘若不|要是不|如再不|若再不|如仍不|若仍未', '@pay_zh|还|处理|缴|履行'], gap: 4, unlessBefore: '能一次性|能够一次性' },
    // Not the calls told of by the one who gets them: "日日有人打嚟收數".
    { id: 'payment_demand.collect_in_person', seq: ['上门收款|到府收款|派人收款|上门收钱|来收钱|过来收钱|上门催收|收数'], unlessAfter: '第三方|委托|打来|打电话来', unlessBefore: '部|公司|有限|集团|组|员|佬|行业|通知|团队|中心|】|]' },
    { id: 'payment_demand.as_instructed', seq: ['依指示|按指示|按照指示|依照指示|按要求|配合', '转账|汇款|汇入|转入|缴款'], gap: 2 },
    // "当着你经理的面问你要钱", "揾你追数".
    { id: 'payment_demand.ask_for_money', seq: ['问|找|跟|向|管|同|揾', '你|你们|他|她', '要钱|要账|要债|讨钱|讨债|追债|拿钱|收钱|攞钱|要数|追数|收数'], gap: 3 },
    // An enforcement notice: "履行判决确定的给付义务". Not a fact told: "拒不履行", "未履行".
    { id: 'payment_demand.fulfil_duty', seq: ['履行', '给付义务|还款义务|付款义务|清偿义务|偿还义务|支付义务'], gap: 10, unlessAfter: `${NOT_A_DEMAND_BEFORE}|${UNPAID_ZH}|不|已|已经` },
    // "数要还", "钱始终要还": the debt stated as owed, which presses for it.
    { id: 'payment_demand.debt_must_be_paid', seq: ['数要还|钱要还|债要还|账要还|数一定要还|钱一定要还|数始终要还|钱始终要还|钱总要还|数总要还|钱总得还|债总得还|钱迟早要还|数迟早要还'], unlessAfter: '不|唔|借' },
    // "今日收工前要見到錢": the money expected, in so many words.
    { id: 'payment_demand.want_to_see_money', seq: ['必须看到钱|必须收到钱|必须见到钱|一定要看到钱|一定要收到钱|必须看到数|必须见到数|要见到钱|要见钱|要看到钱|要见到数|要收到钱|必须见到钱|一定要见到钱|要见到你的钱'], unlessAfter: '不|唔|没|冇' },
    // "麻烦您抽空处理一下": asked softly, still asked.
    { id: 'payment_demand.kindly_handle', seq: ['麻烦|烦请|劳烦|请', '抽空处理|拨冗处理|处理一下'], gap: 4, unlessAfter: NOT_A_DEMAND_BEFORE, unlessBefore: NOT_A_DEMAND_AFTER },
    // "欠我的那笔钱，最后再给你24小时": a last grace for the money (not for a reply, nor with instalments offered).
    { id: 'payment_demand.last_grace', seq: ['钱|欠款|欠的数|笔数|条数|那笔账', '最后再给你|最后给你|最多再给你|再给你|再宽限你|再俾多你|俾多你|畀多你|再畀你|再俾你|给多你', '#小时|#个小时|#天|#日|#个钟|#分钟|#个礼拜|#周|#个星期'], gap: 3, acrossClauses: true, unlessBefore: '考虑|时间考虑|冷静|,可以|可以' },
    // "聽日帶齊錢落樓下等", "拿钱过来": the cash brought to the collector.
    { id: 'payment_demand.bring_money', seq: ['带齐钱|带够钱|带齐现金|带够现金|带齐数|带钱落|带钱过来|带钱来|拿钱来|拿钱过来|准备好钱|备好钱|预备好钱|准备够钱|准备好现金'], unlessAfter: '不用|唔使|不必|无需|记得' },
    // "This is the last time im asking": the last request for the money.
    { id: 'payment_demand.last_time_asking_en', seq: ["last time i'm asking|last time im asking|last time i am asking|last time i ask|last time of asking|asking for the last time|asking you for the last time|not asking again|won't ask again|wont ask again|not gonna ask again|not going to ask again"] },
    // "that's all Marco wants back": the lender wants the money back.
    { id: 'payment_demand.wants_back_en', seq: ['wants back|wants his money back|wants her money back|wants their money back|wants the money back|wants it back|want it back by|want my money by'] },
    // "Better prepare the payment" before the field visit.
    { id: 'payment_demand.prepare_payment_en', seq: ['prepare the payment|prepare payment|prepare your payment|prepare the full payment|prepare the money|prepare the cash|prepare the amount|prepare the full amount|prepare the dues|prepare the balance'], unlessAfter: "how to|help you|we will|we'll" },
    // "Failure to remit within 10 days may result in…".
    { id: 'payment_demand.failure_to_pay_en', seq: ['failure to remit|failure to pay|failure to settle|failure to repay|failure to clear|failure to make payment|failure to make a payment|failure to make the payment'] },
    // "$1,275 due Friday.": a sum and its day.
    { id: 'payment_demand.sum_due_day_en', seq: ['$#|£#|€#|# bucks|₱#|rs #|₹#|rm#', 'due', '@date_en|@chat_time_en|now|immediately'], gap: 2, unlessAfter: 'paid|received|sent|payment of|refund of|credit of' },
    // "Bank in tonight to Maybank acc…".
    { id: 'payment_demand.bank_in_en', seq: ['bank in|bank it in|bank in the money|bank in the cash', '@date_en|@chat_time_en|now|asap|immediately|to|into|at'], gap: 3, unlessAfter: `${OFFERED_EN}|i|we|i'll|we'll|i will|we will|already|just` },
    // "pay through UPI to settle.desk@ybl within 30 minutes".
    { id: 'payment_demand.pay_within_en', seq: ['pay|transfer|remit|send the money|send payment|settle', 'within'], gap: 40, unlessAfter: `${OFFERED_EN}|we|i|we'll|i'll` },
    // "Sort the money out this week".
    { id: 'payment_demand.sort_money_en', seq: ['sort the money out|sort out the money|sort the money|get the money sorted|sort your money out|get the money or|get the cash or'] },
    // "钱今晚到账，大家相安无事": the money, due by a time (not "钱今天到账了", a receipt).
    { id: 'payment_demand.money_by_a_time', seq: ['钱|款|欠款', '@near_time_zh|@time_limit_zh', '到账|到位'], gap: 2, unlessBefore: '了|啦' },
    { id: 'payment_demand.saying', seq: ['欠债还钱|欠钱还钱|欠钱要还|天经地义|有借有还|有种借就要有种还|有种借就有种还|借就要还|借了就要还'] },
    { id: 'payment_demand.sooner_better', seq: ['要还就快点|要还就快啲|要还就趁早|要还就早点|早还早|早点还|早日还|还是早点|趁早还|越早还|早还早了|早点结了|早点结清|早点还了|早点处理掉|早点了结|早啲清咗|早啲还咗|早点清了|早啲还|早啲清|早日还清|早点还清'] },
    { id: 'payment_demand.pay_part_first', seq: ['先还|先转|先付|先交|先俾|先缴|先汇|先入|最少先还|至少还|先还个'], unlessAfter: '可以|可|我|我会|我们会|会|每月|每个月|每期|让你|允许你|只要|只需|仅需|或者你|也可以|都可以', unlessBefore: `${FEES_ZH}|${SUM_FEES_ZH}|入保证金|交保证金|纳保证金|交手续费|纳手续费|交服务费|纳服务费|利息就好|利息就行|利息就可以|利息即可|利息就得` },
    // "你這個月先給一萬": a part payment with its sum (not "先给你单位发函").
    { id: 'payment_demand.pay_part_first_sum', seq: ['先给|先给个|先俾个', '#'], gap: 1, unlessAfter: '我|我会|我们会|每月|每个月|每期' },
    // Moving one's own funds to a "safe account" is a scam, not paying the debt: 将账户资金转入监管账户.
    // "案件将转入…": 将 as "will", said of a case.
    // "把这期平了", "把账填上": the instalment made good.
    { id: 'payment_demand.hand_over', seq: ['把|将', '还了|还上|还清|结清|还掉|转过来|转过去|汇过去|转给|转到|转入|存入|打到|汇到|汇入|缴入|补上|缴清|平了|平掉|填平|填上|清掉|了结|了结掉'], gap: 14, unlessAfter: `${OWN_FUNDS_ZH}|${OFFER_IF}|案件|本案|该案|此案|案子|已|已经`, unlessBefore: `${NOT_A_DEMAND_AFTER}|${CASE_STAGE_ZH}|前置|协商` },
    { id: 'payment_demand.hand_over_money', seq: ['把|将', MONEY_ZH, HAND_OVER_ZH], gap: 8, unlessAfter: `已|已经|刚|刚刚|${OFFER_IF}` },
    // The money as topic: "钱最好乖乖准备好", "欠款今天必须凑齐".
    { id: 'payment_demand.money_ready', seq: ['钱|欠款|欠的钱|那笔钱|这笔钱|余款|尾数', '准备好|备好|整上|整出来|弄上|弄出来|凑齐|凑好|凑出来|拿出来|交出来|吐出来|还回来|送过来|拿过来|打过来|转过来|必须见到|必须看到|必须到账|必须到位|必须收到|必须入账|一定要见到|一定要到账|要见到|要看到'], gap: 6 },
    // Paying on a collection code: "在我发你的收款码上刷一下", "扫码还款".
    { id: 'payment_demand.pay_by_code', seq: ['收款码|付款码|收钱码|二维码|qr code|qrcode', '刷|付|支付|转账|转钱|还款|还钱|缴|俾|入|pay'], gap: 4, unlessBefore: '#即可|#元即可|费|服务费|手续费|行政费|纳服务费|纳手续费|付服务费|付手续费|付行政费' },
    { id: 'payment_demand.scan_to_pay', seq: ['扫码支付|扫码付|扫码还款|扫码缴费|扫码转账|扫码还钱|扫码缴款|扫我发的码|扫我发的这个码|扫我发你的|扫我的码|扫这个码付|扫这个码转'] },
    // Asked, it still presses: "能不能先把钱安排上？" (the 不 in 能不能 denies nothing).
    { id: 'payment_demand.asked_hand_over', seq: ['能不能|能否|可不可以|可唔可以|可否|方便', '把|将', MONEY_ZH, HAND_OVER_ZH], gap: 4 },
    // "转8000过来", "打两万给我": a sum sent over.
    { id: 'payment_demand.send_sum', seq: ['转|打|汇|存|还|交|俾|过数|转账|汇款', '#|#元|#块|#万|#千|#蚊|#u|# u', '过来|给我|俾我|进来|到我|入来|来我|到账|到这个卡|到这张卡|到这个账户|到这个户口|到以下|到下面|到指定'], gap: 1 },
    { id: 'payment_demand.transfer_to', seq: ['转数快过|转数快俾|转数快入|过数过|过数俾|入数俾|转给|转到|转入|转账到|汇到|汇入|汇款到|打到|打入|存入|入数|入我|转我|打我|转去|transfer', PAYEE_ZH], gap: 4, unlessAfter: `${PASSED_ON_ZH}|欠款|债务|账款|案件|${OWN_FUNDS_ZH}`, unlessBefore: TO_OUR_TEAM_ZH },
    // "…3,000元至指定账户", but not a fee: "缴纳撤诉保证金2000元至指定账户".
    { id: 'payment_demand.transfer_to_at', seq: ['至', PAYEE_ZH], gap: 4, unlessAfter: `${PASSED_ON_ZH}|已转|已经转|被转|已移|已移交|${OWN_FUNDS_ZH}|${FEE_SUMS_ZH}|${FEES_ZH}`, unlessBefore: TO_OUR_TEAM_ZH },
    { id: 'payment_demand.buy_cards', seq: ['购买|买|充值', '面值|礼品卡|购物卡|充值卡|点数|点卡|mycard|e卡|游戏卡|gash|卡密|比特币|usdt|虚拟币'], gap: 16 },
    { id: 'payment_demand.complete_payment', seq: ['完成|办理|安排', '还款|补缴|缴款|缴费|付款|结清|清账'], gap: 1, unlessAfter: '已|已经|经已|如已|若已|需要|如需|若需|如果需要|可以|可', unlessBefore: `${NOT_A_DEMAND_AFTER}|的话|后` },
    // Not "还钱的时候直接拉黑": a time, not an order.
    { id: 'payment_demand.shout', seq: ['还钱|俾钱|还数|还款|快还|交钱|埋单|入返|还埋|清数'], clauseStart: true, unlessBefore: `${NOT_A_DEMAND_AFTER}|的时候|时候|越|就扮|就装|就跑|就躲|就玩|就消失|就失踪|就不见` },
    // Not a fact told: "有未清偿债务".
    { id: 'payment_demand.settle_debt', seq: ['清偿|结清|还清|归还|缴清|偿还|缴纳|缴付|补缴|清还|履行', '全部欠款|全部款项|全部|上述欠款|欠款|执行款|执行案款|逾期款项|逾期款|所欠|全数|款项|欠的钱|本息|还款义务|最低还款|卡债|卡数|债务|欠债|账款|欠费|贷款|借款'], gap: 4, unlessAfter: `${NOT_A_DEMAND_BEFORE}|${UNPAID_ZH}|未有|没有|拒不|拒绝|不|即可一次性|就可以一次性|便可一次性|可一次性|就能一次性`, unlessBefore: '可|可以|即可|后' },

    { id: 'payment_demand.imperative_en', seq: ['send the outstanding|send the balance|send the full amount|bayad na|magbayad ka na|magbayad na|just take care of it|just pay|just settle|just sort it|pay|pay up|make it good|sort it|sort it out|sort this out|send it|send the money|zelle|venmo|wire it|wire the|transfer it|transfer the|make a payment|make your payment|settle up|clear your balance|bring your account current|repay|settle|settle it|settle this|clear it|clear this|clear the|transfer|wire|cover it|can pay|can settle|can clear|can transfer|must pay'], clauseStart: true,
      // A bill reminder: "Pay by the due date to avoid a late fee."
      // "Wire transfer details", "Transfer of your account" name things, they do not order.
      unlessBefore: 'rs # processing fee|rs # fee|rs. # fee|₹# fee|₹# processing fee|$# processing fee|$# fee|£# fee|for #%|today for #%|now for #%|by the due date|by your due date|before the due date|before your due date|on time|on or before the due date|of|details|instructions|transfer|fee|fees|completed|complete|received|successful|failed|pending|was|is|has|a one time|a one-time|a fee|a small fee|a processing fee|an admin fee|a $# fee|a ₱# fee|a £# fee|a $# processing fee|a ₱# processing fee|a £# processing fee', unlessAfter: 'offer:|offer' },
    { id: 'payment_demand.pay_up_en', seq: ["sort out what you owe|sort out what u owe|sort what you owe|pays up|you will pay it|you'll pay it|you will pay every|you'll pay every|you will pay back|you'll pay back|you will pay what you owe|you'll pay what you owe|you'd better pay|you better pay|you had better pay|better pay up|better pay it|better settle|pay up|pay it back|pay back|pay what you owe|pay me back|pay us back|square it up|square up|square this up|square things up|settle up|until you pay|till you pay|until u pay|until you settle|until we get paid|until we get our money|wants it sorted|want it sorted|get it sorted|have it sorted|get your account sorted|get the account sorted|get this account sorted|get your balance sorted"], unlessAfter: OFFERED_EN },
    { id: 'payment_demand.pay_now_en', seq: ['pay|pay it|repay|repay it|settle|clear|make a payment|transfer|transfer it|wire|wire it|send it|send the money|send money|send payment|resolve|resolve it|resolve this|sort it out|sort this out|take care of it|take care of this|deal with it|deal with this|handle it|handle this', 'now|today|immediately|right away|asap|tonight|at once|right now'], gap: 26, unlessAfter: OFFERED_EN, unlessBefore: 'for #%|call|by calling' },
    // "Today by 6 pm clear it": the time first, then the order.
    { id: 'payment_demand.by_time_then_pay_en', seq: ['by|before|b4', '@date_en|@chat_time_en', 'clear it|pay it|settle it|pay up|clear the|settle the|clear your|settle your|send it|send the money'], gap: 3, unlessAfter: `${OFFERED_EN}|we|i|we'll|i'll|we will|i will` },
    // "the 600 tonight or we knock": a sum and a time, or else.
    { id: 'payment_demand.sum_time_or_en', seq: ['the #|that #|my #', '@date_en|@chat_time_en', 'or|or else|otherwise|else'], gap: 2 },
    // "He's got till Friday to come up with it".
    { id: 'payment_demand.until_date_to_pay_en', seq: ['till|until|before', '@date_en|@chat_time_en', 'to pay|to settle|to clear|to come up with|to find the money|to get the money|to get it|to send|to cough up|to make a payment|to make payment'], gap: 1 },
    { id: 'payment_demand.time_to_pay_en', seq: ['@duration_en', 'to pay|to settle|to clear|to make payment|to make a payment|to resolve|to bring'], gap: 1 },
    { id: 'payment_demand.not_received_en', seq: ["if we don't receive|if we do not receive|unless we receive|if we haven't received|if we have not received|if payment isn't|if payment is not|if it isn't in|if it is not in|if the money isn't|if the money is not|if we don't see|if we do not see|if we don't get|if we do not get|if it's not in|if payment hasn't|if you haven't paid|if you have not paid|if it isn't paid|if it is not paid|if this isn't paid|if this is not paid|isn't paid by|is not paid by|not paid by|not paid in full|if no payment|if there is no payment|if there's no payment|no payment by|if nothing is received"] },
    { id: 'payment_demand.if_you_pay_en', seq: ['if you pay|if you can pay|if you make a payment|once you pay|as soon as you pay|pay just|pay only|just pay'] },
    // Paid in crypto or gift cards: "closed for just $600 if paid in Bitcoin".
    { id: 'payment_demand.pay_in_kind_en', seq: ['pay|paid|payment|send|sent|transfer', 'in bitcoin|in btc|in usdt|in crypto|via bitcoin|via btc|via usdt|via crypto|with bitcoin|with crypto|with usdt|by bitcoin|by crypto|in gift card*|with gift card*|via gift card*|in itunes|with itunes|in steam|with steam'], gap: 4 },
    // "Settle the £640 with us", "To settle the $2,380 debt", "$5k by Friday".
    { id: 'payment_demand.settle_sum_en', seq: ['sort out|settle|clear|pay off|pay|paying|repay|remit|hand over|cough up|come up with|find', `$#|£#|€#|$#k|£#k|the $#|the £#|the €#|your $#|your £#|that $#|that £#|this $#|this £#|the full $#|the full £#|${SUMS_EN}`], gap: 2, unlessAfter: `${OFFERED_EN}|offer:|offer`, unlessBefore: 'processing fee|fee|fees|admin fee|enrollment fee|enrolment fee|registration fee|service fee|clearance fee|verification fee' },
    // "Kindly keep the payment ready" (for the field visit).
    { id: 'payment_demand.have_ready_en', seq: ['keep|have|get', 'the payment|the money|the amount|the cash|the dues|payment|cash|the $#|the £#|the €#|the n#|the ₦#|the ₱#|the php #|the rs #|the ₹#|the rm#|the r#|the ksh#|the kes #|the full amount|the full $#|the full £#|my money|our money', 'ready'], gap: 1 },
    // "Tell her to pay", "ask your son to settle".
    { id: 'payment_demand.tell_to_pay_en', seq: ['tell|ask|remind|make|get', 'her|him|them|@third_party_en', 'to pay|pay|to settle|to clear|to repay|to send'], gap: 2 },
    { id: 'payment_demand.buy_cards_en', seq: ['buy|purchase|get|pick up', 'gift card*|steam card*|itunes|google play|apple card*|prepaid card*|vouchers|cards worth|bitcoin|crypto'], gap: 20 },
    { id: 'payment_demand.send_money_en', seq: ['send|wire|transfer|venmo|zelle|cashapp|cash app|paypal|revolut|e-transfer|etransfer|m-pesa|mpesa|gcash', "today's $#|today's £#|today's payment|this week's payment|this month's payment|the #|n#|₦#|$#|£#|€#|# dollars|# usd|usd #|the money|payment|the funds|the cash|the amount|the balance|the full amount|the dues|the arrears|# bob|# shillings|ksh #|ksh#|kes #|kes#|# naira|# cedis|# rand|₱#|php #|₹#|rs #|rs. #|rm#|rm #|s$#|a$#|nt$#|hk$#"], gap: 6, unlessBefore: `${PAYMENT_PAPERS_EN}|fee|fees|enrollment fee|enrolment fee|processing fee|admin fee|service fee|registration fee|clearance fee|verification fee` },
    { id: 'payment_demand.must_pay_en', seq: ['must|need to|needs to|have to|has to|required to|are required|is required|please|pls|plz|kindly|expected to|demand|demanding|insist', 'bank in|bank it in|regularise|regularize|regularise it|regularize it|regularise your account|regularize your account|bring it up to date|bring it current|bring the account up to date|pay|be paid|paid|make a payment|make your payment|make payment|make payments|make all payments|direct payments|direct all payments|clear|settle|be settled|settled|be cleared|be resolved|submit payment|remit|payment in full|full payment|bring your account|bring the account|bring it back|reach us|be received|arrive|be with us|get the payment|get a payment|get payment|get it paid|get this paid|get caught up|get current|catch up|bring the money|bring the cash|bring payment|bring the payment'], gap: 26, unlessAfter: "who|you'll|you will|you can|you'd", unlessBefore: 'plan|plans|arrangement|arrangements|holiday|holidays|options' },
    // A word may stand between: "arrange voluntary payment", "I need a decision and a payment".
    { id: 'payment_demand.arrange_payment_en', seq: ['arrange|make|send|submit|remit|need|require|expect|retry|reattempt|complete', 'payment|a payment|your payment|the payment|the amount|the dues|the funds|the emi|your emi|full payment|the balance|the full balance|the money'], gap: 16, unlessBefore: `plan|plans|arrangement|holiday|holidays|options|${PAYMENT_PAPERS_EN}` },
    { id: 'payment_demand.payment_due_en', seq: ['payment|pmt|amount|balance|sum', "req'd|required|is due|was due|due immediately|due now|due today|is now due"], gap: 16 },
    { id: 'payment_demand.if_not_paid_en', seq: ["if you will not|if u will not|if u won't|if u don't|if u dont|if you dont|if you never|if u never|if ur not gonna|if you're not gonna|if you're not going to|if you are not going to|if ur not going to|if you aren't going to|if you don't|if you do not|if you can't|if you cannot|if you fail to|if you won't|if you refuse to|unless you|if you still don't|fail to|failure to|refuse to|refusal to", 'pay|make a payment|settle|clear|bring'], gap: 3, unlessAfter: 'continued|ongoing|repeated' },
    { id: 'payment_demand.unless_paid_en', seq: ['unless|if|until', 'regularised|regularized|brought up to date|payment of|payment or|payment is|a payment|receive payment|receive your payment|resolved|settled|taken care of|cleared|brought current|paid in full|is paid|are paid|gets paid|is received|is sent|is wired|is transferred'], gap: 30 },
    // "Unless it's paid within 21 days…" (not "until it's paid": that says how long, not that they want it).
    { id: 'payment_demand.unless_its_paid_en', seq: ['unless', 'paid|settled|cleared|received|satisfied|discharged|repaid'], gap: 70, acrossClauses: true },
    // "Absent payment … within 30 days, we will file".
    { id: 'payment_demand.absent_payment_en', seq: ['absent|without|in the absence of|failing|barring', 'payment|full payment|a payment|your payment|receipt of payment|settlement'], gap: 1, unlessBefore: 'plan|plans|arrangement|arrangements|holiday|options' },
    // "This is your last chance to settle", "FINAL DEMAND": nothing short of payment is asked.
    { id: 'payment_demand.last_chance_en', seq: ['last chance|final chance|last opportunity|final opportunity', 'on the $#|on the £#|on the €#|on your $#|on your balance|on the balance|on the debt|on your debt|to pay|to settle|to resolve|to clear|to make it right|to make this right|to make things right|to make a payment|to make payment|to sort'], gap: 2 },
    { id: 'payment_demand.final_demand_en', seq: ['final demand'] },
    // "You better pay", "you'd better settle" (not "better pay attention").
    { id: 'payment_demand.better_pay_en', seq: ['better pay|better settle|better clear|better repay|better send|better you pay|better u pay|better you settle|better you clear'], unlessBefore: 'attention|heed|a visit' },
    // "You have 48 hrs to sort the loan".
    { id: 'payment_demand.time_given_en', seq: ["you have|you've got|you got|u have|u got|you get", '@duration_en', 'to pay|to sort|to settle|to clear|to repay|to bring|to get the money'], gap: 2 },
    // "Please call us to bring your account current": the arrears to be paid.
    { id: 'payment_demand.bring_current_en', seq: ['to bring your account current|to bring the account current|to bring your account up to date|to bring the account up to date|to bring your loan current|to bring it current|to bring it up to date'], unlessAfter: OFFERED_EN },
    // "Pls send ur overdue ₱3,200 to my GCash", "send 3,500 to my personal GCash", "Money by Friday."
    { id: 'payment_demand.send_overdue_en', seq: ['send|transfer|remit', 'ur overdue|your overdue|the overdue|your dues|ur dues|the dues|your arrears|the arrears'], gap: 2 },
    { id: 'payment_demand.send_sum_to_en', seq: ['send|transfer|wire', '#|$#|p#|₱#|£#|€#|php #|rs #|rm#|rm #', 'to my|to our|via|through'], gap: 2, unlessAfter: "i|we|i'll|we'll|will|can|could" },
    { id: 'payment_demand.money_by_en', seq: ['money by|cash by|money before|cash before', '@date_en|@chat_time_en'], gap: 3, unlessAfter: 'obtaining|obtain|obtained|get|got|received|receive' },
    // "Tmr 12pm no money we come": a time, then nothing paid.
    { id: 'payment_demand.time_no_money_en', seq: ['@date_en|@chat_time_en', "don't transfer|dont transfer|no transfer|no money|no see money|no see the money|no see payment|never see money|don't see money|dont see money|no payment|no pay|never transfer|never send|no alert|don't see alert|dont see alert|don't see your alert|don't see any alert|don't see the alert|still no money|money not in|don't pay|dont pay|never pay|not paid|no cash|nothing paid"], gap: 8, unlessBefore: 'needed|required|due|necessary|is needed|is required|is due' },
    // "$850, Friday.": a bare sum and a day. Not "paid $850 today".
    { id: 'payment_demand.sum_then_day_en', seq: ['$#|£#|€#|$#k|£#k|€#k|# grand|# bucks', '@date_en|@chat_time_en'], gap: 2, acrossClauses: true, unlessAfter: 'paid|received|sent|got|transferred|deposited|credited|refunded|accepted|payment of' },
    // "You can avoid arrest by paying…": what paying stops.
    { id: 'payment_demand.avoid_by_paying_en', seq: ['avoid|prevent|stop|halt|cancel|escape', 'by paying|by settling|by clearing|by making a payment|by sending|by transferring|by wiring|by purchasing|by buying'], gap: 40 },
    { id: 'payment_demand.avoid_action_en', seq: ['to avoid further|to avoid additional|avoid further action|to prevent further|before further action|to stop further'], unlessBefore: 'letters' },
    // "Pay something on this account by Wednesday", "settle it before Friday". Not "you can pay by card".
    { id: 'payment_demand.pay_by_date_en', seq: ["bank in|bank it in|the money's in|money's in|the money is in|money in my account|money in our account|it's in my account|sort the money|sort the cash|sort my money|sort out the money|get the money|have the money|pop it through|pop it over|put it through|i need it|need it|need the money|need the rent|want it|want the money|pay|settle|clear|repay|transfer|wire|send it|send the money|send payment|knock it out|get it paid|get it to us", 'by|before|no later than|b4', '@date_en|@chat_time_en'], gap: 30, unlessAfter: `${OFFERED_EN}|we|i|we'll|i'll` },
    // "Either you pay or…": the choice is the ultimatum.
    { id: 'payment_demand.either_pay_en', seq: ['either', 'pay|settle|clear|repay|cough up|send'], gap: 10 },
    // "2,150 by Friday or I start ringing": a bare sum, a time, and what follows if not.
    { id: 'payment_demand.bare_sum_or_else_en', seq: ['#', 'by|before|b4|till|until', 'or|or else|otherwise'], gap: 14, clauseStart: true },
    { id: 'payment_demand.sum_by_en', seq: ['$#|£#|€#|#k|$#k|£#k|€#k|# grand|# bucks|# cash|#k cash|# naira|# bob|# shillings|ksh #|ksh#|kes #|₦#|n#|p#|₱#|php #|rm#|rm #|s$#|hk$#|nt$#|₹#|rs #|rs#|rs. #', 'by|before|within|no later than|b4|till|until'], gap: 1 },
    { id: 'payment_demand.asked_en', seq: ["can you|could you|will you|would you|want to|are you able to|a date you can|a date you will|a date you'll|the date you can|what date you can|any chance you can|any chance you could|when will you|when are you going to|when can you|when you'll be able to|when you will be able to|when you can|when you'll|when you plan to", 'pay|pop it over|take care of it|take care of this|take care of the balance|knock it out|knock that out|sort it|sort it out|sort that|get it sorted|send it|send the money|send something|send some|pay something|pay some|transfer|make a payment|settle|clear|cover it|cover this|cover the|cover his|cover her|cover their|cover that|top it up|top up the account|top up your account'], gap: 18, unlessAfter: 'be|make it|make this|make things' },
    { id: 'payment_demand.clear_balance_en', seq: ['clear|settle|pay off|pay down|pay|resolve', 'your balance|your debt|the balance|the settlement amount|your account|what you owe|the debt|this debt|your arrears|the arrears|the amount|this amount|the judgment sum|your loan|your overdue|the overdue|your past due|the past due|the pending|your pending|the outstanding|your outstanding|your dues|the dues|the $# balance|your $# balance|the £# balance|your £# balance|the €# balance|your €# balance|the ₹# balance|your ₹# balance'], gap: 14, unlessAfter: OFFERED_EN, unlessBefore: 'record|records|report|history' },
    // "还想拖？", "唔好再拖": the stalling named, so the money is wanted now.
    { id: 'payment_demand.stop_stalling', seq: ['还想拖|仲想拖|还要拖|还敢拖|还在拖|想拖到几时|拖到几时|拖到什么时候|别再拖|不要再拖|唔好再拖|咪再拖|不能再拖|没法再拖'] },
    // "与委托方联系并清偿": get in touch, and pay.
    { id: 'payment_demand.contact_and_pay', seq: ['联系|联络|致电|回电|查看详情', '并清偿|并还款|并结清|并偿还|并缴清|并归还|并缴纳|并履行|并处理欠款|并缴款'], gap: 10 },
    // Code-mixed times: "今天 before 8pm 还清".
    { id: 'payment_demand.before_time_mixed', seq: ['before|by|b4', '@date_en|@chat_time_en', '@pay_zh|还|处理|结清|俾钱|入数'], gap: 2 },
    // "If the $520 is not received by noon", "IF NOT PAID WITHIN 30 DAYS". The negation is the condition.
    { id: 'payment_demand.if_unpaid_en', seq: ['if|unless|should', "aint here|ain't here|isnt in|isnt paid|isnt received|isnt settled|isnt cleared|isn't in|is not in|isn't here|isn't paid|is not paid|aren't paid|isn't received|isn't settled|isn't cleared|not paid|not payed|not settled|not cleared|not received|not recieved|remains unpaid|remain unpaid|goes unpaid|stays unpaid|is unpaid|are unpaid"], gap: 24, negatable: false },
    // "Pay in full", "the full balance": nothing less is asked.
    { id: 'payment_demand.in_full_en', seq: ['pay in full|pay it in full|pay the balance in full|pay the full amount|pay the full balance|pay the whole amount|pay everything|pay it all'], unlessAfter: OFFERED_EN },
    // "850 aint gonna pay itself".
    { id: 'payment_demand.pays_itself_en', seq: ['pay itself|pay themselves|pay off itself'] },
    // "八百块先打过来", "5000先转我": the sum first, then where it goes.
    { id: 'payment_demand.sum_sent_over', seq: ['#块|#元|#蚊|#万|#千|#块钱', '先打过来|打过来|转过来|先转过来|汇过来|先还上|先转我|先打给我|先俾我'], gap: 2 },
    // "这笔1,580打到APP里": the sum owed, sent where it is wanted.
    { id: 'payment_demand.this_sum_sent', seq: ['这笔#|那笔#', '打到|转到|汇到|存到|打进|转进|打过来|转过来|汇过来'], gap: 2, unlessAfter: '已|已经|刚|刚刚|我|我们|会|将|被' },
    // "The £480 is still due": a sum still owed, pressed. Not "your rent of $1,450 is due on the 1st".
    { id: 'payment_demand.sum_still_due_en', seq: ['$#|£#|€#|₹#|rs #|rs. #|rs#|rm#|rm #|s$#|a$#|₱#|php #|n#|₦#|ksh #|kes #', 'is still due|still due|is still outstanding|still outstanding|remains due|remains outstanding|is overdue|is pending|pending since|still pending|remains pending|outstanding since|overdue since|is unpaid|remains unpaid|still unpaid'], gap: 2 },
    // "不想社死就马上还": pay, said bare. Not "马上还有" (soon there is).
    { id: 'payment_demand.pay_now_bare', seq: ['马上给我还|立刻给我还|赶紧给我还|给我还钱|速还|速速还|马上还|立刻还|赶紧还|快点还|尽快还|赶快还|立即还|即刻还|快啲还'], unlessAfter: '快|迅|急', unlessBefore: '有|要|会|能|在|是|没|得|可以|没有|未|差|宝|贷|花|通|app' },
    // "欠的1万5你必须给我吐出来": the money must come out.
    { id: 'payment_demand.must_hand_over', seq: ['必须|一定要|给我|必须给我|一定要给我', '吐出来|交出来|拿出来|还回来|还给我|凑出来|吐返出嚟'], gap: 4 },
    // "Get me my money", "where's my money".
    { id: 'payment_demand.my_money_en', seq: ["get me my money|give me my money|i want my money|want my money back|where is my money|where's my money|wheres my money|need my money back"] },
    // "你最好预先准备好$25,000现金".
    { id: 'payment_demand.have_cash_ready', seq: ['准备好|备好|预先准备好|准备定|预备好', '#|$#|hk$#|现金|#现金|钱'], gap: 3 },
    // "When can we expect it?", "…to recover ₹23,500" (not "has asked us to collect £214", which says who sent them).
    { id: 'payment_demand.when_expect_en', seq: ['when u paying|when you paying|when r u paying|when are u paying|when are you paying|when u gonna pay|when you gonna pay|when can we expect|when can i expect|when will we see|when will i see|when should we expect|when do we get'] },
    { id: 'payment_demand.recover_sum_en', seq: ['to recover|to collect|recover the|collect the', '$#|£#|€#|₹#|rs #|rs. #|the sum|the amount|the balance|the money|the dues|the outstanding $#|the outstanding £#|the outstanding €#|your outstanding $#|your outstanding £#'], gap: 2, unlessAfter: 'asked us|instructed us|appointed us|engaged us|hired us|retained us|authorised us|authorized us' },
    // "钱呢？", "Where's the $740?": the money asked after.
    { id: 'payment_demand.where_is_it', seq: ["款呢|钱呢|我的钱呢|我们的钱呢|钱在哪|数呢|where is the money|where's the money|where is our money|where's our money|where's the cash|where's the $#|where's my $#|where is my $#|wheres my $#|where's my £#|where is the $#|where's the £#|where is the £#"], unlessAfter: '赚|省|挣|花|零|有|没|存|借|找' },
    // "欠我们老板的3万，一分都不能少".
    { id: 'payment_demand.not_a_cent_less', seq: ['一分都别想少|一分也别想少|一分钱都别想少|一分都不能少|一分不能少|一分也不能少|一分钱都不能少|一分钱也不能少|一个子儿都不能少|一分都不会少|一毫都唔少得|一蚊都唔少得|一蚊都唔可以少'] },
    // "窟窿到底打算什么时候补上？": when the hole gets filled.
    { id: 'payment_demand.asked_when_settled', seq: ['什么时候|啥时候|几时|何时|哪天', '补上|补齐|补回|填上|填平|处理掉|处理好|搞掂|搞定|摆平|还上|凑齐|平掉'], gap: 4 },
    // "就快啲搞掂筆數", "先把咱们这9600填上": the debt settled, told, not offered.
    { id: 'payment_demand.settle_the_sum', seq: ['搞掂|搞定|摆平|处理掉|清了|还了|清返|还返|找返|填上|补上|平了', '笔数|笔钱|啲数|啲钱|个数|笔债|笔账|这笔账|这笔钱|欠款|窟窿'], gap: 2, unlessAfter: `我|我会|我们会|已经|已|点样|怎样|如何|${OFFERED_ZH}` },
    { id: 'payment_demand.first_clear_ours', seq: ['先把|赶紧把|尽快把|快把|马上把|立刻把|快啲将|尽快将', '还上|填上|补上|还了|还清|结清|清了|平了|补齐|还掉|填了|补了|搞掂|搞定|结了'], gap: 10, unlessAfter: '我|我会|我们会|我先|我们先' },
    // A "failed" repayment to be made again, a scam's way in: "指导您重新还款".
    { id: 'payment_demand.repay_again', seq: ['重新还款|重新缴款|重新转账|重新汇款|再还一次|再转一次'], unlessAfter: '已|已经|我|我已' },
    // "It would be in your best interest to resolve the balance".
    { id: 'payment_demand.in_your_interest_en', seq: ['in your best interest|in your interest|in your own interest|strongly advise you|strongly recommend you|would be wise', 'to pay|to resolve|to settle|to clear|to make a payment|to make payment'], gap: 3 },
    // "那个窟窿该补补了": the hole left by the debt, to be filled.
    { id: 'payment_demand.fill_the_hole', seq: ['窟窿|亏空|那个洞', '该补|补补|补上|补一下|填上|填一下|堵上|填平'], gap: 3 },
    // "I'll need the $2,150 in USDT".
    { id: 'payment_demand.need_the_sum_en', seq: ["i'll need|i will need|we'll need|we will need|we need|i need", 'the $#|$#|the £#|£#|the €#|€#|the money|the payment|the balance|the full amount|the amount'], gap: 2, unlessBefore: 'in writing|confirmed|details|breakdown|statement' },
    // "If the $340 returned check isn't covered by Friday".
    { id: 'payment_demand.if_not_covered_en', seq: ['if the|if your|unless the|unless your|if this|if it|unless this|unless it', "isn't covered|is not covered|isn't paid|is not paid|isn't settled|is not settled|isn't cleared|is not cleared|are not cleared|aren't cleared|are not paid|isn't made good|is not made good|isn't received|is not received|isn't sorted|is not sorted|isn't brought up to date|is not brought up to date|isn't brought current|is not brought current"], gap: 30 },
    // "Could you top up your account so we can try again?": the failed repayment to be funded.
    { id: 'payment_demand.fund_the_account_en', seq: ['top up before then|top up your account|top up the account|top up your card|top up ur card|pop the funds in|put the funds in|add funds|make sure the funds|ensure the funds|ensure sufficient funds|make sure there are funds|have the funds in'], unlessAfter: OFFERED_EN },
    // "看下绑定的卡余额够不够，补上就好": the failed debit made good.
    { id: 'payment_demand.make_it_good', seq: ['补上就好|补上就行|补上就可以|补缴一下|补存一下|存够钱|存够款|补足余额|补足款项'] },
    // "这周五之前把账清了": the account cleared, told.
    { id: 'payment_demand.clear_the_account_zh', seq: ['把账|把钱|把欠款|把数|将笔数|把这笔账', '清了|结了|还了|还清|结清|平了|搞掂'], gap: 2, unlessAfter: '我|我会|我们会|我先|我已|我已经' },
    // "Unless the outstanding sum of £2,340.00 is received within 7 days".
    { id: 'payment_demand.unless_received_en', seq: ['unless the|unless your|unless this|unless full', 'is received|is paid|is settled|is cleared|reaches us|is paid in full|are received|shows up|turns up|comes in|is in my account'], gap: 40 },
    // "今天能补上吗？", "明天能不能还上？": the money asked for by a day.
    { id: 'payment_demand.asked_by_a_day', seq: ['@near_time_zh', '能补上吗|能不能补上|可以补上吗|能还上吗|能不能还上|能还吗|能不能还|能转吗|能不能转|能打过来吗|能处理吗|能不能处理|能到账吗|补得上吗|还得上吗'], gap: 3 },
    // "你敢不还试试": a dare not to pay.
    { id: 'payment_demand.dare_not_pay', seq: ['你敢不还|敢不还试试|你敢唔还|不还试试|唔还试下|唔还试吓'] },
    // "Miss tomorrow's payment and I'll break your legs".
    { id: 'payment_demand.dont_miss_en', seq: ['miss|skip|you miss|you skip', "tomorrow's payment|today's payment|tonight's payment|friday's payment|this payment|another payment|the next payment|one more payment|this one"], gap: 1 },
    // "You still owe me that $200", "I want it back": the money claimed.
    { id: 'payment_demand.still_owed_en', seq: ['you still owe us|you still owe the|still waiting on that money|still waiting for that money|still waiting on the money|still waiting for the money|still waiting on my money|still waiting for my money|i want it back|i want my money back|want my money back|i want the money back|we want our money back'] },
    // "Either the £200 is in my account by Sunday".
    { id: 'payment_demand.in_my_account_en', seq: ["is in my hand|is in my hands|in my hand by|in my hands by|money's in my account|money's in our account|money is in my account|it's in my account|is in my account|is in our account|in my account by|in our account by|in my bank by|hits my account|is in my acct"] },
    // "Have the $800 you owe me paid by Friday".
    { id: 'payment_demand.have_it_paid_en', seq: ['have|get|getting', 'the $#|the £#|the €#|the money|the cash|that money|it', 'paid|sorted|sent over|back to me|handled|taken care of|sorted out'], gap: 10 },
    // "If payment not done by this evening".
    { id: 'payment_demand.if_payment_not_done_en', seq: ['if payment not done|if payment is not done|if payment not made|if payment not received|if payment is not made|if the payment is not made|if payment not paid'] },
    // "今天这300块必须到账".
    { id: 'payment_demand.must_arrive', seq: ['必须到账|一定要到账|必须到位|务必到账|一定要到位'] },
    // "三天内给我": the sum handed over by a time.
    { id: 'payment_demand.give_it_by', seq: ['@time_limit_zh|@near_time_zh', '给我|交给我|拿给我|给我们|俾我|交来'], gap: 1, unlessBefore: '回|打|发|电话|消息|答复|个|一个|说|讲|看|听|解释|回复|回电' },
    // "只要今天汇NT$12,000到我们的代管账户".
    { id: 'payment_demand.remit_sum', seq: ['汇|转|打|存|汇款|转账', 'nt$#|hk$#|$#|rm#|#元|#万|#块|#万元|#u', '到|至|入|进'], gap: 1 },
    // "你做阿妈的帮佢还埋佢啦".
    { id: 'payment_demand.pay_for_them', seq: ['帮佢还|帮他还|帮她还|替他还|替她还|帮佢清|帮佢还埋|代他还|代她还'] },
    // Cantonese, 咗 folded: "今个礼拜五之前过咗佢啦", "方便今日入咗佢吗".
    { id: 'payment_demand.settle_it_yue', seq: ['过了佢|入了佢|还了佢|清了佢|找了佢|找埋佢|过埋佢|入埋佢|清埋佢'] },
    // "亲，今天已经是逾期第3天啦，记得处理下哦".
    { id: 'payment_demand.remember_to_handle', seq: ['记得处理|记得处理下|记得处理一下|记得去处理'] },
    // Singlish and pidgin: "you pay or not?", "if money no enter".
    { id: 'payment_demand.pay_or_not_en', seq: ['if money no land|money no land|money never land|money no reach|if we no see am|we no see am|bayaran mo|bayaran niyo|bayaran nyo|hindi nakabayad|di nakabayad|hindi kayo magbayad|if no money|you pay or not|u pay or not|you want to pay or not|pay or not|if money no enter|money no enter|if money not enter|post a bond|pay a bond|post bond|paying now stops|pay now to stop|paying today stops|if still don\'t pay|if still dont pay|if still never pay|if still no pay|if still no money|still no money|still not settle|still never settle|still not pay|still never pay|magbayad'] },
    // "send USDT to wallet …".
    { id: 'payment_demand.send_crypto_en', seq: ['send|transfer|pay', 'usdt|bitcoin|btc|crypto|eth'], gap: 20 },
    // "Uncle, you don't pay, we make police report", "don't settle by tonight, we come": the condition said bare.
    { id: 'payment_demand.you_dont_pay_en', seq: ["you don't pay,|u don't pay,|you dont pay,|u dont pay,|you never pay,|u never pay,|you no pay,|u no pay,|you don't pay then|you dont pay then|you don't pay we|you dont pay we"], negatable: false },
    { id: 'payment_demand.dont_pay_by_en', seq: ["don't settle|dont settle|don't pay|dont pay|never pay|never settle|no pay", 'by|before|b4', '@date_en|@chat_time_en'], gap: 1, clauseStart: true, negatable: false },
    // "We are still waiting for your payment" (a bare "still waiting on that $300" is left to the threat that follows).
    { id: 'payment_demand.still_waiting_en', seq: ['still waiting on|still waiting for|still waiting to receive|still awaiting', 'payment|your payment|the payment|that payment|the money|that money|my money|our money'], gap: 2, unlessBefore: 'to clear|to process|to go through|to be processed|details|confirmation|plan|form' },
    // "明天中午12点前到账，我这边给你申请免掉违约金": the money due in by the time.
    { id: 'payment_demand.in_by_a_time', seq: ['@near_time_zh', '前到账|之前到账|前到位|之前到位|前入账|之前入账|前见到钱|之前见到钱'], gap: 8, clauseStart: true },
    // "收到钱之前，我哋班兄弟会日日喺你楼下等", "钱一日未还，我们都会盯住他": pressure until the money comes.
    { id: 'payment_demand.until_paid_zh', seq: ['钱一天不到|钱一日不到|钱一日唔到|钱一天没到|钱一日未到|收到钱之前|见到钱之前|见到钱前|收到钱前|钱一日未还|钱一天不还|钱一日唔还|钱一天没还|一日未还清|一天不还清|钱没还清之前|一日唔还钱|一天不还钱|钱没到之前|钱未到之前|一日唔还清'] },
    // "钱还了，一切好说": paying settles everything.
    { id: 'payment_demand.pay_and_all_good', seq: ['钱还了|还了钱|钱到位|钱到账|钱到了|还清了|钱还清|把钱还了|钱俾了|还返钱|还晒', '一切好说|什么都好说|啥都好说|咩都好讲|乜都好讲|万事好商量|一切好商量|相安无事|什么事都没有|咩事都冇'], gap: 3, acrossClauses: true },
    // "说好月初还的，这都15号了", "讲咗月尾还，而家都下个月中啦": the promised day has passed.
    { id: 'payment_demand.promised_day_passed', seq: ['说好|讲好|讲了|讲明|约好|答应|你说|上周说|上礼拜说|上次说|之前说|不是说', '还|还钱|还清|结的|结了|结清|结款|就结|过埋|过数|入数|俾钱|给钱|转钱|付清|付款', '这都|而家都|现在都|而家已经|现在已经|今天都|今日都|都已经|现在又|而家又|结果又|怎么又'], gap: 8, acrossClauses: true },
    // "你那边方便了就转我吧": the money asked for, plainly.
    { id: 'payment_demand.send_it_please', seq: ['转我吧|转给我吧|还我吧|还给我吧|转过来吧|汇过来吧|俾返我啦|还返我啦|还返俾我|过数俾我啦|入数俾我啦'] },
    // "逾期的那笔账单能处理一下吗": the bill, asked after.
    { id: 'payment_demand.asked_handle_bill', seq: ['账单|欠款|这笔|那笔|逾期|款|钱|账', '能处理一下吗|可以处理一下吗|能处理下吗|能安排一下吗|可以安排一下吗|能还一下吗|可以还一下吗|能处理吗'], gap: 6 },
    // "We still haven't seen anything come in", "I haven't seen the $150 you promised": the payment chased.
    { id: 'payment_demand.not_seen_payment_en', seq: ["haven't seen|have not seen|haven't received|have not received|havent seen|havent received|not yet received|yet to receive|yet to see", 'anything come in|any payment|a payment|your payment|the payment|the $#|the £#|the €#|the money|any money|anything from you|a penny|a cent'], gap: 6, negatable: false, unlessBefore: `${PAYMENT_PAPERS_EN}|plan|arrangement|request|form` },
    // "还没见到款", "仲未收到你的钱": the money chased (not "没收到退款").
    { id: 'payment_demand.money_not_seen', seq: ['还没见到|还没看到|还没收到|仍未收到|仍未见到|没见到|未见到|冇见到|未收到|没收到|仲未见到|仲未收到|仲未见|都未见', '款|钱|你的款|你的钱|你的还款|还款|款项|你的款项|你的转账|你的汇款'], gap: 0, negatable: false },
    // "请珍惜最后机会,登录APP处理": paying in the lender's app. Not "如需延期可登录APP处理".
    { id: 'payment_demand.app_handle', seq: ['登录app|登入app|打开app|进入app|上app', '处理|还款|结清|缴款|还清|缴清'], gap: 1, unlessAfter: '可|可以|即可|如需|若需|已|已经|均可|也可|亦可' },
    // "今天可以先缴一部分吗？": part of the money asked for, by a day.
    { id: 'payment_demand.asked_part_by_a_day', seq: ['@near_time_zh', '可以先|能先|可唔可以先', '缴|还|转|付|交|俾|弄|汇|打|凑|处理', '吗|?'], gap: 6 },
    // "提醒您拨空缴纳": asked softly, still asked.
    { id: 'payment_demand.find_time_to_pay', seq: ['拨空|抽空|拨冗', '缴纳|缴费|缴款|缴一下|还款|还一下|付款|还钱|处理|还'], gap: 2, unlessAfter: '会|将|我们|我会|我们会', unlessBefore: NOT_A_DEMAND_AFTER },
    // "你欠的钱我不管你怎么凑": the money must come, however.
    { id: 'payment_demand.however_you_find_it', seq: ['不管你怎么|不管你点样|不管你用什么办法|不管你用什么方法|不管你去哪|不管你找谁|无论你怎么|无论你用什么办法|唔理你点|我不管你怎么', '凑|弄|借|想办法|搞|筹|揾'], gap: 4 },
    // "用USDT付款", "本次请使用USDT支付": the debt paid in crypto (not a fee: 用USDT支付服务费).
    { id: 'payment_demand.pay_in_crypto_zh', seq: ['用|使用|通过|以|走', 'usdt|比特币|虚拟币|泰达币|btc|加密货币|数字货币', '付款|支付|转账|还款|结算|付|缴|转|还|结清'], gap: 2, unlessAfter: '可以|可|能|也可以|也能|亦可', unlessBefore: `${FEES_ZH}|${SUM_FEES_ZH}` },
    // "If I don't see it by Friday I'm telling your girlfriend".
    { id: 'payment_demand.if_i_dont_see_it_en', seq: ["if i don't see it|if i dont see it|if i do not see it|if i don't get it|if i dont get it|if i don't have it|if i dont have it|if i don't see the money|if i dont see the money|if i don't get the money|if i dont get the money|if i don't get my money|if i dont get my money|if i don't see my money|if i dont see my money", 'by|before|b4|within|till|until|in'], gap: 1 },
    // "I'm not leaving without the $2k".
    { id: 'payment_demand.not_leaving_without_en', seq: ["not leaving without|won't leave without|wont leave without|not going anywhere without|not leaving here without", 'the $#|$#|the £#|£#|the €#|the money|my money|our money|the cash|payment|it'], gap: 2 },
    // "Continued non-payment may lead to the matter being referred to our solicitors".
    { id: 'payment_demand.continued_non_payment_en', seq: ['continued non payment|continued nonpayment|further non payment|ongoing non payment|continued failure to pay', 'may|will|could|might|can|would'], gap: 20 },
    // "钱的事早点想办法": the money pressed for, veiled.
    { id: 'payment_demand.money_matter_zh', seq: ['钱的事|钱的事情|欠款的事|欠钱的事|还钱的事|那笔钱的事|这笔钱的事', '早点想办法|尽快想办法|赶紧想办法|抓紧想办法|快点想办法|早想办法|早点搞定|早点了结'], gap: 4, unlessAfter: '我|我会|我来|我们会|我们|我再|帮你|一起' },
  ],
};
