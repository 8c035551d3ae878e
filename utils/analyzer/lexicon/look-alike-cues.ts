import type { Cue } from './types';

/**
 * Evidence against "this message is about an overdue debt": what only looks like
 * collection. A bill not yet due, a loan advertisement, a receipt, a delivery, a fraud
 * alert, news and hearsay, a forum question, a friend's IOU, a debtor writing to the
 * lender. Each counts once, against the cues in collection-cues.ts.
 */
export const LOOK_ALIKE_CUES: readonly Cue[] = [
  // A complaint about a collector is written by the debtor: "现正式投诉", "I am writing to complain".
  { id: 'collection.complaint', weight: -10, seq: ['正式投诉|现正式投诉|投诉人|特此投诉|formal complaint|i am writing to complain|i wish to complain|i want to complain|this is a complaint'] },
  // Anti-fraud notices describe fake collection to warn about it: "凡是要求您转账到安全账户的，都是诈骗".
  { id: 'collection.fraud_warning_notice', weight: -12, seq: ['职员绝不会|员工绝不会|工作人员绝不会|绝不会透过电话|绝不会通过电话|如有怀疑|不会以任何理由|如遇自称|请立即挂断|反诈|反诈骗|防骗|防诈|都是诈骗|均为诈骗|皆为诈骗|一律是诈骗|凡是要求|谨防上当|this is a scam|these are scams|is always a scam|are always scams|切勿上当|市民切勿|请勿相信|勿信代办|警方呼吁|呼吁市民'], unlessBefore: '中心民警|中心警官|中心工作人员|中心的民警' },
  // "如已繳付，請忽略此訊息": a statement that expects the bill may already be paid.
  { id: 'collection.ignore_if_paid', weight: -3, seq: ['如已缴付|如已缴款|如已还款|如已付款|如已缴费|请忽略此|请忽略本|if you have already paid|if already paid|please disregard|please ignore this'] },
  // The debtor writing to the collector is not collection: "我是借款人李某", "我係欠你哋錢嗰個".
  { id: 'collection.debtor_writes', weight: -8, seq: ["我是借款人|本人是借款人|i dispute the debt|i dispute this debt|send validation|validation of the debt|do not contact me at|过数俾你|过数畀你|转俾你|我转你|我明天转你|我晚上转你|我转给你|i know i'm behind|i get paid on|i can send|please don't repossess|i'll be able to pay|i will be able to pay|i can pay you|我保证先还|能不能宽限|可不可以宽限|可唔可以宽限|想问可唔可以|想问可不可以|我上个月失业|我这个月工资被拖欠|暂时还唔到|暂时还不了|我已经缴清|我已经还清|我上个月已经|帮我查一下|请客服帮我|我实在还不上|我还不上了|我暂时还不上|我还不起|帮我申请|我每个月最多能还|我最多能还|我想申请|我会尽快还|i still owe you|i owe you|venmo you|i'll pay you|i'll send you the $#|i'll send you $#|i'll send you the money|i will pay you|pay you back|我是借款人|本人是借款人|我是欠款人|本人系借款人|我是欠你们|我是欠贵司|我系欠你哋|我係欠你哋|我就是欠你们|我是那个欠|我是欠钱的|能否宽限|可否宽限|我一定还|我一定会还|我保证还|我会还的|麻烦别再|求你们别再|请别再给我|先转你|i lost my job|i can't make the|i cannot make the|i won't be able to make|please don't contact my|please do not contact my|is there any hardship|sent you $#|i sent you|i've sent you|thanks for covering"] },
  { id: 'collection.future_due', weight: -2, seq: ['will be debited|will be deducted|ensure sufficient funds|将于#天后|将于#日|即将到期|将到期|天后到期|日到期|号到期|到期还款日|提前还款|提前存入|缴款截止日|截止日为|自动扣款|电费|水费|燃气费|话费|物业费|管理费|宽带费|管理费账单|will be due|is due on|next due date|will be collected|next payment|upcoming payment|statement is ready|statement balance|autopay|direct debit|bill is ready|your bill|bill of|is due tomorrow|due tomorrow|is due today|due in # days|coming due|falls due|minimum payment|in good standing|还款日为|还款日是|是你的还款日|是您的还款日|是你的缴款日|是您的缴款日|是你的扣款日|是您的扣款日|本月账单|账单日|扣款日为|请确保扣款账户|确保账户余额充足|余额充足'] },
  // A statement's wording: a bill can also be late, so this weighs less than an advert.
  { id: 'collection.statement', weight: -2, seq: ['本期账单|最低还款|最低应缴|应缴总额|账单金额|按时还款|请按时|按期还款'] },
  { id: 'collection.preventive', weight: -2, seq: ['以免逾期|避免逾期|防止逾期|以免影响|以免产生|避免产生|以免造成|to avoid late|avoid a late|avoid late|before it becomes overdue|becoming overdue|becoming past due|going overdue|going past due|becoming delinquent|never miss a payment|to avoid a|to avoid any'] },
  // A scammer's "把借款额度提出来转到安全账户" empties a credit line; it advertises nothing.
  { id: 'collection.advert', weight: -6, seq: ["专业承接|承接各类|一站式服务|随借随还|额度提升至|用户专享|欢迎来电咨询|恭喜您|恭喜你获得|恭喜获得|借款额度|最高额度|获得额度|可用额度|额度已提升|提升额度|最高可借|最高#万|日息|年化|秒批|免保人|免抵押|免联征|不看征信|不查征信|已核准|极速下款|快速下款|当天下款|专业办理|免费咨询|免费评估|成功后再收费|咨询请|立即申请|点击领取|也能贷|也可贷|也能借|估额度|最高可贷|急需周转|月付最低|congratulations|pre approved|preapproved|pre qualified|you're approved|approved for|need cash|get up to|apply now|no credit check|limit of up to|free advice|free consultation|struggling with debt|debt management plan|consolidat*|charity|impartial|free help|budgeting app|our advisers|book a free|tips from|speak to an adviser|chat to an adviser|手续费率|费率低至|月供低至|结余转户|了解详情|律师团队|专业律师|首次咨询|咨询免费|关注公众号|公众号|免费领取|教你如何|教你怎么|we're hiring|we are hiring|now hiring|job opening|vacancy|团购群|团购|拼团|接龙|建议收藏|整理如下|干货分享|攻略|教你几招|教你一招|上岸|千万别慌|加群|私信我|评议中心|不当催收|申诉|来电申诉|投诉|report unfair|file a complaint|借定唔借|还唔还到先好借|免入息证明|即日批核|最高贷款|零手续费|最高可分"] , unlessAfter: '后续|影响|清空|清零|注销', unlessBefore: '提出来|提出|提取出来|取出来|套出来|转出来|转到|转入|is available|available from|is also available|debt advice|advice from|advice is available' },
  // Someone offering to help the reader against collectors: a lawyer's or a charity's advert.
  { id: 'collection.debt_help_service', weight: -12, seq: ['应对催收|应对上门|反催收|债务优化|债务规划|帮你应对|免费咨询|首次咨询|咨询免费|stop the calls|stop collection calls'] },
  { id: 'collection.receipt', weight: -4, seq: ['贷款申请已批|贷款申请已获批|贷款已批核|贷款已获批|your loan application has been approved|your loan has been approved|可用资金|转入资金|已成功入账|还款已成功|当前无逾期|多谢你今日的还款|多谢你的还款|感谢您的还款|感谢你的还款|已经回复正常|已回复正常|已经恢复正常|已恢复正常|已成功办理|分期已成功|领取文件|楼宇买卖|已经全数清还|准时还款|清还证明|已于今日入账|款项已入账|给你带来不便|退费|订单取消|已收到你申请的|审核结果将于|审核结果将在|申请已提交成功|已提交成功|成功缴款|已成功缴款|多谢阁下近日缴付|多谢阁下缴付|感谢阁下缴付|多谢你的还款|扣款成功|还款成功|办理成功|申请成功|已成功申请|已成功过数|成功过数|已成功还款|感谢您的按时还款|已原路退回|退款|已收到您的|已还清|已结清|全部结清|你已于#月#日结清|已于#月#日结清|已于#月#日还清|全部还清|已经还清|已经结清|is paid in full.|has been paid in full|was paid in full|now paid in full|paid off in full|we received your payment|payment received|thank you for your payment|thanks for your payment|has been paid|lien release|refund has been|received your final payment|now settled in full|is now settled|has been settled|no further action will be taken|has been refunded|refund of|refunded to|payment was successful|successfully paid|i\'ve paid back|i don send|i\'ve sent you the|i have sent you the|i sent you the|i have paid back|i paid you back|i\'ve paid you back|i have paid you back|扣缴成功|缴费成功|感谢您的使用|已全数清还|已全数还清|多谢你的还款|感谢你的还款|申请已受理|已受理'], unlessBefore: 'while|as long as|provided', unlessAfter: '法院|仲裁委|法庭|号|案|如|若|如果|给你|帮你|就给你|就能|可以|就可以|没|未|没有|尚未|不' },
  // An order not yet paid for in a shop: "你拍下的外套还没付款哦，订单30分钟后自动关闭".
  { id: 'collection.shop_order', weight: -6, seq: ['拍下的|待付款订单|订单将自动关闭|订单自动关闭|后自动关闭|自动取消订单|购物车|付款后发货|unpaid order|items in your cart|in your cart|complete your order|complete your purchase'] },
  { id: 'collection.delivery', weight: -8, seq: ['快递|快件|包裹|取件码|驿站|配送|派送|外卖|package|parcel|customs charge|customs fee|out for delivery|shipment|tracking number|已发货|运单号|货到付款'] },
  { id: 'collection.fraud_alert', weight: -4, seq: ["如非本人|如非阁下本人|非本人操作|非本人交易|did you attempt|did you make|was this you|if this wasn't you|if this was not you|suspicious transaction|suspicious activity|fraud alert|verification code is|your code is|验证码为|验证码是|do not share this code|切勿理会|请勿理会|切勿相信|不要理会|never ask for|will never ask|never ask you|never asks|never call to ask|绝不会要求|不会向您索要|不会索要|不会要求|不会以任何形式要求|不会要求您转账|不会要求您提供|不会以短信要求|不会通过短信要求|不会以简讯要求"] },
  // Advice about the reader's rights is about collectors, not from one.
  { id: 'collection.rights_info', weight: -10, seq: ["police advice|neighbourhood watch|neighborhood watch|it is a scam|cannot have you arrested|can't have you arrested|fdcpa|regulators fined|regulator fined|were fined|was fined|都是骗子|免费查两次|官网免费查|可以免费查|切勿轻信|提醒民众|民众切勿|法律小课堂|普法|小课堂|你有权|有权拒绝|录音留证|不会因为还不上就|不得以暴力|不得以|如遇不当|不当收数|不当催收|可向警方|可向相关机构|知情权|know your rights|collectors can't|collectors cannot|report it to the cfpb|report them to the cfpb|cfpb|under the fdcpa|debt collectors can't|a debt collector can't|debt collectors cannot|a debt collector cannot|collectors are not allowed|companies are prohibited from|collectors are prohibited from|agencies are prohibited from|lenders are prohibited from|are prohibited from using|report harassment|催收不得|催收人员不得|依法维权|如何应对催收|遇到暴力催收"] },
  { id: 'collection.good_standing', weight: -4, seq: ['account is up to date|are up to date|is up to date|in good standing|no arrears|无逾期|没有逾期|未逾期|正常还款|均已按时'] },
  // A news item about collectors names every tactic and threatens no one.
  { id: 'collection.news', weight: -12, seq: ['公安提示|不法分子|诱导群众|今日判处|被判监|判处一名|一名财务公司职员|一名男子|一名女子|审结|判处有期徒刑|被告人|法治日报|regulators fined|was fined|were fined|fined a debt|本报|本报接获|new episode|listen now|podcast|police said|officials said|authorities said|crackdown on|told reporters|investigation found|according to police|prompting calls|驳回原告|【新闻】|警方昨日|警方今日|警方日前|重案组|案件交由|新华社|典型案例|法院提醒|最高人民法院近日|新闻速递|新闻报道|据报道|记者|警方近日|打掉|团伙|breaking news|police arrested|police have arrested|警方提醒|提醒市民|呼吁市民|提醒广大|warns the public|police urge|police are warning'] },
  // The reader asking others what to do: a forum post or a question to a helper.
  { id: 'collection.asking_for_help', weight: -8, seq: ['有人走过|可以分享吗|有经验的|过来人|求助|急求|请教各位|有没有懂|我还有机会|还有没有机会|怎么才能让他们|该怎么办|怎么办才好|what are my options|is this legal|can they really|请问各位|有人有经验吗|有没有人知道|请问大家|求解|有人遇过吗|我该怎么|该怎么开口|怎么开口|怎么催他|怎么催她|如何催|请问点样|点样可以申请|请问怎么申请|请问如何申请|怎样可以申请|can someone explain|can anyone explain|does anyone know|anyone know if|has anyone else'] },
  // A story on screen: "昨天追的那个剧，男主被催收的堵在家门口".
  { id: 'collection.fiction', weight: -12, seq: ['追的那个剧|那个剧|这部剧|那部剧|电视剧|剧里|剧中|男主|女主|电影里|小说里|in the movie|in the film|that tv show|the tv series|in the series'] },
  // A visit to fix or move something: "a technician will visit your flat to service the boiler", "上你家帮你搬".
  { id: 'collection.service_visit', weight: -6, seq: ['technician|engineer|plumber|electrician|service the|meter reading|boiler|师傅|帮你搬|帮忙搬|上门服务|上门维修|上门安装'] },
  // Rent, fees and trips asked for on time: "本月房租請於5號前匯入房東帳戶", "the school trip deposit is due by Friday".
  { id: 'collection.ordinary_bill', weight: -4, seq: ['物业通知|每户分摊|物业前台|本月房租|这个月房租|下个月房租|房东账户|房东帐户|school trip|trip deposit|parentpay|club fees|membership fee|tuition fee is due'] },
  // The reader's own question about fees or plans: "请问分期手续费怎么算？我想把下个月的1,200分6期".
  { id: 'collection.own_question', weight: -4, seq: ['请问有人|请问各位|请教一下各位|请教各位|各位大佬|各位大神|求助各位|律师你好|该怎么应对|咨询费|有人协商过|要准备什么资料|需要准备什么资料|真的假的|有懂的朋友|靠谱吗|可信吗|是不是骗子|是不是骗局|是骗局吗|在线等|怎么跟银行协商|怎么协商|怎么算|我想把|我想申请|我想办|我想问下|我想问一下|请问我想|请问我可以|请问我能|请问你们这个|提前还清的话|提早清还|提前还款的话|提早还款|should i even respond|should i respond|should i pay'] },
  // The reader's own story, told to others: "终于跟平台协商好了分期，松了一口气", "Just got off the phone with the collector".
  // A friend's joke, laughed aloud: "谁迟到谁买单，不来我就杀到你家哈哈哈". Laughing faces, which folding drops, are weighed in collection.ts.
  { id: 'collection.laughing', weight: -4, seq: ['哈哈|hahaha|haha|lmao|lmfao'] },
  { id: 'collection.own_story', weight: -4, seq: ['终于跟平台|终于协商好|松了一口气|有类似情况的|好险|吓死我了|got off the phone with|feeling lighter|sue me over|suing me over|sued me over|threatening to sue me|帮你还清了|我已经帮你还|申请退回来了|我在一家催收公司|想了解这个行业的|卡费忘了缴|卡费忘记缴'] },
  // Advice about collectors, not a collector: "Tip from a financial counsellor: if a collector threatens…".
  { id: 'collection.advice_about_collectors', weight: -8, seq: ['tip from|how to spot|how to tell if|how to recognise|how to recognize|warning signs of|red flags|financial counsellor|financial counselor|if a collector|if the collector|collectors cannot|collectors can not|know your rights|debt advice charity'] },
  // Talk about the collection trade itself: minutes of a meeting, a job in it.
  { id: 'collection.industry_talk', weight: -8, seq: ['会议通知|公益讲座|讲座|欢迎报名|报名参加|研讨会|请各组组长|上线方案|招聘|诚聘|会议纪要|回款率|逾期率|催收外包|电催|还招人吗|想了解一下待遇'] },
  { id: 'collection.hearsay', weight: -6, unlessAfter: '重|我们也|我们都|我们|应该|你应该|你也', unlessBefore: '你|阁下|台端', seq: ['有人知道|有没有人知道|在线等|律师朋友说|律师朋友|my lawyer says|my lawyer said|lawyer friend|what do you think|我表哥|我表姐|我表弟|我表妹|我堂哥|我堂姐|我堂弟|我堂妹|真是离谱|太离谱了|新闻|快讯|新规出台|出台新规|新规来了|据悉|记者|群里有人|有人问|有没有懂|懂的朋友|是真的吗|听说|你看新闻|看新闻|新闻说|据报道|说有人|听人说|大家要小心|提醒大家|大家别理|大家别信|大家不要理|scam alert|beware of|reports of|keep calling my|calling my|called my|my brother|my sister|my cousin|my mom got|my friend got|threatened to|is that legal|is that even legal|is this legal|can they do that|are they allowed|跟我说他|听他说|好惨|太惨了|真惨|家人们谁懂|谁懂啊|我压根没借|我根本没借|我从来没借'] },
  // "警惕冒充催收诈骗": a warning about scams, which counts on top of naming the impersonation.
  { id: 'collection.scam_warning', weight: -8, seq: ['警惕|谨防|提防|防范|慎防|当心|小心|beware|watch out for|be alert', '诈骗|冒充|骗局|假冒|冒用|不法分子|歹徒|骗徒|诈骗集团|scam*|fraudster*|impersonat*'], gap: 8 },
  // Collectors' own trade talk, not a message to a debtor: "明天培训新人，重点讲合规催收话术".
  { id: 'collection.collector_training', weight: -6, seq: ['合规催收|催收话术|培训新人|新人培训|催收培训|合规培训'] },
  // Said to be about something else: "明天开庭的是车祸案，不是欠债的事".
  { id: 'collection.not_about_debt', weight: -4, seq: ['不是之前那个借贷|不是那个借贷|不是那笔欠款|不是那笔借款|不是欠债|不是借贷|不是欠款|不是欠钱|与欠款无关|跟欠债无关|和欠款无关|not about the debt|nothing to do with the debt'] },
  { id: 'collection.impersonation_warning', weight: -8, seq: ['警惕以|为名的诈骗|为名诈骗|谨防|冒充|假冒|冒用|歹徒|骗徒|诈骗集团|诈骗分子|不法分子|impersonat*|claiming you owe|claiming to be|claims to be|posing as'] },
  // A pay-later purchase split at checkout: "split into 4 interest-free payments… the first payment was collected today".
  { id: 'collection.pay_later_receipt_en', weight: -3, seq: ['interest-free payments|interest free payments|has been split into|was split into|payment was collected|payment has been collected|was collected today|first payment taken|payment taken today|was taken today|has been taken today'] },
  // A payment that falls due on a date still ahead: "your student loan payment is due on the 28th".
  { id: 'collection.due_on_en', weight: -3, seq: ['is due on the|is due on|will be due on|falls due on'] },
  { id: 'collection.casual_iou', weight: -4, seq: ["我上个月借你|迟啲先还|迟些先还|晚点再还|spot me|can you spot|lend me|不急|唔急|慢慢还|有空再|no rush|whenever|no tension|no worries|lol|haha|哈哈|借你的|跟你借|借我#|先借我|借我点|就还你|会还你|再还你|马上还你|还你哈|还你钱|还给你|借你那|转返俾你|还返俾你|还返你|你帮我垫|帮我垫|我出粮|我刚转了|我刚转|到你卡上|不方便也没事|大家方便|方便再转|垫的|我先转你|每人|aa制|夹钱|聚餐|饭钱|过数俾你|过数返俾你|先还你|还你那|入你户口|venmo me|pay you back|owe you|your half|不用还我|不用还了|唔使还我|唔使还"],
    // A plan's "剩下的分6期慢慢还" and a collector's "whenever you're ready" are not a friend's IOU.
    unlessAfter: '剩下的|剩下|剩余|期|后面|余下', unlessBefore: "you're ready|you are ready|suits you|works for you" },
  // A library's late books and a game on the court borrow the words of debt and law.
  { id: 'collection.leisure', weight: -12, seq: ['图书馆|借阅|还书|library|librar*|basketball|tennis|squash|volleyball|badminton|pickleball|打球|篮球|羽毛球|网球|jury duty|jury summons|jury service|陪审员|陪审'] },
  { id: 'collection.support_chat', weight: -3, seq: ['管委会|管理处|关于您咨询的|关于您询问的|您咨询的|您询问的|请问还有什么|还有什么可以帮您|anything else|is there anything else|thanks for contacting|thank you for contacting|opened a dispute|年费|手续费为|利率调整|调整为|额度已提升|已提升至|续保|保费|lpr'], unlessAfter: '元|块|月供' },
  // "本季度物业费已出账": a bill just issued, not yet late.
  { id: 'collection.bill_issued', weight: -3, seq: ['月结单已经出了|月结单已出|结单已经出了|月结单已经发出|月结单已发出|结单已经发出|今期结欠|本期结欠|已出账|账单已出|账单已生成|本期账单已出|月结单将于'] },
  // "閣下之私人貸款申請已獲批核": a loan granted, not one owed.
  { id: 'collection.loan_approved', weight: -6, seq: ['已获批核|已获批准|申请已获批|批核通知|已放款|放款成功|loan has been approved|application has been approved|funds will be disbursed'] },
];
