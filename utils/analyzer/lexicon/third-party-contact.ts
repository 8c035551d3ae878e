import type { LabelRules } from './types';

/**
 * Contacts, or threatens to contact, the reader's family, friends, employer, colleagues,
 * address book or emergency contacts — including by hinting ("你单位领导应该不想知道吧",
 * "your boss wouldn't want to hear about this") and by shaming in public.
 */
// Parents named bare, which the shared list spells only in full (爸爸, 父母): "找你爹妈", "你妈那边".
const YOUR_PARENT = '你爸|你妈|你爹|你娘|你老爹|你老娘|你家老人|你屋企老人|你家老爷子|你家老太太|你家老头|你老爷子';
// A whole building, street or village: "成栋楼都知你欠钱".
const WHOLE_PLACE = '成栋楼|整栋楼|全栋|全楼|成座大厦|整座大厦|整栋大楼|全大厦|成条街|整条街|成条村|成个村|全村|成个屋苑|全屋苑|全小区|整个小区|整个公司|成间公司|左邻右里|左邻右舍';

// Grandparents named bare: "打俾你阿爷阿嫲".
const YOUR_GRANDPARENT = '你阿爷|你阿嫲|你嫲嫲|你爷爷|你奶奶|你外公|你外婆|你阿公|你阿婆|你姥姥|你姥爷';
// The home village as a crowd: "不想让乡里乡亲都知道".
const HOME_FOLK = '乡里乡亲|乡亲们|乡亲|父老乡亲|十里八乡|全村人|全村老少|村里的人';

// Relatives and housemates the shared list lacks: "Your cousin Marco picked up this time".
const KIN_EN = 'your reporting manager|your line manager|your team lead*|your guarantor*|your listed guarantor*|your listed reference*|your listed emergency contact*|your co-signer*|your cosigner*|your office colleagues|your work colleagues|your office mates|the people who pay your wages|whoever pays your wages|your cousin*|your uncle|your aunt*|your nephew|your niece|your grandma|your grandpa|your grandfather|your in-laws|your roommate|your flatmate|your housemate|your ex|your pastor|your mate|your mates|your buddy|your whatsapp group*|your group chat*|your family group chat*|your family chat|your church group*|your line group*|your contact list|your phone contacts|your phonebook|your kids\' school|your children\'s school|your child\'s school|your son\'s school|your daughter\'s school|your school|your congregation|your church members|your pastor*';
// People named the way chats name them; "ur" and "yr" for "your" come from dodges.ts ("ur fam's getting a call").
const CHAT_PEOPLE_EN = 'ur girl|your girl|ur man|ur wife|ur mom|ur boss|your missus|your mrs|your old lady|your old man|your ma|your pops|your gf|your bf|your fam|your homies';
// Everyone in one circle at once: "通知你所有同事", "你身边所有人".
const YOUR_WHOLE_CIRCLE = '你教会|你的教会|你们教会|你教友|你的教友|你牧师|你的牧师|你line群|你的line群|你的群组|你群组|你家长群|你的家长群|你所有同事|你全部同事|你所有朋友|你全部朋友|你所有亲戚|你全部亲戚|你所有家人|你身边所有人|你身边的人|你所有联系人|你所有好友|你全部好友|你全家|你一家';
// A whole circle in English: "tell the whole barangay", "your whole family".
const WHOLE_CIRCLE_EN = 'the whole barangay|the entire barangay|your whole barangay|the whole village|your whole village|the whole neighbourhood|the whole neighborhood|your whole neighbourhood|your whole neighborhood|the whole street|your whole street|your whole family|your entire family|your whole office|the whole office|your whole church|the whole church|everyone at your work|everyone at work|everyone at your office|everyone at your church|everyone in your office|everyone in your family|everyone you know|everybody you know';
// Everyone the reader might not want told.
const PEOPLE_EN = `@third_party_en|${KIN_EN}|${CHAT_PEOPLE_EN}|${WHOLE_CIRCLE_EN}`;
// The reader is told to warn someone: "Tell your wife to lock the doors" is a threat, not a call to her.
// Cantonese plurals the shared list lacks: "同你啲同事讲吓", "话俾你班朋友知".
const YOUR_CIRCLE_YUE = '你啲同事|你班同事|你啲朋友|你班朋友|你啲邻居|你啲同学|你啲客|你隔篱邻舍|隔篱邻舍|你啲邻舍|你邻舍';
// People named in English inside Chinese: "跟你neighbour讲讲".
const YOUR_PEOPLE_MIXED = '你neighbour|你neighbor|你neighbours|你neighbors|你的neighbour|你colleague|你colleagues|你的colleague|你boss|你的boss|你manager|你hr|你family|你parents|你wife|你husband';
const PASS_A_WARNING = 'to lock|to be careful|to watch|to look out|to keep an eye|to stay safe|to stay inside|to stay home|to sleep|to mind';

// "你老公那边", "你屋企嗰度": someone of the reader's, and where they are.
const AT_THEIR_SIDE = [`@third_party_zh|你屋企|你家里|你家|你老家|你村里|${YOUR_PARENT}`, '那边|那里|那儿|那头|嗰边|嗰度'];

export const THIRD_PARTY_CONTACT: LabelRules = {
  label: 'third_party_contact',
  rules: [
    { id: 'third_party_contact.contact_them', seq: ['@contact_verb_zh', '@third_party_zh|' + YOUR_CIRCLE_YUE + '|' + YOUR_PEOPLE_MIXED + '|' + YOUR_WHOLE_CIRCLE], gap: 8, unlessAfter: '会不会|会唔会|是否会|不得|不准|不可|不许|严禁|禁止', unlessBefore: '不会|并不会|也不会|绝不会|唔会|经理|都认唔到|都认不出|都认不到|都唔认得' },
    // "你妈的" is an oath, not a person.
    { id: 'third_party_contact.contact_parent', seq: ['@contact_verb_zh|找|揾|去找|去揾|问', `${YOUR_PARENT}|${YOUR_GRANDPARENT}`], gap: 4, unlessBefore: '的|个|逼|b' },
    { id: 'third_party_contact.them_contacted', seq: ['@third_party_zh', '@contact_verb_zh|电话|的电话|手机号|号码|联系方式|座机|微信'], gap: 8 },
    { id: 'third_party_contact.in_front_of', seq: ['当着|当住|当面告诉|当众', '@third_party_zh|大家|所有人|众人|顾客|客人|客户|你那些顾客|你的顾客|你的客人'], gap: 2 },
    // Also a "greeting" that is a warning: "上嚟同你老细打个招呼".
    { id: 'third_party_contact.told_them', seq: ['跟|和|同|向|对', '@third_party_zh|' + YOUR_CIRCLE_YUE + '|' + YOUR_PEOPLE_MIXED, '说道说道|说|讲|讲了|说了|提|提过|反映|了解一下|了解了解|了解你|了解下|了解吓|讲过|说过|聊|倾|讲清楚|说清楚|讲明|打个招呼|打招呼|打声招呼|问候|问好|见面|见个面|饮茶|喝茶'], gap: 2 },
    { id: 'third_party_contact.seek_them', seq: ['找|揾|去找|去揾|问', '@third_party_zh'], gap: 2 },
    // People who are the reader's only by place: "问问你隔壁店的人", "搵你楼上楼下".
    { id: 'third_party_contact.ask_around', seq: ['找|揾|问|问问|去问|打听|询问|问吓|问下', '你隔壁|隔壁|隔篱|隔离屋|隔壁邻居|附近的人|周围的人|周边的人|左邻右舍|左邻右里|楼上楼下|你对面|你公司的人|你单位的人|你厂里的人'], gap: 4 },
    // "你老公那边我们去问", "你公司那边我们会联系".
    { id: 'third_party_contact.their_side', seq: [...AT_THEIR_SIDE, '我们去|去问|问问|问|去找|找|搵|打电话|打|联系|通知|沟通'], gap: 6 },
    // Told as done: "你妈那边我们也去过了", "你阿媽嗰邊我哋都去過咗", "你老家那里我们上个月跑了一趟".
    // The collector must be the one who went: not "你妈那边去过医院了吗".
    { id: 'third_party_contact.their_side_visited', seq: [...AT_THEIR_SIDE, '我们|我司|我方|同事', '去过|去了一趟|走了一趟|跑过|跑了一趟|来过|找过|问过'], gap: 6 },
    // A workplace named bare, hinting it has not heard yet: "公司那边应该还不知道你卡债拖了半年吧".
    { id: 'third_party_contact.not_yet_known', seq: ['公司|单位|领导|老板|主管|上司|同事|人事|家里|屋企', '还不知道|应该不知道|应该还不知道|不知道吧|仲未知|仲唔知|要是知道|如果知道|知道了会|知道的话'], gap: 6, unlessAfter: '我们|我|本|我们的|我司' },
    // A letter to the employer or a relative asking them to press the debtor: "现函请贵司协助督促其还款".
    { id: 'third_party_contact.ask_them_to_press', seq: ['请|函请|烦请|恳请|敬请|希望|麻烦|要求|叫|让|找|通知', '@third_party_zh|贵单位|贵校|贵行', '协助|督促|转告|代为|敦促|劝|催促|代还|帮他还|帮她还'], gap: 4 },
    // The reader is asked to pass it on: "你同佢讲，再唔还钱…", "你跟他说一声".
    { id: 'third_party_contact.tell_them', seq: ['你同|你跟|你和|你帮我同|你帮我跟|麻烦你同|麻烦你跟|帮我同|帮我跟', '他|她', '讲|说|讲声|说一声|讲一声|转告|带句话|带个话'], gap: 1 },
    // The child's school circle: "她班主任的电话我们已经有了", "在家长群里帮你宣传".
    { id: 'third_party_contact.school_circle', seq: ['她|他|孩子|小孩|女儿|儿子|闺女|仔|囡|个女|学校|幼儿园|班上|班里', '班主任|老师|校长|辅导员|同学|家长'], gap: 3, unlessBefore: '们好|节' },
    { id: 'third_party_contact.school_group', seq: ['家长群|班级群|班群|家长会|校友群'] },
    // Asking around the workplace: "将向单位同事了解您的工作及收入情况".
    { id: 'third_party_contact.ask_them_about', seq: ['向|找', '单位|单位同事|单位领导|公司同事|公司领导|其单位|其同事|周边邻居|邻居|街坊|物业|居委会|村委会|亲友|家属|家人', '了解|核实|核查|打听|询问|调查|取证'], gap: 6 },
    // "转告他尽快回电", "叫佢快啲覆电": an adverb may come between.
    { id: 'third_party_contact.press_the_debtor', seq: ['督促|劝|劝劝|叫|让|催|催促|提醒|转告', '其|他|她', '还款|还钱|还数|处理|回我电话|回电话|还|联系我|回电|覆我|覆返|覆电|复电|致电|打返|打回|回个电话|联系我们|与我们联系|同我哋联络'], gap: 3 },
    // Calling or going to a third person's own place: "明天就打去她诊所", "去他公司".
    { id: 'third_party_contact.their_place', seq: ['打去|打到|打电话去|打电话到|打给|联系|找去|找到|去|到|找|上', '她|他', '单位|公司|学校|诊所|医院|店|铺头|厂|上班的地方|返工|老板|领导|同事|主管'], gap: 1 },
    { id: 'third_party_contact.address_book', seq: ['通讯录|爆通讯录|爆通|通讯录好友|联系人名单|紧急联系人|亲友团'] },
    // The contacts in the reader's phone: "你电话入面嘅联络人我哋全部有晒" (not "电话联系人工客服").
    { id: 'third_party_contact.phone_contacts', seq: ['你微信里|你的微信里|你微信上|你qq里|你电话|你手机|你的电话|你的手机|手机里|手机入面|电话入面|电话里|电话簿|电话本|你phone|phone入面|phone里', '联系人|联络人|好友|啲人|里的人|入面的人|号人|那些人|存的人'], gap: 7, unlessBefore: '工|员' },
    { id: 'third_party_contact.everyone_knows', seq: ['让|叫|等|令', HOME_FOLK + '|@third_party_zh|所有人|大家|全世界|人人|全校|全班|全部人|成个公司|所有同事|全部同事|所有亲戚|所有邻居|所有朋友|所有同学|' + WHOLE_PLACE, '认识认识你|好好认识认识|认识认识|知道|看看|认清|看清|晓得|睇|睇吓|评评理|了解|都知|知'], gap: 6 },
    { id: 'third_party_contact.let_them_know', seq: ['俾|让|给|叫', '@third_party_zh|' + YOUR_CIRCLE_YUE, '知|知道|晓得'], gap: 2 },
    { id: 'third_party_contact.they_would_know', seq: ['@third_party_zh|学校领导|单位领导|公司领导|教会的人|团契|教友|弟兄姊妹|兄弟姊妹|你那些粉丝|你的粉丝|你粉丝', '不想知道|应该不想|知道了会|知道吗|知道你|会怎么想|怎么看你|知不知道|晓得吗|知唔知|想知道|也想知道|知道这件事|知道这事'], gap: 8 },
    { id: 'third_party_contact.listed_as_contact', seq: ['填写|填了|填|留了|留的|预留的|登记的|写了|列为', '紧急联系人|联系人|联络人|担保人|保证人'], gap: 6 },
    // Written to the debtor's relative or employer: "你老公走数成半年", "贵司员工郭鹏（身份证尾号0312）在我司平台借款".
    { id: 'third_party_contact.your_person_borrowed', seq: ['你朋友|你的朋友|你的好友|你同事|你的同事|你家人|你的家人|贵司员工|贵公司员工|贵单位员工|你员工|你亲戚|你老公|你老婆|你先生|你太太|你丈夫|你妻子|你儿子|你女儿|你个仔|你个女|你爸|你妈|你老豆|你老母|你老爸|你老妈|你哥|你弟|你姐|你妹|你家姐|你细佬|你阿哥|你阿姐|你阿妹|你细妹|你大佬|你闺女|你男朋友|你女朋友|你前夫|你前妻|你仔|你个囡|你囡|你弟弟|你哥哥|你姐姐|你妹妹', '借|欠|逾期|走数|走佬|跑路|拖欠|未还|冇还|唔还|不还|赖账'], gap: 20, unlessAfter: '的钱|屌|丢|diu|操|肏', unlessBefore: '没教|冇教|没有教|教过|教你|生你|养你|的借钱|的欠钱|的还钱' },
    { id: 'third_party_contact.job_threat', seq: ['让你|叫你|害你|你会|你就会|等着|睇住', '待不下去|混不下去|干不下去|呆不下去|丢工作|丢了工作|丢饭碗|失业|被开除|被辞退|炒鱿鱼|卷铺盖|冇工开'], gap: 8, unlessAfter: '城市|这个城市|这座城|社会|这个社会|这个圈子|圈子里|这行|本地|这里|这边|道上' },
    { id: 'third_party_contact.job_at_stake', seq: ['保不住工作|保住工作|保住饭碗|炒你鱿鱼|lose your job|get fired|get you fired|your job at risk|your job on the line|cost you your job'] },
    { id: 'third_party_contact.posted_to_group', seq: ['贴满|贴在|发到|发在|发去|贴到|挂到|传到|发上|放到|送到', '楼下|门口|群|群里|业主群|朋友圈|网上|微博|抖音|公司群|家族群|小区群|同学群|村委会|居委会|物业|社区|村口|村头|公告栏|宣传栏|电梯里'], gap: 8 },
    { id: 'third_party_contact.at_their_place', seq: ['去|到|找', '她单位|他单位|她公司|他公司|她学校|他学校|她家|他家|她工作的地方|他工作的地方'], gap: 2 },
    { id: 'third_party_contact.at_school', seq: ['学校|放学|小学|幼儿园|中学|上学|补习班|国小|国中', '等她|等他|找她|找他|接她|接他|跟她|跟他|找你女儿|找你儿子|找你孩子|打个招呼|打招呼|走一趟|那边'], gap: 8 },
    { id: 'third_party_contact.shaming', seq: ['抬不起头|身败名裂|名声扫地|曝光|公开你|挂到网上|发到网上|发到朋友圈|发到群里|发到微信群|逾期公告|欠债公告|曝光公告|街招|贴街招|大字报|拉横幅|横幅|挂条幅|拉条幅|欠款告示|欠债告示|追债告示|催款告示|游街|人肉|发你的照片|你的照片|身份证照片|p图|发传单|派传单|传单|写大字|喷字|喷漆|油漆字'] , unlessAfter: '活该|活该一辈子|一辈子' },
    { id: 'third_party_contact.everyone_knows_now', seq: [HOME_FOLK + '|七大姑八大姨|亲戚朋友|全村人|全公司|全家人|所有人|大家|身边的人|邻居们|街坊们|亲戚们|同事们|全校|' + WHOLE_PLACE, '都知道|都晓得|都看到|都在传|都知|都得知道|都要知道|全都知道|都听说|都会知|都会晓得|都会看到'], gap: 2 },

    // Written to the debtor's colleague or relative: "请问是周凯的同事吗？", "請問係李家豪嘅同事？".
    { id: 'third_party_contact.are_you_their', seq: ['请问是|请问你是|请问系|请问你系|请问阁下是|你是不是|你系唔系|你系咪', '的|个', '@family_zh|人事部|人事|人资|人力资源部|财务部|先生|同事|领导|上司|老板|老细|主管|朋友|同学|邻居|室友|家属|紧急联系人|联系人|联络人|担保人'], gap: 8 },
    // Written to the employer: "你哋公司嘅员工陈大文喺我哋度欠咗钱".
    { id: 'third_party_contact.your_staff_borrowed', seq: ['贵司|贵公司|贵单位|贵行|贵校|你公司|你们公司|你间公司|你的公司', '员工|职员|雇员|伙计|下属|工人|学生', '借|欠|逾期|走数|拖欠|未还|冇还|唔还|不还|赖账'], gap: 12 },
    // Mixed-language threats: "contact 你 office 同 HR", "通知你的 emergency contact".
    { id: 'third_party_contact.contact_them_mixed', seq: ['@contact_verb_zh|contact*|call|notify|inform*|搵|找', '你|你的|你哋|ur', 'office|hr|boss|manager|supervisor|family|emergency contact*|employer*|company|colleague*|coworker*|friends|parents|wife|husband|reference*|contacts|contact list'], gap: 2 },

    // The reader did the telling: "what you've told me about losing your job".
    { id: 'third_party_contact.contact_them_en', seq: ['@contact_verb_en|coordinated with|liaised with|liaising with|liaise with|been in contact with|in contact with|got in touch with|tried reaching|been reaching|trying to reach|tried to reach|attempted to reach|written to|a lil chat with|a lil word with|callin|ringin|textin|contactin|messagin', PEOPLE_EN], gap: 22,
unlessAfter: "you|you've|you have|you had|visit|visiting|will visit|show up at|turn up at|come to|coming to|team to|teams to|someone to|somebody to|people to|agent to|agents to|officer to|officers to|boys to|guys to|men to|staff to|collector to|collectors to", unlessBefore: PASS_A_WARNING + '|we said|i said|we say|hi from' },
    { id: 'third_party_contact.they_would_know_en', seq: [PEOPLE_EN + "|the other parents|other parents|the other moms|the other mums|the other dads", "will all hear|all hear|will all find out|will all learn|will all be told|know you owe|knows you owe|know what you owe|knows what you owe|know u owe|know what u owe|wouldn't want to|would not want to|would love to|would like to|might want to|would be interested|will see|all will see|will all see|all see|gonna see|going to see|will all know|all know|will notice|will talk|will be talking|would hate to|should know|deserves to know|ought to know|needs to know|need to know|going to hear|gonna hear|going to know|gonna know|find out|finds out|learn about|hear about|hears all about|hear all about|hears about|will get your|gets your photo|get your photo|will receive your|to know about|will know|will hear|know about|knows about|is going to|are going to|wonder*|found out|finding out|heard|learned|learnt|discovered|about to|may want to|will want to|sit in|gets a call|get a call|will get a call|receive a call|receives a call|hear from us|hears from us|will be contacted|gets contacted|be notified|gets notified|to learn|learn that|learn you|be thrilled|be pleased|be happy to hear|be impressed|be surprised|to hear|to see|find it|be interested"], gap: 24, unlessBefore: 'the hard way' },
    // Written to a third party about the debtor: "This message is for the manager of Kevin Walsh".
    { id: 'third_party_contact.addressed_to_them_en', seq: ['this message is for|this message is intended for|this letter is for|this notice is for|this call is for|message for|addressed to|attention|attn|dear|to|you as|you are|is this|are you|am i speaking with|am i speaking to|calling for|looking for|trying to reach', 'the manager of|the employer of|the supervisor of|the family of|the wife of|the husband of|the mother of|the father of|the parents of|a relative of|the relatives of|a friend of|the friend of|a family member of|the spouse of|the partner of|the landlord of|the roommate of'], gap: 2, unlessBefore: 'our|your|this|the branch|the account' },
    { id: 'third_party_contact.have_them_call_en', seq: ['have|ask|tell|remind|get|let|prevail on|prevail upon|urge|persuade|encourage', 'him|her', 'contact*|call|ring|phone|return our|return my|get in touch|reach out|know we called|know we are trying|pay|to pay|settle|clear'], gap: 4 },
    { id: 'third_party_contact.are_you_their_en', seq: ['is this|am i speaking with|am i speaking to|are you|you are|calling for|looking for|trying to reach|message for', "'s", 'supervisor|manager|boss|employer|wife|husband|mother|mom|mum|father|dad|sister|brother|cousin|roommate|relative|colleague|coworker|landlord|partner|spouse|son|daughter|neighbor|neighbour|friend'], gap: 20 },
    { id: 'third_party_contact.pass_it_on_en', seq: ['pass this|pass the message|pass this message|pass it|pass on|pass along|relay this|relay the message', 'to him|to her|on to him|on to her|along to him|along to her'], gap: 10 },
    // "Your cousin Marco picked up this time": someone else answered the collector.
    { id: 'third_party_contact.they_answered_en', seq: [PEOPLE_EN, 'picked up|answered|took the call|took our call|got the call|got our call|told us|gave us|said you|says you|told our|told my|told the agent|mentioned to|said to our|pick up our call|picked up our call|pick up the call|pick up my call|picked up my call'], gap: 16 },
    { id: 'third_party_contact.chat_call_en', seq: [PEOPLE_EN, "'s getting a call|s getting a call|getting a call|gets a call|get a call|gonna get a call|getting calls|is next|next on the list|on speed dial"], gap: 4 },
    // The people named in the sentence before: "...are listed on your application. We start calling them tomorrow."
    // Only the collector's own calling (ongoing or to come), never "you can call them at…".
    { id: 'third_party_contact.calling_them_en', seq: ['calling|contacting|texting|ringing|phoning|messaging|emailing|notifying', 'them|all of them|each of them|both of them|every one of them'], gap: 2 },
    { id: 'third_party_contact.will_call_them_en', seq: ["we'll|we will|i'll|i will|gonna|going to|about to|start to", 'call|contact|text|ring|phone|message|email|notify', 'them|all of them|each of them|both of them|every one of them'], gap: 4, unlessBefore: 'back|directly|on your behalf|for you' },
    { id: 'third_party_contact.everyone_knows_en', seq: ['neighbours|neighbors|the neighbours|the neighbors|every single person|every person at|everyone at your|everyone|everybody|people at|the whole|people you know|whole town|whole neighborhood|whole office|whole block|whole estate|whole street|whole kampung|whole village|whole building', 'hear*|know*|find out|finds out|see*|learn*'], gap: 40 },
    // The people are named only as "their": "...is going to find out their nurse doesn't pay her debts".
    { id: 'third_party_contact.their_own_owes_en', seq: ['find out|finds out|learn|hear|know', 'their|that their', "doesn't pay|does not pay|never pays|won't pay|don't pay|owes|is a deadbeat|is a thief|skips out|stiffs"], gap: 24 },
    // Chat spellings and a whole circle: "ill tell ur whole church", "we contact all ur phonebook".
    { id: 'third_party_contact.contact_them_chat_en', seq: ['@contact_verb_en|a lil chat with|a lil word with', 'ya|your|all your|your whole|your entire|the whole', 'employer*|boss|church|family|fam|mom|mum|dad|parents|wife|husband|kids|friends|mates|work|job|coworker*|co workers|colleague*|neighbours|neighbors|neighbour|neighbor|landlord|manager|hr|office|pastor|congregation|gf|bf|girlfriend|boyfriend|sister|brother|relatives|contacts|contact list|phonebook|phone book|address book|street|building|village|school|mosque|temple|gym|club|company'], gap: 8, unlessAfter: 'visit|visiting|will visit|show up at|turn up at|come to|coming to', unlessBefore: PASS_A_WARNING + '|we said|i said|we say|hi from' },
    // Looking the person up in person: "we go find your wife at her office".
    { id: 'third_party_contact.find_them_en', seq: ['find|go find|come find|look for|looking for|track down|hunt down|go see|come see|pay a visit to|drop in on|turn up at|show up at', PEOPLE_EN], gap: 4 },
    // "send your photo to everyone in your phonebook": the whole address book.
    { id: 'third_party_contact.everyone_in_contacts_en', seq: ['everyone in|everybody in|every contact in|every number in|every person in|all the people in|all contacts in|all the contacts in', 'your phonebook|your phone book|your phone|your contacts|your contact list|your address book|your whatsapp|ur whatsapp'], gap: 2 },
    { id: 'third_party_contact.address_book_en', seq: ['phonebook|phone book|address book|contact list|contacts list|whole contacts|all your contacts|everyone in your contacts'], unlessAfter: 'our|my|to our|in our|to your|in your|save|add' },
    // Papers served on or sent to the employer: "a wage garnishment order has been served on your employer".
    { id: 'third_party_contact.served_on_en', seq: ['served on|served upon|sent to|send to|sending to|delivered to|mailed to|issued to|forwarded to|notice to|order to|letter to|papers to', '@third_party_en'], gap: 4 },
    { id: 'third_party_contact.employer_ordered_en', seq: ['@third_party_en', 'will receive|has received|received|will be served|has been served|was served|will be sent|will be ordered|has been ordered|ordered to|required to deduct|to deduct|will deduct|will withhold|must withhold|to withhold'], gap: 12 },
    // Shamed in a group or with a photo: "Your photo goes up in the Facebook group 'Bad Payers'".
    // "Notify the contacts on your phone about your indebtedness".
    { id: 'third_party_contact.phone_contacts_en', seq: ['notify|contact|call|message|text|inform|alert|tell|sms|send it to|send this to', 'the contacts on your phone|contacts on your phone|the contacts in your phone|contacts in your phone|your phone contacts|every friend on your|all your friends on|everyone on your facebook|your facebook friends|all your facebook friends|your friends list|your friend list'], gap: 4 },
    // "Pls inform Mr. Dela Cruz na may overdue sya": the message is for someone else to pass on.
    { id: 'third_party_contact.inform_them_en', seq: ['pls inform|please inform|kindly inform|pakisabi|pakisabihan', "mr|ms|mrs|miss|sir|ma'am|maam|him|her"], gap: 1 },
    // "Every one of them gets your pics": the reader's contacts, each sent the shaming.
    { id: 'third_party_contact.they_get_it_en', seq: ['every one of them|each of them|all of them|everyone in it|all your contacts|every contact', 'gets your|get your|will get your|gets ur|get ur|receives your|receive your|will receive your'], gap: 1 },
    // "I'll make sure your wife hears about it".
    { id: 'third_party_contact.make_sure_they_know_en', seq: ["i'll make sure|we'll make sure|i will make sure|we will make sure|gonna make sure", PEOPLE_EN, 'knows|know|hears|hear|finds out|find out|sees|see|gets|reads|read'], gap: 2 },
    { id: 'third_party_contact.photo_posted_en', seq: ['your photo|your picture|your pic|your pics|your face|your name|your details|your id|ur photo|ur pic|ur face|ur name', 'goes to every|goes out to|will go to every|sent to every|goes up|go up|going up|gets posted|get posted|will be posted|be posted|posted|plastered|all over|shared in|shared on|put up|up on|on facebook|on fb|on instagram|on tiktok|in the group|in every group'], gap: 12 },
    { id: 'third_party_contact.group_en', seq: ['facebook group|fb group|whatsapp group|telegram group|wechat group|group chat|community group|neighbourhood group|neighborhood group|community page|local group|bad payers|debtors list|wall of shame|name and shame|naming and shaming'], unlessAfter: 'not|never|no' },
    { id: 'third_party_contact.their_details_en', seq: ['@third_party_en', "'s number|'s phone|'s address|'s email|number|phone number|phone numbers|numbers|contact details|address|email|details"], gap: 2 },
    { id: 'third_party_contact.listed_as_reference_en', seq: ['listed as a reference|as a reference|as an emergency contact|listed you as|as a contact for|your relative|gave your number|gave us your number|as their reference|as his reference|as her reference|as references|listed as references|you listed as|people you listed|your references|as reference|given as reference|as his guarantor|as her guarantor|as guarantor|to all contacts of|to all the contacts of|dear contacts of|to the contacts of|all contacts of'] },
    { id: 'third_party_contact.shaming_en', seq: ['tell everyone|tell everybody|tell every1|telling everyone|telling every1|post about|post it|posting about|social media|facebook page|on facebook|on instagram|on twitter|public*|expose*|shame you|shaming you|wanted poster*|flyer*|billboard'], unlessAfter: 'not|saw|seen|see|we saw|found you',
      // "Closed for the public holiday" is not the public told.
      unlessBefore: 'holiday|holidays|transport|sector|service|services|library|hospital|health|utility|utilities' },
    // "单位收到一份你欠钱不还的材料", "你们公司人事部明天就会接到我们的函": someone else receives word of the debt.
    { id: 'third_party_contact.they_receive_zh', seq: ['@third_party_zh|单位|公司|人事|领导|学校|政审', '收到|接到|会收到|会接到|就会收到|就会接到|都会收到|都会接到', '材料|欠条|照片|催告函|你的|函|信|电话|通知|律师函|催收函|短信|消息|我们的|你欠'], gap: 10 },
    // "当着你们车间主任的面把账算清楚": the debt raised in front of someone.
    { id: 'third_party_contact.in_front_of_zh', seq: ['当着|当住|喺', '@third_party_zh|主任|车间主任|全村|街坊|全公司|大家', '的面|面前'], gap: 6 },
    // "I really don't want to be ringing her", "我們也不想走到打給她那一步": the call held over the reader.
    { id: 'third_party_contact.would_rather_not_call', seq: ["don't want to|do not want to|wouldn't want to|would hate to|hate to|不想|也不想|唔想", 'ring her|ringing her|call her|calling her|ring him|ringing him|call him|calling him|contact her|contacting her|contact him|contacting him|走到打给|打给她|打给他|打俾佢|联系她|联系他|找她|找他'], gap: 12, negatable: false },
    // "We've located your employer … we'll be reaching out to their HR department".
    { id: 'third_party_contact.their_hr_en', seq: ['@contact_verb_en|reaching out to|reach out to', 'their hr|their human resources|their payroll|their manager|their boss|their office|their personnel'], gap: 4 },
    // "走访你的亲属": relatives called on (a visit to your company is a visit, not a third party).
    { id: 'third_party_contact.relatives_visited', seq: ['走访|拜访|探访|上门拜访|登门拜访', '你的亲属|你亲属|你的家人|你家人|你父母|你的父母|你爸妈|亲属|亲友|家属|你的亲友'], gap: 2 },
    // "We'll swing by your parents' place and explain the situation to them".
    // "Have a chat with her about where things stand with your loan".
    { id: 'third_party_contact.word_with_them_en', seq: ['have a chat with|have a word with|a quiet word with|have a little chat with|have a talk with|have a little talk with', 'her|him|them', 'about'], gap: 1 },
    // "去他们科室打听打听", "去你户籍地村委会说明一下你的情况": asking around where the reader is known.
    { id: 'third_party_contact.ask_around_zh', seq: ['去|到|跑去|跑到|上', '他们科室|他单位|她单位|他们单位|她们单位|科室|村里|村委会|居委会|你老家|你单位|你公司|你们单位|你们公司|户籍地', '打听打听|打听一下|打听|问问|问一问|问一下|了解一下|了解了解|说明一下|说明情况|说明你的情况'], gap: 12 },
    // "把你的事跟你那些亲戚朋友、左邻右舍都说一说".
    { id: 'third_party_contact.tell_them_your_affairs', seq: ['把你的事|把你欠钱的事|把你欠债的事|把你的情况|把这事|把这件事|把你干的事|把你做的事', '跟|和|给|同|向|对', '@third_party_zh|左邻右舍|亲戚朋友', '说|讲|聊|广播|宣传'], gap: 10 },
    { id: 'third_party_contact.their_place_en', seq: ['swing by|go to|visit|drop by|come to|stop by|head to|knock on|turn up at|show up at|pop round to|go round to|come round to|come by|come over to|pop into|pop by', "your mums house|your moms house|your mums|your moms|your mum's house|your mom's house|your parents' place|your parents place|your parents' house|your parents house|your mum's|your mom's|your mother's|your dad's|your father's|your sister's|your brother's|your in-laws'|your grandma's|your grandparents'"], gap: 4 },
    // "Don't be surprised when your boss gets a call": the call promised through a denial.
    { id: 'third_party_contact.dont_be_surprised_en', seq: ["don't be surprised|do not be surprised|don't act surprised|wouldn't be surprised", `${PEOPLE_EN}|your phone`, 'gets a call|get a call|hears from us|hear from us|gets a visit|finds out|find out|rings|starts ringing|gets a letter'], gap: 24, negatable: false },
    // "reaching out to the references you listed on your application".
    { id: 'third_party_contact.references_listed_en', seq: ['@contact_verb_en|reaching out to|reach out to', 'the references|references you listed|the contacts you listed|the people you listed|the people on your application|your listed references'], gap: 4 },
    // "律师函将寄送至您的户籍地址及工作单位": papers sent to the workplace.
    { id: 'third_party_contact.sent_to_work_zh', seq: ['寄送至|寄送到|寄到|寄往|送达|寄去|寄至|发函至|发函到|寄你|寄去你|寄给你|寄到你|送去你|送到你', '工作单位|单位|公司|你公司|你的单位|您的工作单位|户籍地址及工作单位|户籍地及单位'], gap: 8, unlessAfter: '本|我|我们|我司' },
    // "等你啲同事睇下你係咩人": put before others' eyes.
    { id: 'third_party_contact.shown_to_them_zh', seq: ['让|等|俾|给|叫', '@third_party_zh|你啲同事|你同事|你啲邻居', '睇下|睇|看看|看一看|瞧瞧|知道|认识'], gap: 2 },
    // "你妈的电话我们已经打过了": a relative's number already rung.
    { id: 'third_party_contact.their_phone_rung', seq: ['@family_zh|@yours_zh|你妈|你爸', '的电话|电话|手机号|号码|手机', '打过了|已经打过|都打过|打咗|我们已经打|我们打过|已经打了|我们打了|我们也打了|我们都打了|我打了|我也打了'], gap: 6 },
    // "…to verify your employment with your manager": the employer asked about the reader.
    { id: 'third_party_contact.employment_verified_en', seq: ['verify your employment|verify employment|confirm your employment|confirm employment|employment verification|check your employment|check where you work'] },
    // "你们公司的刘经理已经跟我们说了", "你公司同事說你最近都請假": they have already been reached.
    { id: 'third_party_contact.they_told_us', seq: [`@yours_zh|${YOUR_PARENT}|你老婆|你老公|你家人|你家里人|你屋企人|你女朋友|你男朋友|你太太|你媳妇|你父母|你爸妈|你阿妈|你阿爸|你老母|你老豆`, '跟我们说|跟我说|和我们说|和我说|同我哋讲|同我讲|告诉我们|告诉我|跟我们讲|和我们讲|对我们说|说你|讲你|话你|话俾我哋知|讲咗俾我哋'], gap: 8 },
    // "顺道上去拜访一下妳主管": a call on the people around the reader.
    // "去你爸妈家楼下等", "你妈那边我们今天下午会再去一次": the family's own door.
    { id: 'third_party_contact.their_home_zh', seq: ['去|到|上|过去|再去|跑去|跑到|把|堵|堵到|堵在', '你爸妈家|你父母家|你妈家|你爸家|你老婆娘家|你岳父家|你爸妈那边|你父母那边|你妈那边|你爸那边|你老家家里'], gap: 3 },
    { id: 'third_party_contact.their_home_again_zh', seq: ['你爸妈那边|你父母那边|你妈那边|你爸那边|你妈那|你爸妈那|你老婆那边|你家里人那边', '去一次|再去一次|去一趟|再去一趟|再过去|过去一趟|走一趟|跑一趟|上门|登门|亲自去'], gap: 12 },
    // "不然就只好请你爸妈出面了": the family brought in to answer for the debt.
    { id: 'third_party_contact.family_step_in', seq: ['请|让|叫|找|要', '@family_zh|你爸妈|你父母|你家里人', '出面|出头|来还|帮你还|替你还|来处理|帮你处理'], gap: 3 },
    // "给你单位财务科寄了协助扣款函": the employer told to take the wages.
    { id: 'third_party_contact.employer_deduction_zh', seq: ['协助催收函|协助催款函|协助扣款函|协助执行通知书|扣款函|从你工资里|从你的工资里|从你每个月工资|从你每个月的工资|从你每月工资|从你每月的工资|从工资里直接扣|扣你工资|扣你人工'] },
    // "挨个打电话给他们讲讲", "明天挨个给他们发你的欠款截图": one by one, to everyone the reader knows.
    { id: 'third_party_contact.one_by_one_zh', seq: ['挨个|一个一个|逐个|挨家挨户|挨门挨户|逐家逐户|一个个', '打听|询问|问一圈|敲门问|打过去|打电话过去|打一遍|打电话给他们|打给他们|发给他们|给他们发|给他们打|通知他们|告诉他们|联系他们|给他们打电话|私讯他们|私信他们|私聊他们|发私信给他们'], gap: 6 },
    // "你同事小美的IG我也有加喔": the reader's people, added as friends.
    { id: 'third_party_contact.added_them_zh', seq: ['@third_party_zh', '的ig|的微信|的line|的fb|的脸书|的instagram|的whatsapp', '加|有加|都加了|加了'], gap: 6 },
    // "你妈刚才在电话里哭着说会帮你还": the family reached, and what they said.
    { id: 'third_party_contact.they_answered_zh', seq: ['@family_zh|' + YOUR_PARENT, '在电话里|电话里|哭着说|哭着|说会帮你还|说会想办法|会帮你还|替你还'], gap: 6 },
    // "唔想你老細知，就今個禮拜之內搞掂佢": the threat of telling, put as the reader's wish.
    { id: 'third_party_contact.dont_want_them_to_know_zh', seq: ['唔想|不想|不希望|唔希望', HOME_FOLK + '|你老婆|你老公|你屋企人|你家人|你爸妈|你父母|@third_party_zh', '知|知道|晓得'], gap: 3, negatable: false },
    // "跟你们部门的李经理通了电话": the reader's people already spoken to.
    { id: 'third_party_contact.spoke_with_them_zh', seq: ['跟|和|同', '@third_party_zh|你们部门的|你部门的|你前妻|你前夫', '通了电话|通过电话|打了电话|聊过|谈过|联系过|联系上了|沟通过|沟通过了|沟通了'], gap: 8 },
    // "你是他同事对吧？": the one who answered is asked who they are to the debtor.
    { id: 'third_party_contact.you_are_their_zh', seq: ['你是他|你是她', '同事|朋友|家人|老婆|老公|妈妈|爸爸|领导|老板|室友|邻居|同学|哥哥|姐姐|弟弟|妹妹|亲戚'], gap: 1 },
    { id: 'third_party_contact.visit_them_zh', seq: ['拜访|拜访一下|拜会|探望|探访|登门拜访|上门拜访|去找|去见|会会|见见|见了|过去看看|上门看看|去探|探吓|探下|探一探|探探', YOUR_PARENT + '|你阿妈|你阿爸|你老母|你老豆|你屋企人|你主管|你老板|你领导|你上司|你经理|你家人|你父母|你爸妈|你同事|你邻居|你老婆|你老公|你保证人|你担保人|你的保证人|你的担保人'], gap: 3 },
    // "Your co-maker and your barangay captain have been informed".
    { id: 'third_party_contact.have_been_informed_en', seq: [`${PEOPLE_EN}|your co-maker|your comaker|your co-borrower|your barangay|barangay captain|barangay officials`, 'has been sent a copy|have been sent a copy|will be sent a copy|will receive a copy|has received a copy|have received a copy|will be served|has been served|have been informed|has been informed|have been notified|has been notified|have been contacted|has been contacted|were informed|was informed|were contacted|was contacted|were notified|was notified|have been told|has been told|have been called|has been called'], gap: 30 },
    // "We've left two messages with your supervisor".
    { id: 'third_party_contact.left_word_with_en', seq: ['left # messages with|left a message with|left messages with|leaving messages with|left word with|left a voicemail with', PEOPLE_EN], gap: 3 },
    // "We will now be contacting the personal references listed on your application".
    { id: 'third_party_contact.references_contacted_en', seq: ['contacting|contact|calling|call|reach out to|reaching out to|notify|notifying|speak to|speaking to|speak with|speaking with', 'the personal references|your personal references|the references|your references|references listed|your referees|the referees|your listed referee|your referee'], gap: 10 },
    // "Ur guarantor n ur boss will be called today".
    { id: 'third_party_contact.will_be_called_en', seq: [`${PEOPLE_EN}|your contacts|all your contacts|your phone contacts|all your phone contacts`, 'notified|being contacted|being called|being notified|being informed|will be called|will be contacted|will be notified|will be informed|will get a call|will receive a call|will be rung|will be phoned|are being called|are being contacted|will also be informed|will also be notified|will also be contacted|will also be called|will also be told|will be told|will also get a call|will also receive a call|will also hear|will hear about it|will hear about this'], gap: 240 },
    // "Your mum would be ashamed, and I might just let her know".
    { id: 'third_party_contact.let_them_know_en', seq: [PEOPLE_EN, 'let her know|let him know|let them know|tell her|tell him|fill her in|fill him in'], gap: 40, acrossClauses: true },
    // "丟盡你爸媽的臉，我現在就打給他們".
    { id: 'third_party_contact.call_them_now', seq: [`@family_zh|${YOUR_PARENT}`, '打给他们|打给他|打给她|打电话给他们|联系他们|通知他们|告诉他们|打俾佢哋|打俾佢'], gap: 12, acrossClauses: true },
    // "We wouldn't want your employer or your mother to hear about this from us".
    { id: 'third_party_contact.wouldnt_want_them_to_hear_en', seq: ["wouldn't want|would not want|don't want|do not want|would hate for", PEOPLE_EN, 'to hear|to find out|to know|to learn|finding out|hearing'], gap: 30, negatable: false },
    // "你媽那邊我都還沒講，她電話我手上有": the relative's number, held.
    { id: 'third_party_contact.their_number_held', seq: [`@family_zh|${YOUR_PARENT}|她|他`, '电话我们有|号码我们有|手机号我们有|电话我们都有|号码我们都有|手机号我们都有|电话我们也有|号码我们也有|手机号我们也有|电话我手上有|电话我这有|电话我这儿有|号码我有|手机号我有|电话我都有|号码我都有|电话我有|手机号我这儿可有|手机号我这有'], gap: 6, acrossClauses: true },
    // "明天你们小区业主群里都会有你照片".
    { id: 'third_party_contact.photo_in_group', seq: ['业主群|小区群|家族群|公司群|朋友圈|同学群|微信群|工作群', '都会有你|会有你的|都会看到你|都有你的|会出现你'], gap: 4 },
    // "天天打你妈电话", "打爆你老婆手机".
    { id: 'third_party_contact.call_their_phone', seq: ['打|打爆|天天打|轰炸|call', YOUR_PARENT + '|你老婆|你老公|你家人|你女儿|你儿子|你同事|你领导|你老板|你老细|你阿妈|你老母', '电话|的电话|手机|的手机'], gap: 1 },
    // "逾期超过24小时将通知您的全部联系人".
    { id: 'third_party_contact.all_contacts', seq: ['全部联系人|所有联系人|每个联系人|每一个联系人|每个好友|每一个好友|通讯录里每个人|通讯录里每一个人|所有的联系人|全部的联系人|所有的联络人|所有的紧急联系人|全部联络人|所有联络人|全部紧急联系人|所有紧急联系人|通讯录所有人|通讯录里所有人|通讯录里的所有人|全部好友|所有好友|全部通讯录|整个通讯录'] },
    // "我们已经跟你单位人事核实过了": asked about the reader.
    { id: 'third_party_contact.checked_with_them', seq: ['跟|和|向|找', '@third_party_zh|单位人事|你单位人事|人事', '核实|核实过|确认过|了解过|打听过|问过|查过'], gap: 3 },
    // "你家里人应该都收到了吧", "你老细同同事都睇到".
    { id: 'third_party_contact.they_got_it', seq: ['@third_party_zh|家里人|你家里人|屋企人', '都收到了|应该都收到|应该收到了|收到了吧|都看到了|应该都看到了|都睇到|都睇晒|都见到|都看见|都知道了吧'], gap: 4 },
    // "我就搵佢慢慢倾下你的事", "当面跟老人家聊聊你欠款的事".
    { id: 'third_party_contact.talk_about_you', seq: ['跟|同|和|找|搵|揾', '@third_party_zh|他|她|佢|老人家|老人|你奶奶|你爷爷|你外婆|你外公|小卖部老板|小卖部|门卫|保安|店老板|老板娘', '聊聊|谈谈|说说|讲讲|倾下|倾吓|倾倾|聊|倾|说道说道', '你的事|你欠款的事|你欠钱的事|你欠债的事|你的情况|你的账|你借钱的事|你欠的|你欠款|你欠钱|你借的|你那笔|你拖欠|你拖着'], gap: 8, acrossClauses: true },
    // "顺便跟你老娘聊聊天", "陪你爸妈坐坐".
    { id: 'third_party_contact.sit_with_family', seq: ['跟|同|和|找|陪', YOUR_PARENT + '|你老妈|你老爸|你爸妈|你父母|你老婆|你老公|你家人|你孩子|你儿子|你女儿|老人家|你奶奶|你爷爷|你阿妈|你阿爸|你老母', '聊聊|聊聊天|聊天|谈谈|坐坐|喝喝茶|喝茶|叙叙旧|倾下|倾吓|倾偈'], gap: 2 },
    // "你老娘都六十几了还要帮你接催收电话".
    { id: 'third_party_contact.taking_the_calls', seq: ['@third_party_zh|' + YOUR_PARENT, '接催收电话|接我们电话|接我们的电话|帮你接电话|帮你接'], gap: 8 },
    // "our recovery team will come to your office and meet your HR".
    { id: 'third_party_contact.meet_them_en', seq: ['meet|meet with|speak to|speak with|talk to|talk with', 'your hr|your boss|your manager|your reporting manager|your line manager|your team lead*|your supervisor|your employer|your family|your parents|your wife|your husband|your neighbours|your neighbors|your colleagues|your hr department|your father|your mother|your mum|your mom|your dad|your brother|your sister|your relatives|your guarantor*'], gap: 2 },
    // "Your photos will go to all 342 people in your phone".
    { id: 'third_party_contact.people_in_phone_en', seq: ['all # people|all the people|all people|every person|everyone|every contact|every single contact|each contact|# people|all # contacts|all the contacts|all contacts|# contacts|all your contacts', 'in your phone|in your contacts|on your phone|in ur phone|in your phonebook'], gap: 2 },
    // "Your wife ... call back before we call her again".
    { id: 'third_party_contact.call_her_again_en', seq: ["call her again|call him again|ring her again|ring him again|calling her again|calling him again|call your wife again|call your mum again|call your mom again"] },
    // "Tomorrow we go visit her", "our boys will pay her a visit".
    { id: 'third_party_contact.visit_them_en', seq: ['pay her a visit|pay him a visit|go visit her|go visit him|we visit her|we visit him|visit your mother|visit your mum|visit your mom|visit your parents|visit your wife|visit your father|visit your dad|visit your family|visit your husband|visit your relatives|visit your neighbours|visit your neighbors|visit your friends|visit your kids|visit your children|visit your employer|visit your boss|visit your manager|visit your hr|visit your guarantor|visit your references|visiting your family|visiting your parents|visiting your relatives|visiting your employer'] },
    // "张经理已经答应配合我们调查你的欠款情况".
    { id: 'third_party_contact.they_cooperate', seq: ['@third_party_zh|经理|主管|领导|人事|老板', '答应配合|已经答应|同意配合|答应协助|配合我们|协助我们'], gap: 8 },
    // "派员至您任职公司洽谈扣薪事宜".
    { id: 'third_party_contact.wage_talks', seq: ['洽谈|商谈|协商|联系|通知|办理', '扣薪|扣工资|扣薪事宜|扣薪水|代扣工资|扣你薪'], gap: 4 },
    // "寄咗信去你公司人事部".
    { id: 'third_party_contact.letter_to_them', seq: ['寄信去|寄了信去|寄信到|寄了信到|寄信给|寄了信给|发函到|发函去|发函给|发函至|致函|去函|发公文到|发公文给|发公文去|发公函到|发公函给', '@third_party_zh|你公司|你单位|你们公司|你公司人事部'], gap: 2 },
    // "你啲朋友同親戚個個都會收到": the reader's people will all get it.
    { id: 'third_party_contact.they_will_receive_zh', seq: [`@third_party_zh|${YOUR_CIRCLE_YUE}|${YOUR_WHOLE_CIRCLE}`, '个个都会收到|人人都会收到|全部都会收到|都会收到|个个都收到|人人都收到|全部都收到|一个二个都会|一个个都会|个个都会接到|都会接到'], gap: 8, acrossClauses: true },
    // "我们这边已经给你那个单位打过电话了", "刚跟你姊姊通过电话": a call to them already made.
    { id: 'third_party_contact.called_them_zh', seq: ['给|跟|和|同|与|向', `@third_party_zh|${YOUR_CIRCLE_YUE}`, '打过电话|打了电话|通过电话|通了电话|通过话|倾过|倾咗|聊过了|谈过了'], gap: 3, unlessAfter: '你|你会|你可以|你先|你自己|请你|麻烦你' },
    // "你妈的电话是138…对吧": a relative's number read out, ready to be used (not "你妈电话是多少").
    { id: 'third_party_contact.their_number_told', seq: ['你妈|你爸|你爸妈|你父母|你老婆|你老公|你家人|你家里人|你女朋友|你男朋友|你老板|你领导|你哥|你姐|你弟|你妹|你阿妈|你老母|你老豆', '的电话是|的电话号码是|的手机是|的手机号是|的号码是|的电话我们|的电话我这|的号码我们|的号码我这|电话是|手机号是'], gap: 1, unlessBefore: '多少|几多|几号|什么|咩' },
    // "we've got your wife's and your mum's numbers and we'll be ringing both".
    { id: 'third_party_contact.their_number_held_en', seq: ["we've got|we have|we got|i've got|i have|i got", "your wife's|your husband's|your mum's|your mom's|your mother's|your dad's|your father's|your parents'|your sister's|your brother's|your boss's|your manager's|your girlfriend's|your boyfriend's|your family's|ur wife's|ur mum's|ur mom's", 'number|numbers|phone|phones|mobile|contact'], gap: 24, notInQuestion: true },
    // "致某科技有限公司人力资源部：贵司员工吴某……": a letter to the reader's employer.
    { id: 'third_party_contact.letter_to_employer_zh', seq: ['贵司员工|贵公司员工|贵单位员工|贵司职员|贵公司职员|贵单位职工|你司员工'], unlessBefore: '态度|服务|说|表示' },
    // "我们找得到你，也找得到你家里人": the reader's people can be reached.
    { id: 'third_party_contact.can_find_them_zh', seq: ['找得到|搵得到|找得着|都找得到|都搵得到|一样找得到|一样搵得到', `你家里人|你家人|你屋企人|你家属|你亲戚|你老婆|你老公|你父母|你爸妈|你朋友|你同事|你身边的人|你领导|你老板|${YOUR_PARENT}`], gap: 1 },
    // "已经给你们单位发了协查函": a letter sent to the reader's people.
    { id: 'third_party_contact.letter_to_them_zh', seq: ['给|向|往|对', '@third_party_zh', '发了|发出了|发出|发|寄了|寄出|寄|送了|送去', '协查函|催收函|催告函|律师函|通知函|告知函|函件|通知书|告知书|协查通知'], gap: 4 },
    // "Our field agent is scheduled to visit your barangay and your registered workplace … for verification".
    { id: 'third_party_contact.verify_at_work_en', seq: ['visit|go to|come to|drop by|pass by|be at|proceed to', 'your barangay|your workplace|your registered workplace|your office|your place of work|your employer|your company|your registered employer', 'for verification|to verify|for validation|to validate|to confirm your|to ask about you|to inquire|to make inquiries|for inquiries|to check on you|to ask around'], gap: 40 },
    // "我们已经在你们村里说了一圈，连村口打牌的大爷都知道了".
    { id: 'third_party_contact.told_around', seq: ['在你们村里|在你村里|在你们小区|在你小区|在你单位|在你公司|在你们公司|在你老家', '说了一圈|说了个遍|宣传了|传开了|讲了一圈|问了一圈'], gap: 2 },
    { id: 'third_party_contact.even_they_know', seq: ['连', '@third_party_zh|村口|大爷|大妈|邻居|保安|门卫', '都知道了|都知道|都晓得了'], gap: 8 },
    // "你爸那个小卖部开在哪、几点关门，我们也清楚": their places known.
    { id: 'third_party_contact.their_place_known', seq: [YOUR_PARENT + '|你爸妈|你父母|你老婆|你老公|你家人|你阿妈|你阿爸', '那个小卖部|的小卖部|的店|那间店|间铺|的铺头|开在哪|几点关门|间茶餐厅'], gap: 4 },
    // "你女儿脸书上还满活跃的嘛".
    { id: 'third_party_contact.their_social', seq: [YOUR_PARENT + '|你女儿|你儿子|你老婆|你老公|你家人|你姐|你妹|你哥|你弟', '脸书上|脸书|朋友圈|facebook|ig上|微博上|抖音上'], gap: 2 },
    // "你朋友圈那几个人我都加上了", "群我都建好了，你同事、同学都在里面".
    { id: 'third_party_contact.their_circle_added', seq: ['你朋友圈|你的朋友圈|你好友|你的好友|你通讯录|你的通讯录', '都加上了|都加了|我都加|加上了|都截图了|都截了图|都能加上|都存了|都保存了'], gap: 6 },
    { id: 'third_party_contact.group_made', seq: ['群我都建好了|建了个群|拉了个群|建好了群|群已经建好|群都建好了'] },
    // "要唔要我哋话俾佢知" (佢 read as 他).
    { id: 'third_party_contact.offer_to_tell', seq: ['话俾他知|话俾她知|讲俾他知|讲俾她知|要不要我们告诉她|要不要我们告诉他|要唔要我们话俾他知'] },
    // "Would be awkward if her friends saw ur name in a post".
    { id: 'third_party_contact.named_in_post_en', seq: ['name in a post|ur name in a post|your name in a post|her friends saw|his friends saw|her friends see|his friends see'] },
    // "我不想闹到你爸妈那儿去": the quarrel carried to the family's door.
    { id: 'third_party_contact.take_it_to_them', seq: ['闹到|闹去|告到|捅到|搞到|闹上', `@third_party_zh|${YOUR_PARENT}|你爸妈|你父母`, '那儿|那里|那边|面前|跟前|嗰度|嗰边|去'], gap: 3, negatable: false },
    // "你老豆老母住边我哋一清二楚，听日上去搵佢哋倾下": the parents, then the call on them.
    { id: 'third_party_contact.call_on_parents', seq: [`${YOUR_PARENT}|你老豆|你老母|你阿爸|你阿妈|你爸妈|你父母`, '揾他们|找他们|去找他们|去揾他们|探他们|探下他|探吓他|探他|见他们|揾他倾|找他聊'], gap: 20, acrossClauses: true, unlessAfter: '丢|屌|diu' },
    // "你妈今天接了我们电话，说会劝劝你": the family has taken the collector's call.
    { id: 'third_party_contact.family_took_call', seq: [`${YOUR_PARENT}|你老婆|你老公|你家人|你爸妈|你父母|你阿妈|你阿爸`, '接了我电话|接了我的电话|接到我电话|接到我的电话|接了我们电话|接了我们的电话|接我们电话|接到我们电话|接到我们的电话|接了催收电话|接电话了|接了电话'], gap: 6, notInQuestion: true },
    // "你妈今天接电话的时候都哭了".
    { id: 'third_party_contact.family_cried_on_call', seq: [`${YOUR_PARENT}|你老婆|你老公|你家人|你爸妈|你父母|你阿妈|你阿爸`, '接电话|接了电话|听电话|听了电话', '都哭了|哭了|一直哭|哭着|哭咗'], gap: 6 },
    // "send咗你啲相去你公司同事个group", "PO到你公司的粉专": shaming posted into the reader's own groups.
    { id: 'third_party_contact.into_their_group', seq: ['去|到|入|po到|po去|发到|发去|发入', `@third_party_zh|你们部门的|你部门的|你公司的|你们公司的`, 'group|群组|粉专|粉丝专页|line群|群'], gap: 3 },
    // "找他核实你的在职情况": the employer asked whether the reader works there.
    { id: 'third_party_contact.employment_checked_zh', seq: ['找|向|跟|和|联系|打给|问', '@third_party_zh|他|她|人事|领导|主管|老板|单位|公司', '核实|核查|查核|确认|了解', '在职|任职'], gap: 6 },
    // "各位亲朋好友，此人刘某某…借钱不还": a notice to the reader's circle.
    { id: 'third_party_contact.notice_to_circle', seq: ['各位亲朋好友|各位亲友|各位街坊|各位邻居|各位乡亲|各位街坊邻居|各位同学', '此人|该人|这个人|借钱不还|欠钱不还|欠债不还|老赖|欠款不还'], gap: 30, acrossClauses: true },
    // "你唔想同事知就自己落嚟倾": colleagues named bare, after "you don't want".
    { id: 'third_party_contact.dont_want_them_to_know_bare_zh', seq: ['你唔想|你不想|你也不想|你都唔想|你也不希望|你不希望|你应该不想', '同事|老板|老细|领导|上司|主管|家人|屋企人|公司|单位', '知|知道|晓得'], gap: 2, negatable: false },
    // "新公司人事的电话我们也拿到了": the employer's number, obtained.
    { id: 'third_party_contact.their_number_got', seq: ['人事|领导|老板|老细|主管|上司|同事|@third_party_zh|' + YOUR_PARENT, '的电话|的号码|的手机号|的手机|电话|号码', '我们也拿到了|我们拿到了|我们也拿到|我们都拿到|我们也有了|我们都有了|我们已经有了|我们也查到了|我们查到了|我已经有了|我已经拿到了|我都有了|我也有了|我拿到了'], gap: 2 },
    // "请里长陪同一起去你家拜访": local officials brought along.
    { id: 'third_party_contact.officials_along', seq: ['请|叫|找|带|带上|联同|会同|连同|偕同|协同', '里长|村长|村干部|村支书|支书|居委会|村委会|居委|社区干部', '陪同|一起|一同|同去|上门|去你家|前往|到你|去你'], gap: 4 },
    // "start knocking on every door in the building": the neighbours told.
    { id: 'third_party_contact.every_door_en', seq: ['knock on|knocking on|knock at|knocking at|bang on|banging on', "every door|all the doors|your neighbours' doors|your neighbors' doors|the neighbours' doors|the neighbors' doors"], gap: 3 },
    // "calling the number listed for your workplace": the workplace rung.
    { id: 'third_party_contact.workplace_number_en', seq: ['calling|call|ring|ringing|phoning|phone|contacting|contact', 'number listed for|number we have for|number on file for|number for|main line at|main line for|switchboard at|switchboard of|switchboard for', PEOPLE_EN], gap: 6, unlessAfter: 'you|please|can|may|to' },
    // 'your photo captioned "DEADBEAT - DOES NOT PAY DEBTS" goes to every contact in your phone': a long caption between.
    { id: 'third_party_contact.photo_to_contacts_en', seq: ['your photo|your pic|your picture|your pics|your photos|ur photo|ur pic|ur pics|ur morphed|your morphed|morphed pics|morphed photos|morphed images', 'to all your whatsapp groups|to your whatsapp groups|to all your groups|to all ur groups|to every1 in|to everyone in ur|to everyone in your contact*|to ur contact list|to your contact list|to every contact|to all your contacts|to all your whatsapp contacts|to your whatsapp contacts|to all ur contacts|to everyone in your phone|to everyone in your phonebook|to everyone in your phone book|to everyone in your contacts|to all contacts|to every number in|to all your facebook friends|to your facebook friends|to all your friends'], gap: 60, acrossClauses: true },
    // "顺带跟你们车间主任反映一下你欠款的情况", "找你们车队队长好好聊聊你的情况": the reader's superior, named by post.
    { id: 'third_party_contact.their_superior_zh', seq: ['跟|和|同|向|找', '你们|你', '主任|队长|组长|班长|主管|经理|负责人|厂长|店长|领班', '反映|了解|聊|谈|说说|讲讲|倾', '你'], gap: 4, unlessAfter: '我要|我想|我会|让我' },
    // "届时请您的家人配合", "与您或家属当面洽谈": the family drawn into the visit.
    { id: 'third_party_contact.family_present_zh', seq: ['请|与|和|跟|让|麻烦|要求', '家人|家属|家里人|屋企人', '也在场|在场|到场|配合|一起谈|一起聊|当面洽谈|当面谈|洽谈'], gap: 4 },
    // "去你家和你老婆上班的超市闹": a relative's own workplace.
    { id: 'third_party_contact.family_workplace_zh', seq: ['去|到|上|找到', '你阿爸|你阿妈|你老豆|你老母|你老婆|你老公|你媳妇|你妻子|你丈夫|你太太|你爸妈|你父母|你女朋友|你男朋友|你儿子|你女儿|你家人|' + YOUR_PARENT, '上班的|工作的|单位|公司|店里|学校|厂里'], gap: 3 },
    // "我已经给你妈打过电话了", "会给你家人打电话".
    { id: 'third_party_contact.phoned_them_zh', seq: ['给|跟|和|同', '@third_party_zh|' + YOUR_PARENT, '打过电话|打了电话|打电话|通过电话|打咗电话|打过去电话'], gap: 2 },
    // "Your morphed photos will be sent to all your WhatsApp contacts", "broadcast to your contacts".
    { id: 'third_party_contact.sent_to_contacts_en', seq: ['sent to|send to|sending to|go to|goes to|going to|forwarded to|forward to|forwarding to|broadcast to|broadcasting to|blast to|circulated to|circulate to|shared with|share with', 'all your whatsapp groups|your whatsapp groups|all your whatsapp contacts|your whatsapp contacts|all your contacts|all ur contacts|your contacts|ur contacts|all your phone contacts|your phone contacts|your contact list|your contacts list|all your facebook friends|your facebook friends|everyone in your contacts|everyone in your phone'], gap: 4 },
    // "ur boss Karen at Dunmore Realty picks up on the 2nd ring": they answer the collector.
    { id: 'third_party_contact.they_pick_up_en', seq: [PEOPLE_EN, 'picks up on|picks up after|answers on the|picks up the phone|picks up fast|picks up quick|answered on the'], gap: 40 },
    // "朋友圈都给你挂上了": the reader hung up where others see.
    { id: 'third_party_contact.hung_up_zh', seq: ['朋友圈|群里|网上|业主群|家族群|公司群|小区群|抖音|微博', '挂上|挂出来|给你挂|把你挂|挂你'], gap: 4 },
    // "你office那边的colleague也说你MC": the reader's workplace, in mixed language.
    { id: 'third_party_contact.their_colleague_said_mixed', seq: ['你office|你的office|你company|你的company|你公司|你单位', 'colleague*|同事|hr|boss|manager|主管|老板', '说你|讲你|话你'], gap: 6 },
    // "we went to see your brother last night", "stopping by your parents' place": the reader's people called on.
    { id: 'third_party_contact.call_on_them_en', seq: ['went to see|came to see|paid a visit to|pay a visit to|dropped in on|drop in on|dropped by|drop by|dropping by|stopped by|stop by|stopping by|swing by|swung by', "your brother|your sister|your mother|your mom|your mum|your father|your dad|your parents|your wife|your husband|your family|your relatives|your kids|your children|your son|your daughter|your cousin*|your uncle|your aunt*|your grandma|your grandparents|your in-laws|your in laws|your boss|your employer|your manager|your supervisor|your guarantor*|your neighbours|your neighbors|your parents' place|your parents' house|your parents' home|your mum's|your mom's|your mother's|your dad's|your father's|your brother's|your sister's"], gap: 3, notInQuestion: true },
    // "to avoid your details being shared with your guarantors and your employer".
    { id: 'third_party_contact.details_shared_en', seq: ['your details|your information|your info|your personal details|your loan details|your debt|your default|your data', 'shared with|disclosed to|passed on to|passed to|forwarded to|shared to', PEOPLE_EN + '|your guarantors'], gap: 8 },
    // "您的帳款逾期…我們只能透過您臉書上的朋友協尋您的下落": reached through the reader's circle.
    { id: 'third_party_contact.through_them_zh', seq: ['透过|通过|经由|借助', '@third_party_zh|脸书|facebook|fb', '协寻|寻找你|找到你|联系你|联系上你|联络你|联络上你|找你|打听你|协助寻找|你的下落'], gap: 8 },
    // "我們已經寄一份催告函到你公司": a letter sent to the reader's people.
    { id: 'third_party_contact.letter_sent_there_zh', seq: ['寄|寄了|发|发了|送|送了|send了|send', '函|信|催告书|通知书|告知书', '到|去|至|给', '@third_party_zh'], gap: 6, unlessBefore: '息|用' },
    // "在村口把你欠钱的事写在大红纸上贴出来": posted up where the neighbours see.
    { id: 'third_party_contact.posted_at_place_zh', seq: ['村口|村头|楼道|电梯里|公告栏|宣传栏|你家门口|你公司门口|你单位门口|小区门口', '贴出来|贴出去|贴满|张贴|贴上'], gap: 16 },
    // "你住嗰棟大廈嘅管理處同鄰居，我哋都會派份信": a letter handed round the neighbours.
    { id: 'third_party_contact.letters_round_zh', seq: ['邻居|街坊|管理处|业主|住户|左邻右里|左邻右舍', '派份信|派信|派单张|派传单|派张信|派封信|塞信|塞信箱|入信箱|发传单'], gap: 16, acrossClauses: true },
    // "你们单位门卫和你们主任现在都认识我了": the collector now known to the reader's people (not just the guard).
    { id: 'third_party_contact.they_know_us_zh', seq: ['@family_zh|@yours_zh|你们主任|你主任|你们领导', '都认识我了|认识我了|都认得我了|都认识我们了|认识我们了|都认得我们了'], gap: 12 },
    // "你前公司的同事我都加了微信": the reader's people added.
    { id: 'third_party_contact.their_people_added_zh', seq: ['你|你的|你前|你们', '同事|朋友|好友|亲戚|家人|同学|邻居|领导|老板', '我都加了|都加了|我都加上了|都加上了|我已经加了|我们都加了|加了微信|都加了微信'], gap: 5 },
    // "you were listed as next of kin on Mr. Adeyemi's loan": written to the third party.
    { id: 'third_party_contact.you_were_listed_en', seq: ['you were listed as|you are listed as|you have been listed as|you were named as|you are named as|listed you as|named you as', 'next of kin|emergency contact|a reference|reference|guarantor|referee|contact person|co-signer|cosigner'], gap: 4 },
    // "wage garnishment through your employer".
    { id: 'third_party_contact.garnish_through_employer_en', seq: ['garnish*|attachment of earnings|earnings order', 'through your employer|via your employer|with your employer|from your employer|at your employer|through your workplace|through your payroll|with your payroll'], gap: 4 },
    // "发给你微信好友一个个看", "俾你facebook上面所有朋友": the reader's friends on a platform.
    { id: 'third_party_contact.platform_friends_zh', seq: ['你facebook|你的facebook|你fb|你的fb|你脸书|你的脸书|你ig|你的ig|你微信|你的微信|你whatsapp|你的whatsapp|你line|你的line|你qq|你的qq|你朋友圈|你的朋友圈|你抖音|你的抖音', '上面所有朋友|上面的朋友|所有朋友|全部朋友|的朋友|啲朋友|好友|朋友|联络人|联系人|群组|所有群|上的人|里的人|入面的人'], gap: 4, unlessAfter: '加|添加|加了|通过|扫|加返|add|冒充|假冒|假扮|冒认', unlessBefore: '借钱|借款|向你借|找你借' },
    // "先去村委会了解下情况", "派人去你公司那边核实一下": asked about the reader on their ground.
    { id: 'third_party_contact.ask_there_zh', seq: ['去|到|上|跑去|跑到', '村委会|居委会|你们村|你村|@yours_zh', '了解|打听|核实|问问|调查|问一问|问一下|坐坐|坐一坐|坐一下|聊聊|谈谈|说说|喝茶|饮茶'], gap: 4, unlessAfter: '我|我们|本', unlessBefore: '当面|找你|见你' },
    // "你们领导姓周……要不我找个时间跟他聊聊？": the reader's person named, then the talk offered.
    { id: 'third_party_contact.talk_to_them_later_zh', seq: ['@family_zh|@yours_zh', '跟他聊聊|跟她聊聊|找他聊聊|找她聊聊|跟他谈谈|跟她谈谈|找他谈谈|找她谈谈|同他倾下|同他倾吓|揾他倾下|揾他倾吓|揾他倾|跟他说说|跟她说说|跟他讲讲|跟她讲讲|找他聊|找她聊|跟他聊|跟她聊|同他讲|同她讲'], gap: 40, acrossClauses: true, acrossSentences: true, unlessAfter: '你|你回去|你先|你自己|你可以|你去|你好好|你最好|你也|你就', unlessBefore: '经理' },
    // "你表姐……说会劝劝你": the relative reached, promising to press the reader.
    { id: 'third_party_contact.they_will_press_zh', seq: ['他|她|他们|@family_zh', '说会劝劝你|说会劝你|说会好好劝你|答应劝劝你|答应会劝你|说会帮你还|答应帮你还|答应替你还|说会转告你|答应转告你'], gap: 20, acrossClauses: true },
    // "把你照片发你们小区业主群": posted into a named group.
    { id: 'third_party_contact.into_named_group_zh', seq: ['发|发去|发进|发入|丢到|丢进|扔到|扔进|贴|挂|晒|po|send|转发', '业主群|家族群|小区群|公司群|同学群|工作群|家长群|单位群|亲戚群|老乡群|同事群|部门群|村群|同乡群'], gap: 6 },
    // "explain yourself in front of your boss".
    { id: 'third_party_contact.in_front_of_en', seq: ['explain*|embarrass*|humiliat*|shame|shaming|expose*|confront*|discuss*|talk about|read out|announce*|make a scene|a scene|call you out|name you', 'in front of|infront of', 'your boss|your colleagues|your coworkers|your co-workers|your neighbours|your neighbors|your manager|your employer|your church|your friends|your family|your staff|your customers|your clients|your whole|everyone at|the whole'], gap: 12 },
    // "we'll have to try you at your place of work".
    { id: 'third_party_contact.call_at_work_en', seq: ['try you at|call you at|calling you at|ring you at|phone you at|reach you at|reaching you at|contact you at|contacting you at', 'your place of work|your place of employment|your workplace|your employer*'], gap: 2 },
    // "post your picture for Facebook say you be chronic debtor": the reader shamed online.
    { id: 'third_party_contact.posted_online_en', seq: ['post|posting|put|putting|upload*|plaster*|spread*|circulate*', 'your picture|your photo*|your pic|your pics|your face|your name|your id|ur pic|ur photo|ur face', 'facebook|on social media|on fb|online|on the internet|instagram|whatsapp status|tiktok|twitter|all over'], gap: 12 },
  ],
};
