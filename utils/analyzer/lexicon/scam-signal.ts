import type { LabelRules } from './types';

/**
 * The marks of a fake collector or a scam: paying a personal, "safe" or unusual account;
 * QR codes, gift cards, crypto, links; asking for codes, passwords or card numbers;
 * installing apps or sharing the screen; erasing a record for a fee; borrowing to repay.
 */
export const SCAM_SIGNAL: LabelRules = {
  label: 'scam_signal',
  rules: [
    { id: 'scam_signal.personal_account', seq: ['转给我|转俾我|转账给我|过数俾我|入我户口|个人转数快|个人账户|个人账号|个人卡|个人户口|个人银行卡|私人账户|私人户口|私人账号|个人支付宝|个人微信|个人fps|个人手机|我个人|安全账户|安全户口|安全账号|监管账户|监管户口|安全监管户口|安全监管账户|指定账户|指定户口|资金监管|核查账户|清查账户|保全账户|转我支付宝|转我微信|我支付宝|我的支付宝|我微信|我的微信|我的银行卡|我卡上|我的卡|我的账户|我的户口|我户口|转数快入我|以下账户|下列账户|以下卡号|这个账户|这个卡号|截图发我|截图给我|转账截图|发截图|专属账户|专用账户|专户|指定的户口|指定的账户|指定收款人|指定收款账户|扫我发的码|扫我发的这个码|扫我的码|是我私人的|私人微信|私人支付宝|代管账户|代管户口|我私人的支付宝|我私人的微信|我私人的账户|我私人的卡|同事的支付宝|同事的微信|同事的账户|同事的银行卡|同事的户口|同事支付宝|托管户口|托管账户|保管账户|对接账户|对接户口|监管专员|发你的个人账户|发给你的个人账户|我发你的账户|我发给你的账户|我发你的卡号|我发给你的卡号'],
      // 每一个人手机 is everyone's phone, 存入阁下指定户口 the reader's own account, 本公司指定账户 the lender's: none is a payee's.
      unlessAfter: '一|每|几|阁下|阁下之|阁下的|您|你的|本公司|本公司之|本行|本司|加|添加|加下|回|覆|复|联系|找',
      // 加我微信 and 回我微信 ask for a chat, 转给我们 is the company, and 我个人是不希望 an opinion.
      unlessBefore: '们|是不|不希望|觉得|认为|建议|也不想|也希望|理解' },
    // Paid to a person's own number or card named after the verb: 转数快到我哋收数主任嘅个人号码, 汇款到专员私人手机.
    // 任何个人 is a lender's warning ("不会要求转账至任何个人账户").
    { id: 'scam_signal.pay_to_personal', seq: ['转数快|fps|过数|入数|汇款|转账|存入|汇入|打款|入钱', '个人|私人'], gap: 12, unlessAfter: '任何|其他', unlessBefore: '信息|资料|名义|征信' },
    // A payee who is a person (户名王某, 收款人：李明), not the lender; the colon after the
    // field name ends a clause, so the name may sit across it.
    { id: 'scam_signal.payee_person', seq: ['户名|收款人|收款人姓名|账户名|户口名|持有人|户口持有人|账户持有人', '王|李|张|刘|陈|杨|黄|赵|吴|周|徐|孙|马|朱|胡|郭|何|林|罗|郑|梁|谢|宋|唐|许|邓|冯|韩|曹|曾|彭|萧|蔡|潘|田|董|袁|叶|蒋|杜|苏|魏|程|吕|丁|沈|卢|钟|崔|谭|廖|范|汪|陆|石|戴|夏|邱|方|侯|邹|熊|孟|秦|白|江|薛|雷|黎|龙|陶|贺|顾|毛|邵|严|莫|孔|汤|温|康|施|文|庄|欧阳|关|柯|麦|区|某|先生|小姐|女士'], gap: 2, acrossClauses: true },
    // A Latin-script payee (收款人：LAM K, account name: Liu Wei) is a person too.
    { id: 'scam_signal.payee_person_latin', seq: ['收款人|收款户名|户名|账户名|户口名|持有人|户口持有人|账户持有人|account name|acct name|payee|payee name|beneficiary|beneficiary name|recipient|recipient name', 'chan|wong|lam|lee|cheung|lau|ng|ho|leung|tsang|yip|chow|tang|li|wu|xu|lu|zhang|wang|liu|chen|lin|huang|yang|zhao|zhou|sun|zhu|guo|luo|zheng|liang|xie|song|tan|lim|teo|goh|tay|ong|koh|chua|yeo|chong|tsai|hsu|kwok|fung|mak|yeung|kwan|choi|chiu|cheng|yuen|poon|kong|siu|tse|tam|law|lo|pang|hui|yiu|wan|chiang|lai|kuo|wei|chu'], gap: 2, acrossClauses: true },
    { id: 'scam_signal.unusual_payment', seq: ['二维码|扫码|扫一扫|收款码|付款码|礼品卡|购物卡|充值卡|点数卡|游戏点卡|点卡|京东e卡|e卡|卡密|比特币|usdt|泰达币|虚拟币|数字货币|加密货币|以太坊|btc|gash|itunes卡|苹果卡|steam卡|mycard|拍照回传|扫这个码|扫我这个码'] },
    { id: 'scam_signal.secrets', seq: ['验证码|动态码|短信码|校验码|动态密码|一次性密码|密码|支付密码|网银密码|cvv|安全码|卡背面|背面三位|背面的三位|背面#位|有效期和|卡号和|卡号及|卡号、|银行卡号|信用卡号|信用卡卡号|身份证号和|卡片序号|序号'] },
    { id: 'scam_signal.link', seq: ['http|https|www.|链接|连结|网址|点击链接|点击以下|点击下方|点击网址|.com/|.cn/|.cc/|.co/|.top|.xyz|.info/|.net/|t.cn|dwz.cn|bit.ly|tinyurl'] },
    { id: 'scam_signal.remote_control', seq: ['屏幕共享|共享屏幕|分享屏幕|远程控制|远程协助|腾讯会议|会议号|会议室号|zoom|teamviewer|anydesk|向日葵|下载app|下载软件|下载安装|安装app|安装软件|安装应用|下载这个|下载我们|屏幕分享|画面分享|萤幕分享|萤幕共享|开启分享'] },
    // An app named in quotes between the verbs: 下载「司法e通」APP. The lender's own app says 官方.
    { id: 'scam_signal.install_named_app', seq: ['下载|下载安装|安装|装个|装一个|下个|下一个', 'app|软件|应用程序|程序|apk|客户端'], gap: 12, unlessAfter: '官方' },
    { id: 'scam_signal.erase_record', seq: ['撤销|注销|消除|删除|修复|洗白|洗掉|消掉|清除|撤掉|核销|删走|删掉|抹掉|抹去|抹除', '征信|坏账记录|坏账纪录|逾期记录|逾期纪录|不良记录|不良纪录|负面记录|负面纪录|黑名单|逾期状态|记录|纪录|案件|执行|全部欠款|债务'], gap: 8, unlessAfter: '申请|正常|官方' },
    { id: 'scam_signal.record_erased', seq: ['逾期记录|不良记录|征信记录|黑名单|坏账记录|坏账纪录|呆账记录|呆账纪录|不良纪录|逾期纪录|信用纪录|负面记录|负面纪录', '消除|删除|撤销|修复|洗白|洗掉|清除|消掉|删走|删掉|撤掉|抹掉|抹去|抹除'], gap: 8, unlessAfter: '申请|正常|官方' },
    // Police, judges or prosecutors do not take cases over private chat: 添加办案民警微信, 加法官WhatsApp.
    { id: 'scam_signal.official_private_chat', seq: ['民警|警官|警察|公安|警员|阿sir|办案人员|检察官|法官|书记员|执行员|专案组', '微信|wechat|vx|wx|qq|whatsapp|line|telegram|飞机|私人电话|私人手机'], gap: 4 },
    { id: 'scam_signal.upfront_fee', seq: ['付费修复|收费修复|有偿修复|付费消除|付费删除|保证金|解冻费|解冻金|验资|刷流水|流水验证|消档费|销档费|注销手续费|注销费|撤销手续费|解除手续费'] },
    // "请加LINE办理消除，须先缴手续费": a fee paid first to have a record wiped or a loan released.
    { id: 'scam_signal.fee_first', seq: ['办理消除|申请消除|办理删除|修复费|消除费|删除费|先缴手续费|先交手续费|先付手续费|先缴纳手续费|先支付手续费|预缴手续费|先缴服务费|先交服务费|先付服务费|先缴纳服务费|先支付服务费|预缴服务费'], unlessAfter: '任何|谨防|警惕|提防|要求|要求你|要求您' },
    { id: 'scam_signal.as_instructed', seq: ['依指示|按指示|按照指示|依照指示|按要求', '转账|汇款|汇入|转入|操作网银|操作网络银行|操作atm'], gap: 2 },
    { id: 'scam_signal.insider', seq: ['内部销案|帮你销案|内部可以|洗白|内部通道|走内部|特殊通道|内部关系|找关系|托关系|帮你撤诉|帮你撤案|帮你销账|销账|消债|帮你洗白|帮你删除|帮你消除|帮你删掉|帮你清除|帮你抹掉|帮你撤掉|修复征信|征信修复|征信洗白|代还|代偿|逾期状态撤|内部渠道|内部管道|内部结清'] },
    { id: 'scam_signal.borrow_to_repay', unlessAfter: '那个|恶意', unlessBefore: '不还', seq: ['借新还旧|再下款|先借出来还|借出来还上|别的平台|其他平台|其它平台|另一个平台|别家|口子|借点出来|借出来|以贷养贷|以贷还贷|拆东墙|下款快|秒下款|新口子|帮你借|帮你贷|贷款app|去网贷平台借|到网贷平台借|上网贷平台借|找网贷平台借|借钱还|借钱来还|借来还|过桥|过桥资金|第二间财务|另一间财务|其他财仔|第二间财仔|另一间财仔|其他财务公司|第二家借|第二间借|套现|套个现|信用卡套现'] },
    // "您先在别的正规平台周转一下，把我们这边的欠款先结清": a second lender named to clear this one.
    { id: 'scam_signal.borrow_elsewhere', seq: ['别的|其他|其它|别家|另外的|另一个', '平台|网贷|app|软件|财务|财仔', '周转|撸|倒一下|借一笔|借点|借出来|先借|再借|下款|贷一笔'], gap: 4 },
    { id: 'scam_signal.pay_to_cancel', seq: ['只需|只要|即可|就能|就可以', '注销|撤销|消除|核销|全数注销|撤诉|撤案|洗掉|洗白|抹掉'], gap: 24 },

    { id: 'scam_signal.unusual_payment_en', seq: ['gift card*|giftcard*|google play|itunes|steam card*|apple card*|target card*|amazon card*|ebay card*|prepaid card*|prepaid visa|prepaid mastercard|prepaid debit|vanilla visa|reload card*|green dot|moneypak|vanilla card*|bitcoin*|btc|crypto*|usdt|tether|ethereum|wallet|western union|moneygram|wire transfer to|qr code|scan the code|scan this code|zelle|venmo|cash app|cashapp|paypal friends|friends and family|friends & family|zelle me|venmo me|cash app me|my venmo|my cashapp|my cash app|my zelle|my paypal|my personal account|personal account|safe account|secure account|holding account|partner account|protected account|safekeeping account|custody account'] },
    // Paying into a person's own account or wallet: "transfer it to my PayNow", "pay into my account"
    // (not "the money's in my account by Sunday", a friend's own loan).
    { id: 'scam_signal.pay_to_me_en', seq: ['to|into|via|through|thru', 'my|friend\'s|cousin\'s|brother\'s|sister\'s|colleague\'s|boss\'s', 'account|acct|bank account|bank acct|paynow|payme|fps|gcash|upi|revolut|monzo|starling|wise|alipay|wechat|ewallet|e-wallet'], gap: 14 },
    { id: 'scam_signal.secrets_en', seq: ['verification code|one time passcode|one time password|one time pin|passcode|password|pin|otp|security code|cvv|cvc|# digit code|#-digit code|#-digit pin|#-digit passcode|# digits on the back|#-digit security code|card number|debit card number|credit card number|full card number|expiry date|expiration date|social security number|ssn|online banking password|banking password|banking login|login details|log in details|code we just texted|code we sent|codes to this number|the codes|back of the card*|photos of the card*|photo of the card*'] },
    { id: 'scam_signal.link_en', seq: ['the link below|link below|via the link|through the link|using the link|the link we|link we text*|link we sen*|link we will send|link we just|link i sen*|link i text*|via this link|this link|http|https|www.|.com/|.co/|.info/|.net/|.io/|.xyz|.top/|bit.ly|tinyurl|click here|click the link|tap the link|follow the link|secure link|secure payment link'] },
    { id: 'scam_signal.remote_control_en', seq: ['share your screen|sharing your screen|screen share*|screen sharing|screenshar*|remote access|anydesk|teamviewer|download the app|install the app|install this app|download this app|join a zoom|zoom meeting|join the meeting|skype'] },
    { id: 'scam_signal.install_named_app_en', seq: ['download*|install*|get', 'app|apk|application|software'], gap: 20, unlessAfter: 'official|our official' },
    { id: 'scam_signal.erase_record_en', seq: ['delete the negative|remove the negative|negative entry from|zero balance letter|zero balance|removal fee|deletion fee|delete the record|remove the record|erase the record|delete it from your credit|remove it from your credit|removed from your credit|wipe your record|clear your record|erase*|delete your record|cleared today|make it disappear|make this go away|cancel the case|drop the case|stop the lawsuit|cancel the warrant|stop the warrant|stop the arrest warrant|withdraw the warrant|lift the warrant|cancel the arrest|remove the default|delete the default|wipe the default|wipe it from|wipe it off|remove the blacklist|remove the listing'] },
    // "We can remove the charge-off from your credit report for a one-time fee": a record wiped for a price.
    { id: 'scam_signal.removed_from_report_en', seq: ['remov*|delet*|eras*|wipe|wiped|wiping|scrub*', 'from your credit|off your credit|from ur credit|off ur credit|from your report*|off your report*|from your credit file|from your file|from the credit bureau*|from the bureaus'], gap: 30 },
    // "Pay into account 0123456789 (Musa Ibrahim)", "bank in to acc 1140 2235 8871 (Ah Seng)": an account number with a person's name after it.
    { id: 'scam_signal.account_then_name', seq: ['account|acct|acc|a/c|account no|acct no|account number|till|till no|户口|账户|帐户', '#', '(|（'], gap: 14,
      // "account #44821 ($2,317.00)" gives the balance, "(尾号1234)" the card's last digits.
      unlessBefore: '$|£|€|¥|₦|₹|rs|hk$|us$|nt$|rm|ksh|kes|usd|hkd|ref|ending|sort code|bsb|swift|iban|case|invoice|policy|尾号|末四位|后四位|合同|金额|人民币|港币' },
    // "We are sending new loan link from partner app, take ₹10,000 and clear old dues": a second loan to clear this one.
    { id: 'scam_signal.new_loan_to_clear_en', seq: ['new loan|partner app|another app|other app|second loan', 'clear|pay off|repay|settle'], gap: 40, acrossClauses: true },
    // Another app's loan to pay this one: "borrow from a quick loan app"; not "this is QuickCash loan app" naming the lender.
    { id: 'scam_signal.loan_app_to_repay_en', seq: ['borrow|borrowing|take out|get|use|download|apply on|apply through|apply with|try', 'loan app|quick loan|instant loan'], gap: 16, unlessAfter: 'think you|thought you|think u|thought u' },
    // "You think you can borrow $5,000 and just disappear?" mocks the debt itself; no second lender.
    { id: 'scam_signal.borrow_to_repay_en', seq: ['take out a loan|take out another loan|loan shark*|can borrow|could borrow|lend you|loan you|borrow from|borrow money from|get a loan from|payday loan to|another lender|approved in minutes|use it to clear|use it to pay'], unlessAfter: 'think you|thought you|think u|thought u|a|the|this|that|your|my|licensed|licenced|registered',
      // "you think you can borrow from us and disappear?" is this loan.
      unlessBefore: 'us|me' },
    // "Send it to our agent Kevin's personal number": money to a person, not the lender.
    { id: 'scam_signal.personal_number_en', seq: ["personal number|personal phone|personal m-pesa|personal mpesa|personal gcash|personal paybill|personal till|agent's number|agent's account|officer's account|officer's bank account|officer's personal|collector's gcash|collector's account|collector's personal|collector's number|his personal|her personal"] },
    // "Pay Rs. 4,500 clearance fee via UPI to rbi.settle@ybl": a fee to clear a record, paid to a personal UPI handle.
    { id: 'scam_signal.clearance_fee_en', seq: ['clearance fee|noc fee|ybl|okaxis|oksbi|okhdfcbank'] },
    // "因系统升级，您的还款需改由LINE Pay转帐": the payment moved to a new channel.
    { id: 'scam_signal.channel_changed', seq: ['系统升级|账户升级|在升级|升级维护|改由|改用|需改为|更换收款|变更收款|更换还款账户|变更还款账户', 'line pay|微信|支付宝|个人|转帐|扫码|qr|line'], gap: 10 },
    // "打到这个支付宝账号13927781054", "PayMe 過去 9318 2276", "FPS轉數去 6528 1190（陳生）": money to a bare number.
    { id: 'scam_signal.pay_to_number', seq: ['支付宝账号|支付宝账户|payme|fps|转数快|转数去|呢个户口|这个户口|这个账号|呢个账号|这个账户|这个支付宝|别走app|不要走app|不走app|别走平台|不要走平台|我给你的那个支付宝|我给你的支付宝|我给你的账户|我给你的那个账户|to m-pesa|to mpesa|m-pesa number|mpesa number|to gcash|to opay|to palmpay|to paymaya|gcash number|opay number', '#'], gap: 4,
      // 转数快或任何一间分行: a count of branches, not a number to pay.
      unlessBefore: '间|家|个' },
    // "…up to $25,000 wiped out. A one-time processing fee of $399 is required".
    { id: 'scam_signal.paid_forgiveness_en', seq: ['forgiveness|wiped out|wipe out|debt relief|erase*|cancel your debt|cancelled debt', 'processing fee|one-time fee|enrollment fee|enrolment fee|activation fee|upfront fee'], gap: 60, acrossSentences: true },
    // "可在征信系统中永久消除": a record wiped for a price.
    { id: 'scam_signal.record_wiped', seq: ['逾期记录|不良记录|征信记录|征信|黑名单|坏账记录', '永久消除|永久删除|彻底消除|彻底删除|一键消除|快速消除|全部消除|抹掉|抹去|抹除|撤掉|删掉|消掉'], gap: 14 },
    // "把身分證正反面和存摺封面拍給我": identity papers asked for in a chat.
    { id: 'scam_signal.id_photos', seq: ['身份证正反面|身分证正反面|手持身份证|存折封面|银行卡正反面|卡片正反面|证件正反面', '拍给我|拍照给我|发给我|发我|传给我|拍俾我|影俾我|send me'], gap: 10 },
    // "Pay into our recovery officer's personal Opay account".
    { id: 'scam_signal.personal_wallet_en', seq: ['personal|private', 'opay|palmpay|m-pesa|mpesa|gcash|paymaya|upi|paytm|wallet|e-wallet|ewallet|cash app|venmo|zelle|paypal|opay account|bank account|savings account'], gap: 1, unlessAfter: 'your|ur|own|my' },
    // "要撤销请在2小时内把钱领出来，交给到府收款的专员".
    { id: 'scam_signal.cash_handover', seq: ['把钱领出来|钱领出来|提领现金|领现金出来|交给到府收款|到府收款的专员|派专员收取现金|面交现金|现金面交'] },
    // "一次性支付HK$2,800即可恢复A级评级".
    { id: 'scam_signal.rating_restored', seq: ['恢复a级|恢复评级|信贷修复|修复信贷|修复评级|提升评级|恢复信贷评级'] },
    // "linked to a money laundering case. To prove your innocence, transfer...".
    { id: 'scam_signal.prove_innocence_en', seq: ['prove your innocence|to prove your innocence|safe account|safety account|secure holding account|government holding account'] },
    // "联系专员消除", "由专员后台删除": an agent who wipes the record.
    { id: 'scam_signal.agent_erases', seq: ['联系专员|找专员|加专员|由专员|专员后台|专员即可|专员帮你|专员可以|专员会', '消除|删除|删掉|抹掉|撤掉|洗白|清除'], gap: 3 },
    // "send via GCash to 0917 842 5531", "to our officer's OPay account 8123456790": a wallet that is a person's number.
    { id: 'scam_signal.wallet_to_number_en', seq: ['gcash|paymaya|opay|palmpay|m-pesa|mpesa|moniepoint', 'to #|to the number|to this number|account #|acct #|number #'], gap: 12 },
    // "我可以找人帮你从系统里撤掉": someone who wipes the record inside the system.
    { id: 'scam_signal.system_wipe', seq: ['帮你|帮您|找人|给你', '系统里|系统中|系统内|后台|数据库', '撤掉|删掉|删除|消除|抹掉|清除|洗掉|撤销'], gap: 6 },
    // "依专员指示至ATM操作解除".
    { id: 'scam_signal.atm_steps', seq: ['至atm操作|到atm操作|atm操作|去atm|到atm|至atm|操作atm|atm解除'] },
  ],
};
