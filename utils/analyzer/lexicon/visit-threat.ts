import type { LabelRules } from './types';

// Offices the reader may be sent to: a trip there is not the collector's visit.
const AUTHORITIES_ZH = '地检署|检察院|检察署|派出所|警局|警察局|公安局|差馆|法院|法庭';

/** Announces or threatens a visit to the reader's home or workplace. */
export const VISIT_THREAT: LabelRules = {
  label: 'visit_threat',
  rules: [
    { id: 'visit_threat.named', seq: ['守在你家|守在你家楼下|蹲守|守在楼下|当面聊|当面聊聊|当面倾|派人过去|派人过来|派人去你|亲赴|派员亲赴|上门|外访|实地访查|派员访查|派员前往|派员实地|派员到|派员至|派专人到|派专人前往|派专人上门|派人前往|家访|实地走访|走访|拜访|登门|上府|到府|到贵府|登府|找上门|杀上门|上你家|上你屋企|当面拜访|实地核实|当面核实|属地同事|实地调查|外勤|走一趟|跑一趟|当面把|当面说清楚|当面谈'],
      // The reader's own trip to the prosecutor or the police ("跑一趟地检署", "去派出所走一趟") is no visit.
      unlessAfter: `为你|替你|${AUTHORITIES_ZH}`, unlessBefore: AUTHORITIES_ZH },
    { id: 'visit_threat.go_to_place', seq: ['去|到|来|上|过去|过来|前往|杀到|堵|派人去|派人到|派员至|派人至', '@home_work_zh'], gap: 3,
      // "递到你户口所在地经侦", "去你户籍地的警察局报案", "截图PO到你公司的粉专": papers or posts sent, not a visit.
      unlessAfter: '打电话|电话|打|寄|发|送|交|邮寄|函|信|信函|文件|传票|材料|记录|纪录|资料|截图|照片|相片|相|啲相|递|递交|提交|po|上传|发布|打过|打了|搞|挂|公文|公函|通知|通知书|律师函|了解|听|收|遇|感|提|说|联系|联络|对接|找得|搵得|找不|搵唔',
      // "到时候你单位也会收到通知": 到 there is "then".
      unlessBefore: '人|里人|拿东西|送东西|拿点东西|送点东西|吃饭|做客|时候|派出所|公安|警察局|法院|警局|电话|座机|打电话|次|回|午|周|礼拜|星期|的派出所|的公安|的警察局|的法院|的警局|经侦|的经侦|的粉专|粉专|的群|群组|村群|群里' },
    // Places the shared list lacks: "带人去你店里搬东西", "去你上班的4S店".
    { id: 'visit_threat.go_to_your_place', seq: ['去|到|堵|蹲|守在|蹲在|堵在', '你小区|你住的小区|你们小区|你家小区|你租的小区|你屋苑|你楼下|你家楼下|你店|你的店|你铺|你档|你摊|你工地|你上班|你返工|你做嘢|你工作的|你住的|你租的|你开的|你宿舍|你办公室|你写字楼|你门市|你诊所|你学校'], gap: 3, unlessAfter: '打电话|电话|打|寄|发|送|交|邮寄|函|信|信函|文件|传票|材料|挂|贴|po|发布|上传|曝光|晒|资料|信息|照片', unlessBefore: '的时候|时候|时|之后|以后|业主群|的业主群|群|的群|群里|微信群' },
    // A crew coming round: "我哋班手足上嚟", "几个兄弟过去坐坐".
    { id: 'visit_threat.crew_comes', seq: ['兄弟们|班兄弟|几个兄弟|我的兄弟|我哋兄弟|我哋啲兄弟|我们的兄弟|啲兄弟|手足|弟兄们|我们的人|我哋啲人|一班人|几个人|人马', '上来|过来|落嚟|上门|杀到|杀过来|杀过去|过去|上去|在路上|出发了|出发去'], gap: 4 },
    { id: 'visit_threat.wait_there', seq: ['@home_work_zh|楼下|门口|小区门口|你家门口|公司门口', '等你|等着你|等着|候着|蹲着|堵着|堵你|守着|守你|蹲你|贴|拉横幅|泼|淋|喷|砸'], gap: 7 },
    // Damage done at the door means being there: "淋你屋企红油", "喷漆喺你门口", "海报贴到你们小区门口".
    { id: 'visit_threat.damage_at_home', seq: ['淋|泼|喷|砸|贴满|贴到|贴在|贴喺|涂|写满|堵', '你屋企|你家|你家门|你门|你门口|你家门口|你铺|你店|你公司|你单位|你写字楼|你办公室|你们小区|你小区|你屋苑|你哋屋苑|你楼下|你们楼|你们公司|你们单位|你家小区|你住|你住的|你那栋|你那座|你大厦'], gap: 6, unlessBefore: '人|里人|属|群|群里|群组|朋友圈|网上' },
    // "喺你公司门口派传单", "在你家楼下贴几张": posting done in person at the reader's door (a village
    // notice board is a notice to the village, not a visit).
    { id: 'visit_threat.post_there', seq: ['在|喺|去|到', '你家门口|你家楼下|你公司门口|你公司楼下|你单位门口|你小区门口|你们小区|你大厦|你屋企楼下|你铺头门口|你店门口', '贴|张贴|挂|派传单|派单张|拉横幅|喷'], gap: 4 },
    // Waiting by the car: "下班我哋喺停车场等你".
    { id: 'visit_threat.wait_at_car', seq: ['停车场|车库|地下车库|停车位|你车位|你架车|你的车', '等你|堵你|截你|守你|蹲你|等住你|候你|等着你'], gap: 4 },
    { id: 'visit_threat.already_there', seq: ['已经在|已经到|就在|现在在|正在|已在|喺|人在|到了', '@home_work_zh|你家楼下|你公司楼下|楼下|门口|你大厦|你栋楼|你座楼|你大楼|你楼下|你门口|你小区|你屋苑|你公寓|你住的|你铺头|你店|你间铺头|你间铺|你间店|你间公司|你间屋'], gap: 2,
      // "已在你户籍地公安机关备案": a report filed there, nobody at the door.
      unlessAfter: '打|寄|发|送|传|打电话', unlessBefore: '公安|派出所|警察局|警局|法院|经侦|的公安|的派出所|的法院' },
    // Back to the reader's place: "过两天兄弟们就回你村里" (not "你回家").
    { id: 'visit_threat.come_back', seq: ['回|回到|杀回|摸回|返|返去', '你家|你屋企|你村里|你老家|你们村|你乡下|你那里|你住的地方|你单位|你公司|你铺头|你店'], gap: 2, unlessAfter: '你' },
    // At the door: "我们几个就上去敲门", "撬你门".
    { id: 'visit_threat.at_the_door', seq: ['敲门|敲你门|敲你家门|拍门|拍你门|踹门|踹你门|砸门|砸你门|堵门|堵你门|撬门|撬你门|撬锁|守门口|守喺门口|按门铃|按你门铃|撳门钟|拍你屋企门'], unlessAfter: '有人|听到' },
    // "我们会去你 kedai 找你", "去你铺头搵你": the place lies between, so "警察会去找你" is not one.
    {
      id: 'visit_threat.go_find_you',
      seq: ['去|到|来|过来|过去|杀到|跑到|跑去|上', '你', '找你|搵你|堵你|等你|会会你|见你|捉你'],
      gap: 8,
      unlessAfter: '你|打|打了|打过|致|来电|电话|打电话|警察|警方|公安|民警|法警|差佬|差人|执法人员',
      unlessBefore: '的|们|电|电话|信|函|微信|谈谈|时候|时|期|账|款|底|处|主管|老板|领导|家人|同事|老婆|老公|爸|妈|上司|经理|朋友|屋企人|人事|财务',
    },
    // "Pay up or we're coming by": someone is on the way (not "I'm coming over" between friends).
    { id: 'visit_threat.on_the_way_en', seq: ["we're|we are|we'll be|we will be|they're|they are|they'll be|someone's|somebody's|our guys are", 'coming by|coming over|coming round|coming around|swinging by|dropping by|popping by|popping round|stopping by|heading over|on our way|on their way'], gap: 2, notInQuestion: true },
    { id: 'visit_threat.drop_by', seq: ['上楼|过来|上来|过去|上去|去你那|到你那', '探下|探望|探吓|坐坐|坐一坐|喝茶|喝杯茶|饮杯茶|饮茶|聊聊|看看你|拜访|找你|搵你|找他们|搵他们|找你老板|找你们老板|找你领导|找你们领导'], gap: 2, unlessAfter: '打|打电话|电话|call' },
    // "新地址我们已经查到了，过几天就去找你聊聊": the address found, then a call in person.
    { id: 'visit_threat.address_then_come', seq: ['新地址|新住址|你住哪|你住边|住在哪|地址', '去找你|去搵你|来找你|过去找你|上去找你|过来找你|登门'], gap: 20, acrossClauses: true },
    // "下次去的就是几个兄弟了": next time people come, not a call.
    { id: 'visit_threat.next_time_crew', seq: ['下次去的|下次来的|下次过去的|下次上门的|到时候去的|到时候来的|下次去你', '兄弟|我们的人|几个人|一班人|人马'], gap: 4 },
    // "下周我们同事会带着材料过去，找你们老板好好聊聊".
    { id: 'visit_threat.staff_come_over', seq: ['同事|专员|外访员|外勤', '过去|过来|上门|上去', '找你|搵你|找你们|当面'], gap: 8, acrossClauses: true, unlessAfter: '你|你的|你们' },

    // "下周调解员会过去一趟": someone from the lender coming round (not "你过来一趟").
    { id: 'visit_threat.staff_go_over', seq: ['调解员|专员|同事|外访员|工作人员|我们的人|催收员|法务', '过去一趟|过来一趟|去一趟|来一趟|会过去找|会过来找'], gap: 6, unlessAfter: '你|你的|你们' },
    // "不然我们只能去他单位找他": told to a relative, the reader's place.
    { id: 'visit_threat.go_to_his_place', seq: ['去|到|上|杀到', '他单位|他公司|他家|他屋企|他上班的地方|他工作的地方|她单位|她公司|她家|她屋企|她上班的地方|摊位|他摊位|她摊位|他档口|她档口|他店里|她店里', '找他|找她|堵他|堵她|搵他|搵她|等他|等她'], gap: 3 },
    // "唔還錢就淋紅油", "下次淋紅油" (not "下次就唔係淋紅油咁簡單", paint already thrown): red paint splashed means someone at the door.
    { id: 'visit_threat.red_paint', seq: ['就|就会|就去|就嚟|会|要|下次|小心', '淋红油|泼红油|淋油|泼油|喷红油'], gap: 2, unlessAfter: '不是|唔系|不止|唔止|不只' },
    { id: 'visit_threat.named_en', seq: ['home visit|house visit|residence visit|give you a visit|give u a visit|pay u a visit|come there ourselves|come there in person|come there personally|field visit|field agent*|doorstep|door to door|in person|pay you a visit|pay a visit|come over there|come find you|come see you|come to you|come round|come around|on your doorstep|at your door|at your doorstep|knock on your door|knocking on your door|outside your house|outside your home|outside your work|round to your|over to your|round your house|round your place|knocking on your front door|knock on your front door|knocking at your door|knock at your door|banging on your door|bang on your door|banging on your front door'] },
    // An address named with the visit: "we attended 22 Mill Lane", "visit 4471 Birch Lane".
    {
      id: 'visit_threat.address_en',
      seq: ['attend*|visit*|called at|call at|came to|come to|coming to|went to|go to|going to|were at|was at|be at|stopped by|stop by|knocked at|knock at|show up at|turn up at', '#', 'lane|road|rd|street|st|avenue|ave|close|drive|dr|way|crescent|place|boulevard|blvd|terrace|gardens|grove|row|square|park|hill|mews'],
      gap: 14,
      notInQuestion: true,
      // "visit our branch at 12 Baker Street", "payments go to 100 Main St": the reader goes there.
      unlessAfter: 'payment|payments|cheque|cheques|check|checks|mail|letter|letters|you|u|please|pls|can|may|could|should|must|need to',
      unlessBefore: 'our|us|any|a branch|the branch|branch|office|store|shop|website',
    },
    // Forcing entry: "Our officer will return ... with a locksmith".
    { id: 'visit_threat.entry_en', seq: ['locksmith*|forced entry|force entry|gain entry|enter the property|enter your property|enter your home|enter your premises|change the locks'] },
    // A visit that found nobody in: "we attended 22 Mill Lane today and you were not in".
    { id: 'visit_threat.not_in_en', seq: ['attended|visited|called round|called at|came round|came by|came to|stopped by|knocked|our officer|our agent|field agent|bailiff*|enforcement agent*', "you were not in|you weren't in|you were not home|you weren't home|you were out|nobody was home|no one was home|nobody was in|no one was in|nobody answered|no one answered|no answer at"], gap: 40, acrossClauses: true },
    // Someone is coming round: "Our field rep plans to stop by Thursday afternoon".
    {
      id: 'visit_threat.field_rep_en',
      seq: [
        'field rep*|field representative*|field officer*|field staff|field team|field collector*|field investigator*|field visit*|field call*|enforcement officer*|enforcement agent*|bailiff*|debt collector*|our agent|our rep|our representative|our officer|our collector|our guys|our team|our people|someone|somebody|we|i',
        "will|plans to|plan to|planning to|going to|gonna|intends to|intend to|scheduled to|'ll|ll|wil|is coming|are coming|coming|will be",
        'pop into|pop in to|popping into|drop into|rock up|rock up to|rock up at|drive over|drive round|drive by|drive out|head over|head round|swing over|stop by|swing by|pop by|pop round|pop over|drop by|drop in|come by|come round|come around|come over|call round|call by|stop in|be round|be over|swing past|visit|call in person|attend the property|attend your|attend the address|attend again|re attend|come knocking|be knocking|knock|be waiting outside|wait outside|return with|return to the property|return to your home|return to your house|return to the address|return to your address',
      ],
      gap: 12,
      // "you will need to stop by our branch", "we will return your call".
      unlessAfter: 'you|u|ya',
      unlessBefore: 'on every|on all|on your neighbors|on your neighbours|on the neighbors|on the neighbours|our office|our branch|any branch|a branch|our store|the branch|our website|the website|your account|your call|the call|your message|your email',
    },
    // An officer coming back: "Our officer will return on 14 March".
    { id: 'visit_threat.officer_returns_en', seq: ['field rep*|field agent*|field officer*|enforcement officer*|enforcement agent*|bailiff*|our officer|our officers|our agent|our agents|the officer|the agent|the bailiff', 'will return|will be returning|returns|return|will come back|will be back|come back|be back|will revisit|revisit|re attend|reattend'], gap: 12, unlessBefore: 'your|the|it|any|all|our' },
    // Damage at the door is a visit too: "we paint your door red".
    // Waiting at the reader's building or car: "we'll be waiting in the parking lot when you get off".
    { id: 'visit_threat.wait_outside_en', seq: ['waiting|wait|waitin|be there|be outside|show up|turn up|stake out|staking out|camp out|camped out', 'parking lot|car park|parking garage|parking deck|outside your|outside ur|outside the building|outside work|outside the office|in the lobby|at your gate|at your car|by your car|at the entrance|out front|downstairs|when you get off|after your shift|when you leave work|when you get home'], gap: 14 },
    { id: 'visit_threat.damage_at_home_en', seq: ['paint|painting|spray|spraying|splash|smash*|egg|graffiti|chain|padlock|lock|vandalis*|vandaliz*|brick|throw*|kick in|kick down|break down|bang on|banging on', 'your door|your house|your home|your front door|your windows|your window|your walls|your wall|your gate|your shop|your flat|your apartment|your place|ur door|ur house|ur home|ur place|ur shop'], gap: 10 },
    // Chat spelling, often without "to" ("ur" is "your" folded): "we come ur HDB block find u", "goin ur crib".
    // "Might swing by Saturday": the subject left out, as in chat.
    { id: 'visit_threat.might_come_by_en', seq: ['plans to|intends to|might|may|could|gonna|will|going to|plan to|planning to', 'swing by|pop round|pop by|drop by|stop by|come by|come round|drop round|call round'], gap: 1, unlessAfter: 'you|u|ya|customers|clients', unlessBefore: 'our office|our branch|any branch|a branch|the branch|our store|the office|our website|the website|the app' },
    { id: 'visit_threat.come_to_your_place_en', seq: ['roll up to|rolling up to|roll up|rolls up|pull up to|pull up at|pulling up to|come|comes|coming|comin|go|going|goin|show up|turn up|drop by|pop by|swing by|swinging by|popping by|dropping by|coming round|turning up|showing up|turns up|shows up', 'your|to your|at your|by your|round your', 'house|home|place|flat|block|hdb|condo|apartment|apt|crib|office|work|workplace|job|shop|kedai|stall|store|warung|sari-sari|door|gate|doorstep|compound|estate|unit|building|street|village|kampung|barangay'], gap: 4, unlessBefore: 'page|screen|email|phone|number|account|banking|app|address' },
    // "Legal notice will be dispatched to your address": papers sent, nobody comes.
    { id: 'visit_threat.go_to_place_en', unlessAfter: 'unable to|trying to|tried to|try to|not able to|failed to|could not|couldn\'t|notice will be|notices will be|letter will be|letters will be|summons will be|papers will be|documents will be|notice|letter|summons', seq: ['reach|will reach|return to|returning to|come back to|coming back to|be back at|visit*|stop by|stopping by|stop in|drop by|dropping by|come by|coming by|come to|coming to|show up|showing up|attend|attending|call at|calling at|go to|going to|be at|wait for you|waiting for you|find you at|meet you at|see you at|served|serve you|serve the papers|service of|meet him at|meet her at|meet them at|arrested|arrest you|pick you up|dispatch*|send someone|send somebody|send an agent|send agents|send our agent|send a team|send people|send the cops|send the police|send officers|send the sheriff|send a collector|agent to|agents to|officer to|officers to', 'your shop|your stall|your store|your business|your home|your house|your door|your office|your workplace|your work|your job|your property|your address|your place|your apartment|your flat|your residence|your premises|your neighborhood|your street|over there|you at home|you at work|the property|the premises|the house|the address|the residence'], gap: 22, unlessBefore: 'page|screen|banking|app' },
    // "We're parked up on your street most afternoons": already near the door.
    { id: 'visit_threat.parked_outside_en', seq: ['parked|parked up|sitting|waiting|hanging around|watching|outside', 'on your street|outside your house|outside your place|outside your flat|outside your home|near your house|near your place|outside your work|outside your office|on your road|down your road|on your block'], gap: 4 },
    // "I'm coming round to yours".
    { id: 'visit_threat.round_to_yours_en', seq: ['coming round|come round|coming over|come over|popping round|pop round|going round|swing by|coming by|come by|sending the lads round|send the lads round|sending someone round|send someone round|sending the boys round|send the boys round', 'to yours|yours|to your place|your place'], gap: 1 },
    // "next time it's not a text, it's a visit".
    { id: 'visit_threat.next_visit_en', seq: ["it's a visit|its a visit|it will be a visit|it'll be a visit|next visit won't|next visit wont|next visit will|next visit isn't|a visit from us|a visit from our|a visit from the boys|a personal visit"] },
    // "before deputies are sent to your home".
    { id: 'visit_threat.people_sent_en', seq: ['deput*|officer*|agent*|bailiff*|sheriff*|police|cops|someone|somebody|people|the boys|the lads', 'sent to|sent round to|sent over to|dispatched to|show up at|turn up at', 'your home|your house|your door|your workplace|your office|your address|your residence|your place|your flat|your work'], gap: 10 },
    // "we will paste your photo at your condo lobby and your office".
    { id: 'visit_threat.paste_at_place_en', seq: ['paste|pasting|stick|sticking|plaster*|put up|putting up', 'at your|on your|around your|outside your|in your', 'condo|lobby|door|gate|block|office|building|house|workplace|estate|void deck|lift|flat|hdb|street'], gap: 20 },
    // "Our field representative may attend your residential address".
    { id: 'visit_threat.agent_attends_en', seq: ['field rep*|field agent*|field executive*|field officer*|recovery executive*|recovery agent*|our representative|our agent|enforcement agent*|bailiff*|collector', 'attend|visit|call at|come to|come round|will visit|may visit|may attend|will attend|will call at'], gap: 4, unlessBefore: 'our office|the office|our branch' },
    // "the boys will come and deal with you".
    { id: 'visit_threat.the_boys_come_en', seq: ['the boys|our boys|my boys|the lads|my guys|our guys', 'go pay you visit|go pay you a visit|pay you visit|go visit you|go come|will come|are coming|come round|coming round|will visit|show up|will be there|will pay you a visit'], gap: 4 },
    // "We know where you work and we'll be there Monday".
    { id: 'visit_threat.be_there_en', seq: ['we know where you work|we know where you live|we know where u work|we know where u live|we know your address|we have your address|know your shop|know your house|know your flat|know your place|know your office|know ur shop|know ur house|know ur flat|know ur place|know ur office', "we'll be there|we will be there|we'll come|we will come|see you there|we'll see you|coming for you|be waiting|they'll be round|they'll be there|we'll be round|they will be there"], gap: 20, acrossSentences: true },
    // "We have a field representative in your area on Thursday".
    { id: 'visit_threat.agent_in_area_en', seq: ['field rep*|field representative*|field agent*|field officer*|field executive*|recovery agent*|recovery officer*|collection agent*|enforcement agent*|bailiff*|our agent|our officer|our representative|we will be|we\'ll be|we are|we\'re', 'in your area|in your neighbourhood|in your neighborhood|near you|in your locality|around your area|near your home|near your house'], gap: 6 },
    // "聽晚我哋上嚟淋紅油": coming round to pour paint.
    { id: 'visit_threat.come_to_pour', seq: ['上来|过来|上门|过去|上去', '淋红油|泼红油|淋油|泼油|喷漆|泼漆|淋漆|喷油'], gap: 2 },
    // "Expect a representative at your registered address within 48 hours".
    { id: 'visit_threat.expect_someone_en', seq: ['expect a representative|expect an agent|expect a visit|expect someone|expect our agent|expect our representative|expect an officer|expect a field', 'at your|to your|at the property|at the address|on your doorstep'], gap: 6 },
    // "你屋企門口嗰度紅油未乾": paint already at the door.
    { id: 'visit_threat.paint_at_door', seq: ['你屋企门口|你家门口|你家门|你屋企|你门口', '红油|油漆|喷漆'], gap: 6 },
    // "安排同仁前往您登记的户籍地址进行访查", "派外访人员上门".
    { id: 'visit_threat.staff_sent', seq: ['安排|派|派遣|委派|委托', '同仁|同事|专员|外访|外访人员|人员|外勤|法务|员工|工作人员', '前往|上门|拜访|走访|访查|登门|实地|到府'], gap: 6 },
    // "这周六我们同事会去你奶奶家坐坐".
    { id: 'visit_threat.family_home', seq: ['去|上|过去', '你奶奶家|你爷爷家|你外婆家|你外公家|你岳父家|你丈母娘家|你婆家|你娘家'], gap: 2 },
    // "Our representatives will be visiting your registered address this week".
    { id: 'visit_threat.registered_address_en', seq: ['visit*|attend*|call at|come to|coming to|be at', 'at your registered address|at your residential address|at your home address|your registered address|your address on file|your address on record|your residential address|your home address|your registered residence'], gap: 3 },
    // "u think we dont know where u stay? ... we pull up".
    { id: 'visit_threat.pull_up_en', seq: ["we pull up|we'll pull up|we will pull up|we pulling up|we're pulling up|pull up on you|pull up at yours|pull up to yours"] },
    // "Outside your place re the money. Come down or I come up."
    { id: 'visit_threat.outside_now_en', seq: ['outside your place|outside your house|outside your flat|outside your door|come down or|or i come up|or we come up|or we come in'] },
    // "send team to your office", "sending somebody down to your job", "send our guy to your block".
    { id: 'visit_threat.send_person_to_place_en', seq: ['send|sending', 'police|the police|cops|the cops|field officers|field team|our field team|field staff|recovery officers|team|a team|our team|a legal team|legal team|a recovery team|guy|guys|our guy|our guys|people|ppl|our ppl|my ppl|lads|the lads|our lads|my boys|my guys|our boys|someone|somebody|boys|the boys|agent|agents|our agent*|officer*|collector*|men|our men|rep|our rep', 'to your|to ur|down to your|round to your|over to your|down to ur', 'office|house|home|workplace|work|job|block|flat|place|shop|kedai|door|hdb|condo|address|residence|estate|building|kampung|village|barangay'], gap: 8 },
    // "our field officers will come there on Monday": field staff said to be coming.
    { id: 'visit_threat.field_staff_come_en', seq: ['field officer*|field team|field staff|field agent*|recovery officer*|recovery agent*|recovery team|collection officer*|our officers|our agents|doorstep team', 'will come|will visit|will attend|will call at|will be at|will be there|will come there|come there|are coming|coming to|will go to|go to|be sent|will be sent|to visit|to attend|come to'], gap: 6, notInQuestion: true },
    // "we'll have no choice but to send someone round".
    { id: 'visit_threat.send_someone_round_en', seq: ['send someone round|send somebody round|send someone over|send somebody over|send someone out|send someone down|send somebody down|sending someone round|sending someone over|sending somebody down|sending someone down'] },
    // "we paid his mother a visit today": calling on the family in person.
    { id: 'visit_threat.paid_a_visit_en', seq: ['we paid|we will pay|we\'ll pay|we are going to pay|we\'re going to pay|gonna pay|going to pay', 'a visit|a little visit|a quick visit|a friendly visit'], gap: 24 },
    // "Tomorrow we go to your barangay hall", "we go find ur parents".
    { id: 'visit_threat.we_go_to_en', seq: ["we go show for your|we go show for ur|we go come your|we go come ur|we go visit your|we go reach your|we go to your|we go to ur|we will go to your|we'll go to your|we come to your|we will come to your|we'll come to your|we go find your|we go find ur|we will go find your|we'll go find your|we come find your|we come find ur"] },
    // "our agents will be at the Tower 2 lobby tomorrow".
    { id: 'visit_threat.agents_be_at_en', seq: ['our agents|our agent|our people|our guys|our team|our boys|our collectors|our collector|our officers|our officer|our staff', 'will be at|will be outside|be waiting at|be waiting outside|waiting at|waiting outside|will wait at|will wait outside', 'lobby|block|building|void deck|your void deck|your estate|your street|your lift|your office|your house|your home|your door|your gate|your workplace|your condo|your flat|your place|your work|your shop'], gap: 20 },
    // "Monday morning we send people down", Singlish "come your workshop find u".
    { id: 'visit_threat.send_people_en', seq: ['bring the boys|bringing the boys|bring my boys|bringing my boys|bring some boys|bringing some boys|come with the boys|coming with the boys|come with my boys|coming with my boys|pull up with the boys|pull up with my boys|roll up with the boys|roll up with my boys|send people down|send people over|send people to|send someone down|send our people|send the boys|come your workshop|come your shop|come your house|come your office|come your place|go your house|go your office|go your shop|go your workshop'] },
    // "we come down to your HDB and paste notice on your door".
    { id: 'visit_threat.notice_on_door_en', seq: ['to your hdb|at your hdb|your hdb flat|your hdb door|paste notice on your door|notice on your door|paste on your door'] },
    // Someone at a relative's home: "roll up to your mum's place", "our lads will knock on your mum's door", "we r outside ur mums house".
    { id: 'visit_threat.family_home_en', seq: ['roll up to|rolling up to|roll up at|pull up to|pull up at|pulling up to|come to|coming to|come round to|coming round to|go to|going to|show up at|turn up at|knock on|knocking on|knock at|bang on|banging on|outside|waiting at|waiting outside|visit|visiting|swing by|drop by|pop round to|stop by|rock up to|rock up at', "your mum's|your mums|ur mums|ur mum's|your mom's|your moms|ur moms|ur mom's|your parents'|your parents|ur parents|your mother's|your father's|your dad's|ur dad's|your nan's|your grandma's|your family's|your sister's|your brother's|your wife's|your girlfriend's", 'house|place|home|door|front door|flat|gate|shop|office|work'], gap: 4, notInQuestion: true, unlessAfter: "you|u|ya|you can|you could|you should|you will|you'll", unlessBefore: 'number|phone|page|account' },
    // "明天你们公司前台见，我亲自去跟你老板聊聊": the collector in person at the workplace.
    { id: 'visit_threat.in_person_zh', seq: ['亲自去|亲自过去|亲自过来|亲自上|亲自到|亲身去|亲身过去|亲自登门|亲自杀到', '你家|你屋企|你公司|你们公司|你单位|你们单位|找你|跟你老板|找你老板|跟你领导|找你领导|你店|你厂|你学校|你小区'], gap: 4, unlessAfter: '你|你要|你需|你得|请你|需要' },
    // "明天你们公司前台见": a meeting set at the reader's workplace or door.
    { id: 'visit_threat.meet_at_place_zh', seq: ['公司前台见|前台见|公司楼下见|你家门口见|你屋企楼下见|你屋企门口见|你公司门口见|你单位门口见|你单位见|你公司见'] },
    // "去你内湖的公司找你主管": a place of the reader's, named with a word between.
    { id: 'visit_threat.go_to_your_named_place', seq: ['去你|到你|杀到你|上你', '的公司|的单位|的店|的厂|的铺头|的住处|的住所|的学校|的工地|的办公室'], gap: 6, unlessAfter: '打|发|寄|送|传|邮|交|递|回|了解|找|收|听', unlessBefore: '电话|邮箱|信箱|网站|官网|的电话' },
    // "老子带人过去", "带几个兄弟上门": people brought along to the reader's place.
    { id: 'visit_threat.bring_people', seq: ['带人|带几个人|带班人|带一帮人|带一班人|带兄弟|带上兄弟|带班兄弟|带埋兄弟|带几个兄弟|叫上兄弟|叫埋兄弟', '过去|过来|上门|上来|上去|杀到|杀过去|杀过来|去你|到你|上你'], gap: 3, unlessAfter: '你|你可以|可以|请|欢迎|需要|须' },
    // "楼下等……唔见到人我哋就上去": coming up from the door.
    { id: 'visit_threat.come_up', seq: ['楼下|门口|你楼|你家|你屋企|大堂|大厦', '我们就上去|我们就上来|我们直接上去|我们直接上来|我们就上楼|我们直接上楼|我们就杀上去|我们就冲上去|我们马上上去|我们就上门'], gap: 24, acrossClauses: true },
    // "听晚我哋再上嚟": coming round again, with a near time.
    { id: 'visit_threat.come_again', seq: ['@near_time_zh|听晚|明晚|下次|过两天|过几天|改天', '我们再上来|我们再上门|我们会再上门|我们会再上来|再上门|再登门'], gap: 2 },
  ],
};
