import type { LabelRules } from './types';

// Families of veiled harm, written as parts that combine rather than as whole phrases:
// each writer words a threat anew ("腿脚磕了碰了", "你的手哪个先坏掉", "别等腿折了"),
// but the body part and what befalls it, the way home and its dangers, the family and
// its safety in doubt recur.
const BODY_ZH = '腿|脚|手|手指|手指头|指头|胳膊|手臂|膝盖|腿脚|手脚|脸|门牙|牙齿|骨头|肋骨|脑袋|眼睛|鼻梁|腰';
const BODY_HARMED_ZH = '折了|折咗|断了|断咗|断掉|坏掉|坏了|废了|废咗|废掉|磕了碰了|磕着碰着|磕磕碰碰|伤了|残了|瘸了|保不住|保唔住|开花|骨折|卸了|剁了|少一|缺一|还在不在|还剩几|好不好使|哪个先坏|先坏|先断';
// The reader's own injury or a family member's ("我腿断了", "我妈摔断了腿") is news, not a threat.
const OWN_INJURY_ZH = '我|我的|我妈|我爸|我老婆|我老公|我儿子|我女儿|摔|摔得|不小心|车祸';
const WAY_ZH = '路上|下班路上|放学路上|回家路上|上班路上|出门在外|出门|出街|夜路|走夜路|晚上回家|夜晚回家|一个人走|一个人回家|上下班|出入';
// Only the sinister turns: a mother's 路上小心 stays a mother's.
const WAY_DANGER_ZH = '不太平|不平静|不太平静|不安全|不太安全|出点事|出点什么事|出什么事|出意外|磕着碰着|磕了碰了|磕磕碰碰|没人管|冇人理|不好说|就难说|不保证|唔保证|保不准|说不准|不会太平|唔会太平';
const FAMILY_ZH = '你家人|你家里人|你全家|你一家|你一家人|你老婆|你老公|你太太|你孩子|你小孩|你女儿|你儿子|你闺女|你爸妈|你父母|你老母|你老豆|老婆孩子|一家老小|你弟|你妹|你姐|你哥|你屋企人|你个仔|你个女';
const DOUBTED_ZH = '不|没|冇|难|唔|保不准|不敢保证|说不定|不好说|能不能|还能不能|就不一定|未必|不一定';
const SAFE_ZH = '平平安安|平安|安全|安稳|太平|好过|安生|安宁';

/** Threatens physical harm, or the safety of the reader or the family — openly or by hinting. */
// Where the reader lives, parks, walks or sends the children: the details a watcher has.
const WATCHED_ZH = '几点下班|走哪个门|车停在哪|哪个车位|几点关门|开在哪|哪个镇|屋企喺|返学|小区门口|#栋|#单元|住几楼|住哪|住在哪|你家在|你住在|住喺|几楼|哪栋|哪个小区|学校|小学|中学|幼儿园|幼稚园|放学|上学|几点下班|几点放学|几点出门|几点返工|上下班|那条路|条路|车停|你的车|你架车|常去|每天几点|停车场';
const WATCHED_EN = 'which pub|which bar|which church|which school|what school|your school|where you live|where u live|your street|your car|what time you|your route|which gym|what gym|your gym|where you park|your building|your flat|your block|picks up your|pick up your|picks your|drops off your|drops your';
// 手 and 腿 inside other words: 手机, 手续, 手术, 腿上 ("手机还想要" is no limb).
const LIMB_IN_A_WORD_ZH = '机|续|头|上|里|下|术|表|段|艺|法|势|提|工|印|稿|写';
// A warning left unfinished.
const LEFT_UNSAID_ZH = '不想把事情搞复杂|别让大家都难做|别让大家难做|别让老人家跟着操心|别让老人家操心|不好说了|就难说了|可就不好说|不好讲|唔好搞到|自己想清楚|想清楚|自己掂量|自己看着办|你看着办|好自为之|自己谂下|自己诺下|别怪我|别怪我们|唔好怪我|唔好怪我哋|别说我没提醒|别说我们没提醒|你懂的|你明白的|自己小心|自己睇住|识做|识做啲|后果自负';
const LEFT_UNSAID_EN = "your choice|your call|think about it|think it over|just saying|you've been warned|consider yourself warned|don't say we didn't warn you|dont say we didnt warn you|be smart|do the right thing|nobody wants that|no one wants that|you know what happens|you know the rest";

export const VIOLENCE_THREAT: LabelRules = {
  label: 'violence_threat',
  rules: [
    { id: 'violence_threat.harm', seq: ['手脚粗|粗手粗脚|找人堵你|叫人堵你|找人截你|就知死|你就知死|损手烂脚|断手断脚|缺胳膊少腿|这么客气了|咁客气|那么客气了|有种就一辈子别出门|一辈子别出门|最好别出门|最好唔好出街|手重|下手重|下重手|手下不留情|不会手软|唔会手软|你是不是想死|你係咪想死|找死|活腻了|活得不耐烦|打死|断条腿|不像我们这么客气|没我们这么客气|可不像我们|道上的朋友|地方上的朋友|郁手|逼我们郁手|找人弄你|找人搞你|叫人弄你|叫人搞你|找人收拾你|摔断腿|摔断手|打断腿|断只手|断条手|断根手指|打残|打断|打你|揍你|揍死|斩你|砍你|捅你|劈你|弄死|搞死|整死|废了你|收拾你|教训你|教训一下|动手|缺胳膊|少腿|断手|断脚|腿断|脚断|手断|横着出来|横着出|出事|出点事|出点什么事|出个好歹|有个好歹|有什么好歹|有啥好歹|有咩好歹|有乜好歹|让你好看|死光|死全家|全家死|家人好看|全家好看|家里人好看|屋企人好看|别怪我们不客气|对你不客气|不会客气|就不客气了|不讲规矩|后悔一辈子|见血|见了血|见点血|放血|放点血|放你血|放下血|淋红油|泼红油|红油|淋油|泼油|泼粪|套麻袋|闷棍|动起手|俾人打|被人打|挨打|找人搞你|找人收拾你|要你命|要你的命|活不过|活不下去|没命|断子绝孙|灭你|火烧|烧你|车祸|出意外|出手|动粗|别想安生|别想好过|不得安宁|别想安宁|没好日子过|冇好日子过|自有办法|有的是办法|有的是手段|有你好看|等我们找到你|等我找到你|找到你就知道|让我找到你|也有人|到处都有人|我们有人|让你不好受|让你更不好受|让你难受|有你受的|够你受的|有你好受|有你好果子吃|没你好果子吃|冇你好果子食|过激的事|过激行为|过激举动|过激手段|做出什么过激|做出过激|做出啥过激|做出咩过激|什么手段都有|手段多的是|各种手段|唔会好过|不会好过|都唔会好过|都不会好过|打到入院|入医院|进医院|躺医院|躺进医院|送你进医院|送你入医院|骨头硬|腿硬|你的腿|你对腿|打断你|砍死|劈死|斩死|松骨|松松骨|松松筋骨|颜色看看|修理你|卸你|打一顿|揍一顿|打一餐|暴打|毒打|松下骨|松吓骨|松一松骨|松下筋骨|挨揍|被人堵|俾人堵|人伤着|伤着了|人伤了|东西砸了|砸了你家|砸烂|斩开你|就不是聊天了|可就不是聊天|不是聊天那么简单|就不只是聊天|伤着谁|伤到谁|伤了谁|见一次打一次|见你一次打你一次|见一次打|俾人斩|被人斩|畀人斩|被人砍|俾人砍|被人捅|俾人劈|被人收拾|俾人收拾|泼油漆|泼点油漆|泼漆|淋油漆|淋点油漆|泼红漆|淋红漆|系咪想死|是不是想死|是不是活腻|想死是吧|想死是不是|想死啊你|打成猪头|揍成猪头|打到变猪头|鼻青脸肿|头破血流|满地找牙|打掉你的牙|打掉你|打爆你|爆你头|打爆头|打柒你|劈友|毁容|毁你容|破相|划花你|划烂你|刮花你|好好招呼你|好好伺候你|招呼招呼你|伺候伺候你|后悔来到这个世界|后悔生出来|后悔出生|后悔认识我|让你后悔|叫你后悔|令你后悔'], unlessAfter: '拨|致电|回拨|试过|尝试|换', unlessBefore: '#次|几次|多次|好几|好多|姊姊|姐姐|哥哥|弟弟|妹妹|亲戚|全家电话|家人电话|家里电话|们公司|们单位|们前台|见人|电话|手机|客服|专员|律师|帮忙|办理|处理|还款|单位|公司|家里|屋企|老板|领导|老婆|老公|爸|妈|家人|同事|朋友|紧急联系人|通讯录' },
    // "打到你入医院", "打到你跪低" — not "打到你公司" (a call).
    { id: 'violence_threat.beat_until', seq: ['打到你|打到佢|打到你哋|揍到你|打得你', '入|进|住|残|废|死|跪|怕|服|唔|不|爬|叫|扑|冇|没|认|求|哭|吐|流血|见血|骨折|瘸|散|满地'], gap: 0 },
    // A body part held against the money: "你那台机车跟你的手，自己选一个" (not "你的手机").
    { id: 'violence_threat.choose_body_part', seq: ['你的手|你只手|你对手|你双手|你的腿|你条腿|你对脚|你的脚|你的手指|你啲手指|你的眼睛|你的牙', '选一个|自己选|二选一|选一样|拣一样|拣一个|自己拣|留一个|留哪个|留边样|要哪个|要边样'], gap: 8, acrossClauses: true, unlessBefore: '机|续|头|上|里|下|术|表|段|艺|法|势|提' },
    // Weapons named: "看你的腿硬还是我们的球棒硬".
    { id: 'violence_threat.weapon', seq: ['球棒|棒球棍|铁棍|铁棒|木棍|钢管|砍刀|西瓜刀|开山刀|菜刀|刀子|铁锤|锤子|斧头|硫酸|泼硫酸|镪水|淋镪水|淋汽油|铁链|枪'], unlessBefore: '手|战|支' },
    // "你新地址我哋早就知": the reader's address is known.
    { id: 'violence_threat.address_known', seq: ['地址|住址|新地址|新住址|新家|新屋|搬去边|搬到哪|搬去哪|搬咗去边|住边|住哪|住喺边', '我们早就|我们一早|早就知|一早知|早就查到|早就找到|早知|都知|都知道|都查到|我们知道|我哋知|查到了|搵到了|找到了|都搵到|都找到'], gap: 6, unlessAfter: '单位|公司|工作|办公|注册|收件|邮寄' },
    { id: 'violence_threat.watch_out', seq: ['看着点路|最近车多|小心车|多看看身后|看看身后|小心身后|小心点|小心啲|小心你|小心一点|小心你的|出门注意|出门小心|出街小心|走路小心|回家小心|晚上小心|注意点|注意安全|注意你的安全|走夜路|夜路|小心你家人|小心家人|小心走路|出门看好|看好你的车|小心你的车|走路看着点|出门看着点|走路当心|出门当心|看一下后面|看看后面|看下后面|被盖布袋|盖布袋|套麻袋|被套麻袋|轮胎跟刹车|轮胎和刹车|检查刹车|看一下车子轮胎|附近不太平静|这附近不太平|最近不太平静'], unlessBefore: '击|开|查收|账户|诈骗|骗子|用|使用' },
    { id: 'violence_threat.we_know_where', seq: ['住哪|停哪里|停在哪里|停在哪|车停哪|停边度|住在哪|住边|住边度|哪个小区|哪里上班|哪上班|边度返工|几点|哪间|哪个学校|哪所|在哪|去哪|边度|哪里|几楼|几号|几栋|哪栋|门牌|喺边|系边|边间|哪条|边条|走哪', '@know_zh|门儿清|门清|了如指掌'], gap: 10 },
    { id: 'violence_threat.we_know_where_after', seq: ['@know_zh|我们知道|我哋知', '你喺边|你住边|你住哪|你住在|你家在|你家住|你在哪|你老婆|你女儿|你儿子|你孩子|你家人|你爸妈|你屋企|你公司在|你每天'], gap: 3 },
    // "唔好怪我哋唔客气", "到时别怪我不客气" (a bare "不客气" is "you're welcome").
    { id: 'violence_threat.no_mercy', seq: ['怪', '不客气|唔客气|翻脸|心狠|手狠|手黑'], gap: 4 },
    // Lying in wait on the reader's way: "在你下班路上等你", "迟早喺月台等你" (a friend's "我在车站等你" is none).
    { id: 'violence_threat.ambush', seq: ['下班路上|回家路上|返工路上|放工路上|收工路上|上班路上|放学路上|返屋企路上|半路|必经之路|后巷|暗巷|迟早|总有一天|总有一日', '等你|堵你|截你|拦你|守你|蹲你|等住你|候你|等到你|堵到你|捉到你'], gap: 6 },
    // A hand or a leg as the price: "废哪只手", "斩你一只手指", "你两只手仲想要就…".
    { id: 'violence_threat.limb_taken', seq: ['废|斩|砍|剁你|卸|打断|打残|拗断|折断|掰断|断你', '手|腿|脚|手指|胳膊|膝盖'], gap: 4, unlessAfter: '判|诊|推|论|决|果', unlessBefore: LIMB_IN_A_WORD_ZH },
    // The limb named first: "腿给你打折", "只手帮你斩咗佢".
    { id: 'violence_threat.limb_then_harm', seq: ['手|腿|脚|手指|胳膊|膝盖|骨头|牙', '给你|帮你|同你|俾你|替你', '打折|打断|打残|打废|打烂|掰断|折断|拗断|斩|砍|剁|废|卸'], gap: 2, unlessAfter: '拉|握|双|洗|动|分|新|二|高|老|帮|选|歌|水|对|抢|牙', unlessBefore: '机|续|术|表|艺|法|势|提|工|印|稿|写|本|步|扣|优惠|费|价' },
    // Breaking in: "门我们帮你开", "踹开你家门".
    { id: 'violence_threat.door_forced', seq: ['门|大门|家门|房门|铁闸', '我们帮你|我帮你|帮你|替你|给你|同你', '开|拆|砸|踹|撬|踢|卸'], gap: 3, unlessAfter: '出|进|入|部|专|上|开', unlessBefore: '店|户|牌|诊|票|市|槛|通|具|单|发|心|始|放|展|办|立|设' },
    { id: 'violence_threat.door_broken', seq: ['踹开|撬开|砸开|撞开|踢开|拆了|砸烂|踢烂|踹烂|门不开就砸|不开门就砸|不开就砸|不开门就踹|门不开就踹', '门|你门|你家门|你屋企门|大门|家门'], gap: 2 },
    // Dragged out by force: "当着你同事的面把你拖下来", "将佢拖出嚟".
    { id: 'violence_threat.dragged', seq: ['把你|将你|给你|把他|将佢|把她|拉你|揪你|拽你', '拖下来|拖出来|拖出去|拖走|拖落嚟|揪出来|揪下来|拽出来|拽下来|绑走|架走|押走|扛走|抬走|拎出来'], gap: 6 },
    { id: 'violence_threat.limb_kept', seq: ['双腿|这双腿|你这双腿|你双腿|这双手|你这双手|你对手脚|你对手|你对脚|你对腿|手|腿|脚|手指|手指头|手脚|腿脚|膝盖|双手|两只手|两条腿|条命|你的命', '还想要|仲想要|仲想留|还想留|保得住|保唔住|保不住|保不保得住|保唔保得住|还要不要|仲要唔要|要不要|要唔要|想不想要|想唔想要|不想要|唔想要|别想要|唔使要|不用要了|还剩几|仲剩几|剩几根|还有几根|仲有几多|用不用得|用唔用得|还用得|仲用得|还能不能用|还能用多久|还好不好使|还灵不灵'], gap: 3, unlessAfter: '拉|握|双|洗|动|分|右|左|新|二|高|老|帮|选|歌|水|对|抢', unlessBefore: `${LIMB_IN_A_WORD_ZH}|本|步` },
    { id: 'violence_threat.limb_kept_before', seq: ['保住|留住|想要', '你的手|你只手|你双手|你两只手|你条腿|你的腿|你两条腿|你对脚|你的脚|你啲手指|你的手指|你条命|你的命|手脚'], gap: 3, unlessBefore: LIMB_IN_A_WORD_ZH },
    { id: 'violence_threat.child_at_school', seq: ['学校|放学|上学|幼儿园|幼稚园|小学|补习班|国小|国中', '等她|等他|找她|找他|接她|接他|堵她|堵他|打个招呼|打招呼|走一趟|那边|看紧点|看紧|可得小心|要小心|小心点'], gap: 8 },
    // "放学路上车多人杂的，可得看好了": the child's way to school, and a warning to watch it.
    { id: 'violence_threat.child_way_watch', seq: ['放学路上|上学路上|放学回家|放学的路|上学的路|返学路上|放学时', '可得看好|可要看好|得看好了|可得看紧|可要看紧|可得小心|可要小心|要看好了|可得当心|要当心|当心点|留个心眼|照顾照顾|关照关照'], gap: 12, acrossClauses: true },
    { id: 'violence_threat.family_harm', seq: ['你家人|你家里人|你老婆|你女儿|你儿子|你孩子|你爸妈|老人家|你屋企人|佢', '出事|出点事|出点什么事|好歹|受伤|危险|安全|出意外|有事|吓出|吓坏'], gap: 12 },

    // A veiled mishap: "老人家身体不好，别出什么意外", "万一有个三长两短".
    { id: 'violence_threat.mishap', seq: ['出点什么意外|出点什么事|出了什么意外|出了什么事|出了事|出咗咩事|出咩事|出啲咩事|出啲事|出乜事|出咩意外|出了意外|出什么意外|有什么意外|出个意外|有个意外|三长两短|有个闪失|有什么闪失|出什么事|出个什么事|出点状况|出什么状况|出点岔子|出什么岔子|出点意外|磕着碰着|磕磕碰碰|碰上点什么意外|碰上什么意外|遇到点什么意外|遇上点什么意外|碰上点意外|遇到什么意外|遇上什么意外|碰到什么意外|有个什么意外|有个三长两短|谁也担待不起|谁也担不起|有咩意外|有乜意外|有啲咩意外|有啲意外|会唔会有意外|会不会有意外|会不会出意外|会唔会出意外|出点啥事'], unlessAfter: '实在是家里|我家里|我家|我们家|我屋企|是不是家里|是不是|怕|担心|担忧|关心|系统|网络|平台|账户|账号|app|手机|电脑|页面', unlessBefore: '了吗|了吧|了么|吗|了没' },
    // A limb that will stop working: "哪天你腿就不利索了", "手脚唔灵活".
    // "老子让你这辈子都站不起来": the speaker will see to it. Not "征信黑了会让你站不起来" (no one acts).
    { id: 'violence_threat.never_stand_again', seq: ['老子|我|我们|兄弟们', '让你|叫你|要你|包你|保证你', '站不起来|走不了路|下不了床|爬不起来'], gap: 6, unlessAfter: '不会|不|没有|不想|无意' },
    { id: 'violence_threat.limb_fails', seq: ['腿|脚|手|腿脚|手脚|膝盖|骨头', '不利索|有事|出事|出问题|有咩事|唔保|不保|难保|就唔保|就不保|不利落|不好使|不灵|不灵活|唔灵活|唔好使|瘸|跛|废了|保不住|断了|站不起来|走不了路|下不了床'], gap: 3, unlessBefore: '机|续|术|表|艺|法|势|提|工|印|稿|写|本|步|头|上|里|段' },
    // Whoever stands in the way pays: "谁拦着谁倒霉", "边个阻住就唔好怪我哋".
    { id: 'violence_threat.whoever_stops', seq: ['谁拦|谁挡|谁敢拦|谁敢挡|谁阻|边个拦|边个挡|边个阻|敢拦|敢挡|敢阻', '倒霉|遭殃|好看|吃亏|不客气|唔客气|后果自负|负责|受伤|挨打'], gap: 6 },
    { id: 'violence_threat.bad_luck', seq: ['有你倒霉|谁倒霉|你就倒霉|你会倒霉|你要倒霉|让你倒霉|叫你倒霉|倒大霉|你就遭殃|谁就遭殃|就要遭殃|你会遭殃|你家遭殃|你家人遭殃|你就衰|你就大镬|大镬了|有排你受'] },
    // Damage to a home, shop or car: "玻璃砸了可别哭", "砸烂你间铺", "烧咗你架车".
    { id: 'violence_threat.damage', seq: ['砸|砸烂|砸碎|砸坏|打烂|打碎|烧|烧了|点火|淋|泼|划|刮花|刮|戳爆|扎破|扎爆', '你家|你屋企|你店|你铺|你门|你车|你的车|你架车|你间铺|你档|你摊|你铺头|你窗|玻璃|窗户|车窗|门窗|招牌|卷闸|大门|家门|门口|轮胎|车胎|铺面|店面'], gap: 3, unlessAfter: '风|雨|冰雹' },
    { id: 'violence_threat.damaged', seq: ['玻璃|窗户|车窗|门窗|招牌|卷闸|大门|家门|轮胎|车胎|铺面|店面|车|人跟车|连人带车', '砸了|砸烂|砸碎|被砸|俾人砸|碎了|碎晒|烂晒|烂咗|碎一地|烧了|着火|爆了|被划|刮花|踹了|踹开|踹烂|撬了|撬开|踢烂|给踹|被踹'], gap: 4 },
    // A shop that will not stay open: "你家那小卖部就别想开了".
    { id: 'violence_threat.shop_closed', seq: ['你家那|你个铺|你间铺|你的店|你家店|你店|你铺头|你档口|你个档|你的摊|你爸妈那间|你爸妈的店|你爸妈那家|你家的店|你家那间', '别想开|开不成|开唔成|开不下去|开唔落去|别想再开|唔使开|不用开'], gap: 6 },
    // "晚上睡觉记得把门锁好": advice that is a warning.
    { id: 'violence_threat.lock_up', seq: ['门|门窗|大门|家门', '锁好|锁紧|关好|锁实|闩好'], gap: 2, unlessAfter: '出|进|入|开|部|专|上' },
    { id: 'violence_threat.lock_up_verb', seq: ['锁好|锁紧|锁实|闩好', '门|门窗|大门|家门|你家门|你屋企门'], gap: 2 },
    { id: 'violence_threat.home_burns', seq: ['你家|你屋企|你店|你铺|你车|你架车|你间铺|你的车|你的店|你铺头', '着火|失火|起火|火灾|烧起来|烧了|被烧|火烧'], gap: 3 },
    // Lying in wait where nobody sees: "我哋会喺停车场等你" (a courier at the gate is none).
    { id: 'violence_threat.wait_hidden', seq: ['停车场|车库|地下车库|楼梯间|楼梯口|楼道|后楼梯|巷口|天桥底|桥底', '等你|堵你|截你|守你|蹲你|等住你|候你'], gap: 4 },
    // The family's routine is known: "你女儿每天放学都一个人走吧".
    { id: 'violence_threat.family_routine', seq: ['你女儿|你闺女|你儿子|你孩子|你小孩|你个仔|你个女|你家孩子|你家小孩|你老婆|你太太|你老公|你爸妈', '一个人|自己一个|几点放学|几点下班|几点出门|几点到家|每天几点|每日几点'], gap: 6 },
    // A blessing that is a warning: "你屋企人出入平安啊" (not "祝您出入平安").
    { id: 'violence_threat.go_safely', seq: ['出入平安|出入小心|出入要小心|出入当心|出入注意'], unlessAfter: '祝|祝你|愿|愿你|祝福|恭祝|敬祝' },
    // A fall wished on the reader: "唔想行路跌亲就快啲还钱", "走路小心别摔断腿".
    { id: 'violence_threat.fall', seq: ['行路|走路|落楼梯|下楼梯|楼梯|出门|出街|夜路|下楼|上楼|过马路', '跌亲|跌倒|跌断|跌一跤|摔倒|摔跤|摔一跤|摔断|摔伤|滑倒|绊倒'], gap: 4, acrossClauses: true },
    // Not a talk but a fight: "我哋唔系嚟倾偈", "我们不是去跟你讲道理的".
    { id: 'violence_threat.not_to_talk', seq: ['不是来|不是去|唔系嚟|唔系去|不会来', '谈|聊|讲道理|讲理|倾偈|倾|讲数|好好说'], gap: 4, negatable: false },
    // Unsafe to go out: "看你家人以后出门还安不安心".
    { id: 'violence_threat.unsafe_out', seq: ['出门|出街|出入|上下班|上学|放学|走夜路', '安不安心|还安心|不安心|安唔安心|安不安全|还安全|不安全|安唔安全|不太平|提心吊胆'], gap: 6 },

    // "有胆就唔好出街": the street is no longer safe for the reader.
    { id: 'violence_threat.dare_go_out', seq: ['有胆|有种|够胆', '唔好出街|唔好出门|别出门|别出街|不要出门|别出来|唔好出嚟|一辈子别出门|永远别出门'], gap: 3, unlessBefore: '见人|见光' },
    // "Brakes are easy to mess with", "we cut your brake lines".
    { id: 'violence_threat.brakes_en', seq: ['brake*', 'mess with|messed with|tamper*|cut|fail*|give out|gave out|stop working'], gap: 16, acrossClauses: true, unlessAfter: 'emergency|hand|parking' },
    { id: 'violence_threat.brakes_cut_en', seq: ['cut|tamper with|mess with|messing with|loosen', 'your brake*|ur brake*|the brake*|his brake*|her brake*'], gap: 2 },
    // "信唔信我让你出门就被车撞": a road accident promised.
    { id: 'violence_threat.run_over', seq: ['让你|叫你|信不信', '被车撞|俾车撞|畀车撞|车撞死|被撞死'], gap: 6 },
    // "不把你腿打折算我输", "将你只手打断".
    { id: 'violence_threat.limb_broken_ba', seq: ['把你|将你|把你的|将你的', '腿|手|脚|手指|狗腿', '打折|打断|打残|打废|打瘸|砍了|剁了|斩了'], gap: 2 },
    // "你那条胳膊就先押在我这儿": a limb held as the pledge (not 你的手机押在这, a phone).
    { id: 'violence_threat.limb_as_pledge', seq: ['你那条胳膊|你条胳膊|你的胳膊|你那只手|你只手|你的手|你那条腿|你条腿|你的腿|你的手指|你一只手|你一条腿', '押在|押喺|抵押|留在我|留喺我|先押|做抵押|当抵押'], gap: 4, unlessBefore: '机|表|续|头|里|艺|术|套|链|镯|提|袋' },
    // "下次见面就不是坐下来聊天了": the talking is over, and what comes next is left unsaid.
    { id: 'violence_threat.no_more_talking', seq: ['下次|上去了|见面|到时候|到时|再来|下回', '就不是|可就不是|可不是|就不会是|不会再是|就唔系|就唔会系', '坐下来|聊天|聊聊|谈谈|好好说|讲道理|倾偈|倾吓|坐低'], gap: 6 },
    // "拿你一只手来抵": a limb as the price.
    { id: 'violence_threat.limb_as_payment', seq: ['拿你|要你|留下|留低', '一只手|一条腿|只手|条腿|一根手指|根手指|一只脚|只脚'], gap: 2 },
    // "你老婆每天走哪条路我们也很熟", "你细佬返学条路我哋都熟".
    { id: 'violence_threat.route_known', seq: ['条路|哪条路|那条路|走哪', '都熟|很熟|好熟|也熟|也很熟|熟得很|熟悉得很|都清楚|都知道|也清楚'], gap: 8, acrossClauses: true },
    // "顺便帮你照顾照顾你那个上小学的儿子": care that is a menace.
    { id: 'violence_threat.look_after_them', seq: ['照顾照顾|关照关照|好好照顾照顾', '@family_zh'], gap: 10 },
    { id: 'violence_threat.look_after_them_after', seq: ['@family_zh', '照顾照顾|关照关照'], gap: 12 },
    // "你夜晚收工最好唔好一个人行".
    { id: 'violence_threat.night_not_alone', seq: ['夜晚|晚上|夜里|深夜|半夜', '最好唔好一个人|最好不要一个人|最好别一个人|别一个人|唔好一个人'], gap: 6 },
    // "Your wife and daughter walk home alone, don't they."
    { id: 'violence_threat.family_alone_en', seq: ['your wife|your daughter|your kids|your son|your children|your mum|your mom|ur wife|ur daughter|ur kids', 'walk home alone|walks home alone|walking home alone|home alone|alone at night'], gap: 16 },
    // "Or one day your kids don't make it home from school": someone who may not come back.
    { id: 'violence_threat.not_home_en', seq: ["don't make it home|dont make it home|doesn't make it home|doesnt make it home|won't make it home|wont make it home|never make it home|not make it home|might not make it home|may not make it home|never makes it home|never come home|never comes home"] },
    // "Or I'll sort you out myself": the collector's own hands.
    { id: 'violence_threat.sort_you_out_en', seq: ['sort you out myself|sort you out personally|deal with you myself|deal with you personally|handle you myself|come and sort you out|come sort you out|sort you out proper|sort u out proper|sort u out'] },
    // "Think about your kids walking home from school": the family's way home, held up as a warning.
    { id: 'violence_threat.think_of_them_en', seq: ['think about|remember|picture|imagine|worry about', 'your kids|your children|your son|your daughter|your wife|your husband|your family|your mum|your mom', 'walking home|on their way|at school|alone at|getting home|coming home'], gap: 4, negatable: false },
    { id: 'violence_threat.harm_en', seq: ['learning to walk|walk again|before somebody makes you|before someone makes you|somebody will make you|someone will make you|rearrange your face|smash your face|kneecap*|hurt|get hurt|be hurt|harm|the hospital|in hospital|to hospital|a hospital bed|hospital bed|emergency room|break your|breaks your|breaking your|broke your|broken legs|teeth out|new set of teeth|new teeth|kneecap*|knee caps|body bag|kill*|beat you|beating you|in an ambulance|need a hospital|break every bone|every bone in your|burying you|bury you|a slap|getting slapped|slap you|broken hand|broken arm|broken leg|will do to you|gonna do to you|wetin go happen|see wetin|we go break|we go beat|we go wound|we go scatter|go scatter your|scatter your face|scatter your head|your head we go|watch himself|watch herself|watch themselves|beat you up|beaten up|kena whack|kena beat*|kena bash*|kena pukul|kena belasah|face also kena|face kena|kneecap also kena|hospital food|need a dentist|need a new dentist|need dentures|regret the day you were born|rue the day|walk out of there the same|walk out the same|won\'t walk out of there|wont walk out of there|beat the|smash*|burn*|shoot|gun|knife|stab*|bleed|dead|die|make you pay|make you regret|teach you a lesson|rough you up|mess you up|watch your back|watch yourself|better be careful|you better watch|accident|not be safe|unsafe|the boys|a couple of guys|some guys|my guys|our guys|my boys|handle it personally|hunt you down|track you down|when we find you|when i find you|don\'t do much talking|do much talking|won\'t like how|you won\'t like|not going to like|not gonna like|when we get there|see what happens|what happens to|bad day|rough day|something happen*|teeth up|teeth in|off the floor|off the pavement|through a straw|thru a straw|something bad might|something bad will|something bad could|something might happen|will not like what|won\'t like what|not like what happens|boys go come|go come greet|with a limp|limping|on crutches|in a wheelchair|walk funny|walking funny|breaking things|break things|break stuff|breaking stuff|break his|break her|break bones|broken bones|lock the doors|lock your doors|lock the door|lock your door|sleep with one eye open|over your shoulder|the hard way|hate for anything|hate for something|break more than|teaches you a lesson|teach you a lesson|someone teaches you|somebody teaches you|don\'t get to you first|dont get to you first|get to you first|paint red|paint it red|red paint|parang|machete|better stay inside|better stay indoors|better stay home|something will happen to|book an ambulance|need an ambulance|call an ambulance|black eye|black eyes|bloody nose|broken nose|fat lip|split lip|busted lip|broken jaw|broken ribs|cracked ribs|in a cast|fingers left|teeth left|count your fingers|lose a finger|lose some fingers|lose your fingers|lose a few fingers|lose a few teeth|lose some teeth|curse the day'], unlessAfter: 'no|not|never', unlessBefore: 'on the wrist|me a|us a|me an|us an|your credit rating|your credit score|your credit record|your credit history|your credit file|your credit report|your credit standing|ur credit score|stay|stays|bill|bills|appointment|appointments|visit|visits|treatment|insurance' },
    // A visit that is not for talking: "we're not coming to talk", "we won't be there to chat".
    { id: 'violence_threat.not_to_talk_en', seq: ['not coming to|not coming over to|not there to|not here to|not going there to|not going over to|won\'t be coming to|not showing up to', 'talk|chat|negotiate|ask nicely|ask politely'], gap: 2, negatable: false },
    // Damage to the home or car: "we paint your door red", "smash your windows".
    { id: 'violence_threat.damage_en', seq: ['paint|painting|spray|spraying|splash|smash*|egg|graffiti|vandalis*|vandaliz*|brick|slash|key|torch|burn|set fire to|kick in|kick down|break down', 'your door|your house|your home|your front door|your windows|your window|your walls|your wall|your gate|your shop|your car|your tyres|your tires|your flat|your apartment|your place|ur door|ur house|ur home|ur car|ur place|ur shop'], gap: 10 },
    // Lying in wait: "we'll be waiting in the parking lot" (not "we are waiting for your payment").
    { id: 'violence_threat.lie_in_wait_en', seq: ['waiting|wait|waitin|be there|catch you|find you|meet you|see you', 'parking lot|car park|parking garage|parking deck|outside|downstairs|out back|dark alley|alley|in the dark|at night|after dark|after work|after your shift|on your way home|when you get off|when you leave|when you get home'], gap: 12, unlessBefore: 'business hours|office hours|the office|our office' },
    // Veiled: "accidents happen", "you never know what might happen", "hope your family stays safe".
    { id: 'violence_threat.veiled_en', seq: ['mag-ingat ka|ingat ka|accidents happen|tend to have accidents|have accidents|have an accident|had an accident|accidents can happen|accidents do happen|things happen to people|things happen to those|bad things happen|watch your step|mind how you go|sleep well tonight|with a cane|on a cane|walking cane|wearing a helmet|wear a helmet|watch your back|look over your shoulder|looking over your shoulder|kena beat|kena beat up|kena whack|kena pukul|kena hantam|kena chop|kena bash|can still walk|still walk properly|walk properly|we pay attention|just so you know we|get off the school bus|off the school bus'], unlessBefore: 'will not|won\'t|wont|do not|don\'t|are not|aren\'t|have not|never' },
    { id: 'violence_threat.never_know_en', seq: ['never know|no telling|never can tell', 'what might|what could|what will|what can|who might|who could'], gap: 2 },
    { id: 'violence_threat.hope_safe_en', seq: ['hope|hoping|make sure|i hope|we hope', 'your family|your kids|your wife|your husband|your children|your daughter|your son|your mom|your parents|ur family|ur kids|ur wife', 'stays safe|stay safe|stay healthy|stays healthy|is safe|are safe|keeps safe|sleep well|sleeps well'], gap: 6 },
    { id: 'violence_threat.shame_if_en', seq: ['shame if|pity if|be a shame|be a pity', 'something|anything|car park|parking lot|parking garage|in the dark|dark alley|on your way home|walking home|happen*|accident|fire|flames|burn*|smash*|scratch*|injur*'], gap: 24 },
    { id: 'violence_threat.make_you_en', seq: ['make you'], unlessBefore: 'an|a|aware|sure|feel|comfortable|understand|an offer|the offer|happy|smile|famous|popular|known' },
    // "I can't promise things stay friendly": the civility that may end.
    { id: 'violence_threat.not_stay_friendly_en', seq: ["can't promise|cant promise|cannot promise|can't guarantee|cant guarantee|cannot guarantee|no promises|won't promise|can't say|don't know if|dont know if", 'stay friendly|stays friendly|remain friendly|remains friendly|stay nice|stays nice|stay civil|stays civil|stay polite|stays polite|stay pleasant|stays pleasant|stay peaceful|stays peaceful|keep it friendly|keep things friendly|keep it civil|keep things civil|be this friendly|be so friendly|be as friendly|be this nice|be so nice|be as nice|be this polite|be so polite'], gap: 12, negatable: false },
    // "Next time it's not your gate, it's you": the damage done so far was the warning.
    { id: 'violence_threat.next_not_property_en', seq: ["next time it's not|next time its not|next time it won't be|next time it wont be|next time it will not be|next time not|next time no be", 'your gate|your door|your car|your window*|your house|your tyre*|your tire*|your shop|your wall|your fence|your property|the gate|the door|the car|the window*|paint'], gap: 2, negatable: false },
    // "出门记得看后面", "走夜路多留意身后": being followed, hinted.
    { id: 'violence_threat.look_behind', seq: ['出门|出街|走路|行路|夜路|回家|下班|上班|返屋企|放学|放工|收工|出入', '看后面|看看后面|看下后面|看一下后面|看身后|看看身后|留意后面|留意身后|注意身后|注意后面|睇住后面|睇下后面|睇后面|睇吓后面|小心后面|小心身后|回头看看|回头望'], gap: 6, acrossClauses: true },
    // "你家那台机车最好每天都检查一下煞车": the reader's vehicle, and its brakes or tyres to check.
    { id: 'violence_threat.brakes_zh', seq: ['你家那|你那台|你那辆|你那部|你的车|你架车|你部车|你台车|你辆车|你的机车|你的摩托|你的电单车|你家的车|你老婆的车|你老公的车|你骑的|你开的', '检查一下刹车|检查刹车|检查下刹车|检查吓刹车|睇下刹车|看看刹车|看一下刹车|刹车线|刹车失灵|刹车坏|刹车不灵|刹车出问题|刹车有问题|检查一下煞车|检查煞车|检查下煞车|检查吓煞车|睇下煞车|看看煞车|看一下煞车|煞车线|煞车失灵|煞车坏|煞车不灵|煞车出问题|煞车有问题|车闸|检查一下轮胎|检查轮胎|轮胎被|车胎被|动了手脚|动手脚|做了手脚|做手脚'], gap: 16, acrossClauses: true, unlessBefore: '片|油|盘|保养|系统|灯' },
    // Chat spellings and sound-alikes count: "we no where u live".
    { id: 'violence_threat.we_know_en', seq: ['know|found out|we know|i know|know exactly|we have|we no|i no|we kno|i kno|we knw|i knw|we noe|i noe|we knoe|knw|kno', 'which pub|what pub|which bar|which club|which church|which mosque|which market|which gym|what gym|which school|what school|which route|your route|your routine|your schedule|what time you leave|what time you get|where u live|where ya live|where u stay|where you stay|wher u live|where u work|where ur|where u r|where u at|ur address|ur house|ur home|ur kids|ur kid|ur wife|ur husband|ur family|ur fam|ur mom|ur mum|ur dad|ur parents|ur daughter|ur son|ur job|ur work|ur car|ur school|where you live|where you work|where your|where you are|your address|where the kids|your daughter|your son|your kids|your children|your wife|your husband|your family|what car|your car|you park|when you get off|you get off at|when you leave|when you finish|what time you|when she leaves|when he leaves|what time your|when your kids|when your wife|when your daughter|when your son|what car she|what car he|where she works|where he works|where she lives|which bus|which train'], gap: 12, unlessBefore: 'called|contacted|informed|told|spoken|sent|notified|messaged|emailed|texted|reached|already|been in touch' },
    // "让你全家都不好过": a life made hard, promised.
    { id: 'violence_threat.make_life_hard', seq: ['让你|叫你|令你|要你|让你全家|叫你全家|让你家人|让你一家', '都不好过|不好过|唔好过|好过不了|不得安宁|冇得安宁|没好日子|冇好日子|生不如死|好睇'], gap: 4 },
    // "你老婆上下班那条路挺偏的": the way someone walks, described as lonely.
    { id: 'violence_threat.lonely_road', seq: ['上下班|放学|回家|返屋企|下班|夜路|那条路|条路|路上', '挺偏|很偏|好偏|偏僻|好黑|很黑|挺黑|没灯|冇灯|没什么人|冇乜人|人少|没人|怕不怕|怕唔怕|惊唔惊'], gap: 6 },
    // "You won't like how that goes", "it won't be a friendly chat": the harm left unsaid.
    { id: 'violence_threat.wont_like_it_en', seq: ["next time it won't be|next time it wont be|won't like how|wont like how|will not like how|won't like what happens|wont like what happens|won't like what|won't be a friendly|wont be a friendly|won't be friendly|not be a friendly chat|won't be pretty|wont be pretty|not going to be pretty|ain't gonna be pretty|won't end well|wont end well|not going to end well|no go like wetin|you no go like|won't like what will happen|won't be gentle|will not be gentle|wont be gentle|will not be a friendly one|won't be a friendly one|not be a friendly one|next time it's you|next time its you|next time it'll be you|next time it will be you|next time is you|next time is not the door|next time not the door|next time it's not the door|next time it won't be the door|no go sweet for your body|e no go sweet|no go sweet for you|showing up angry|show up angry|turn up angry|turning up angry|won't be paint|wont be paint|next time not paint|next time no paint|next time not just paint|next time won't be paint|next time wont be paint|won't be a conversation|wont be a conversation|won't be asking nicely|wont be asking nicely|not be asking nicely|not the talking kind|not the talking type"], negatable: false, unlessBefore: 'a phone call|a call|a text|a letter|an email|a message|a reminder' },
    // "小心出街畀車撞": an accident wished on the reader.
    { id: 'violence_threat.mind_the_traffic', seq: ['小心|当心|因住|留意', '车撞|被车撞|畀车撞|被撞|撞到|出意外|被人打|畀人打|跌亲'], gap: 6 },
    // "真想死的话，我们可以帮你一把".
    { id: 'violence_threat.help_you_die', seq: ['想死|寻死|去死|want to die|wanna die', '帮你一把|帮你|成全你|送你一程|help you|give you a hand'], gap: 10, negatable: false },
    // "你女儿在实验小学三年级二班，我们的人天天路过": the child's school known.
    { id: 'violence_threat.child_school_known', seq: ['你女儿|你闺女|你儿子|你孩子|你小孩|你个仔|你个女|你仔|你囡|你的孩子|你家孩子|your kid*|your son|your daughter|your children|your child', '学校|小学|中学|幼儿园|幼稚园|补习班|班|school|class', '@know_zh|我们的人|我哋啲人|天天路过|每天路过|清清楚楚|我哋清楚|我哋都知|也清楚|也知道|我们也知|we know|we see|we watch'], gap: 16, negatable: false, unlessAfter: '家长|家长群|老师|同学|全班|全校|班主任|和|跟|同', unlessBefore: '主任|级群|群' },
    // Surveillance, then a warning left unfinished: "你住几楼我们都清楚……自己想清楚",
    // "We know which gym you go to … your choice". The detail shows they can reach the reader;
    // the unfinished warning leaves the rest to fear.
    { id: 'violence_threat.watched_then_warned', seq: [`${WATCHED_ZH}|${WATCHED_EN}`, `${LEFT_UNSAID_ZH}|${LEFT_UNSAID_EN}`], gap: 48, acrossSentences: true, negatable: false, unlessAfter: '私立|公立|国际|贵族|高收费|打听一下你现在|打听你现在|打听一下你|打听你|问一下你现在|问问你现在|问你现在', unlessBefore: '的老师|老师|的同学|同学|的家长|家长|teacher*|principal|领导|的领导|知道|怎么抬头|点抬头|抬不起头|抬唔起头|会被人|被人笑|被人指|丢脸|没面子|冇面|也受影响|受影响|受限|找工作|就业|考公|考编|政审|入学|升学|、考公|、找工作|、就业|、考编' },
    // "唔係我哋啲兄弟唔會咁客氣": the politeness that will end. A negation that threatens.
    { id: 'violence_threat.no_longer_polite', seq: ['唔会客气|就唔会客气|落手唔会客气|不会这么客气|唔会咁客气|就不会客气|不会再客气|唔会再客气|没这么客气|冇咁客气|不会那么客气|won\'t be so polite|won\'t be so nice|won\'t be this nice|won\'t stay friendly|wont stay friendly|won\'t stay nice|wont stay nice|won\'t stay polite|won\'t be friendly for long|not stay friendly for long'], negatable: false },
    // "the boys will come and deal with you".
    { id: 'violence_threat.the_boys_en', seq: ['the boys|our boys|my boys|the lads|my guys|our guys|my people|our people', 'deal with you|sort you out|take care of you|handle you|teach you|come for you|come after you'], gap: 16 },
    // "our boys go find you", "the lads will come find you": a gang sent (not "our people", who may be staff).
    { id: 'violence_threat.the_boys_find_en', seq: ['the boys|our boys|my boys|the lads|my lads|our lads|my guys|our guys|some boys|some lads', 'find you|come find you|go find you|will find you|visit you|give you a visit|pay you a visit|come see you|come for you|waiting for you'], gap: 16 },
    // "I'll send someone to take care of you": people sent to do the harm.
    { id: 'violence_threat.send_people_en', seq: ['send someone|send somebody|send some people|send a few guys|send some guys|send the boys|send my boys|send our boys|send people|sending someone|sending some guys|sending the boys|send a couple of guys|send a few people|send a few of my|send round|send over some', 'take care of you|deal with you|sort you out|sort u out|handle you|teach you|rough you up|have a word with you'], gap: 12 },
    // "come down there and sort you out": the collector comes to settle it with his hands.
    { id: 'violence_threat.come_sort_out_en', seq: ['come down|come round|come around|come over|come there|come and|come to your|show up and|turn up and|pop round and', 'sort you out|sort u out|deal with you|rough you up|teach you a lesson'], gap: 20 },
    // "你住哪个小区、开什么车、孩子几点放学，我们都一清二楚": the details listed, then known.
    { id: 'violence_threat.watched_details_known', seq: [`${WATCHED_ZH}|地址|开什么车|开咩车|读边间|读哪个`, '@know_zh|全部有晒|都有晒|全部都有|我哋有晒|都掌握|全掌握'], gap: 24, acrossClauses: true, negatable: false, unlessAfter: '全校|全班|全公司|全单位|全村|全小区|大家|所有人|全部人|人人|周围人|别人|家长|家长群|老师|班主任|同学', unlessBefore: '的老师|老师|的同学|同学|的家长|家长' },
    // "你的人身安全我也不敢保证": safety no longer promised.
    { id: 'violence_threat.safety_not_promised', seq: ["人身安全|你的安全|你家人的安全|家人的安全|你屋企人嘅安全|your safety|your family's safety|your personal safety", "不敢保证|不能保证|保证不了|没法保证|难保|不保证|唔保证|保证唔到|can't guarantee|cannot guarantee|can't promise|cannot promise|won't guarantee"], gap: 6, negatable: false },
    { id: 'violence_threat.safety_not_promised_before', seq: ["can't guarantee|cannot guarantee|can't promise|cannot promise|won't guarantee|不能保证|不敢保证|保证不了", "your safety|your family's safety|your personal safety|你的人身安全|你的安全|你家人的安全"], gap: 4, negatable: false },
    // "你老婆每朝七點半喺巴士站等車，我哋啲兄弟都認得佢": a relative's routine, watched.
    { id: 'violence_threat.family_routine_watched', seq: ['@family_zh|你老婆|你老公|你个女|你个仔|你妹|你女朋友|你妈|你爸', '每朝|每天|每晚|每日|天天|每个礼拜|每个星期', '很熟|都熟|好熟|对吧|对不对|系咪|是不是|那条小路|那条路|挺偏|很偏|人少|没什么人|走的是|认得|认识|知道|盯着|看着|跟着|都见到|都看到|都睇到|认住'], gap: 20, acrossClauses: true, negatable: false },
    // "钱不吐出来，别想站着走回去", "让你横着回家", "下手没轻没重".
    { id: 'violence_threat.leave_lying_down', seq: ['门不开就砸|不开门就砸|不开门就踹|行得返屋企|行唔行得返|走不走得回|走唔走得返|别想完整|别想完完整整|别想好好地走|别想站着走|别想站着出去|别想站着回去|站着进来躺着出去|横着回去|横着出去|横着回家|躺着出去|躺着回去|横住返屋企|下手没轻没重|下手没个轻重|下手不知轻重|下手冇轻重'] },
    // "you and your kids wont feel safe walking home".
    { id: 'violence_threat.not_safe_en', seq: ["won't feel safe|wont feel safe|will not feel safe|won't be safe|wont be safe|will not be safe|never feel safe|not feel safe|never be safe"] },
    // "到府上拜访时会发生什么事，我也不敢保证", "为了您和家人的平安".
    { id: 'violence_threat.cannot_promise_zh', seq: ['会发生什么事|会发生什么|发生什么事', '不敢保证|不能保证|保证不了|不好说|说不准'], gap: 6, acrossClauses: true },
    { id: 'violence_threat.for_your_safety_zh', seq: ['为了你和家人的平安|为了家人的平安|为了你家人的平安|为了你的人身安全|为了你和家人的安全|为了家人的安全'] },
    // "你家巷口那间7-11我天天都会经过".
    { id: 'violence_threat.passing_by', seq: ['你家巷口|你家楼下|你家门口|你家附近|你公司楼下', '天天都会经过|天天经过|每天都经过|每天经过|天天都会路过|天天路过'], gap: 10 },
    // "腿到现在还没好利索": someone else's injury held up as a lesson.
    { id: 'violence_threat.injury_lasting', seq: ['腿|脚|手|腰|骨头|手指', '没好利索|没好利落|还没好|还瘸|还拄|仲未好|仲跛'], gap: 6, unlessBefore: '机|续|术|表|艺|法|势|提|工|印|稿|写|本|步|头' },
    // "叫几个兄弟在楼下等你": a gang lying in wait (a bare "兄弟几个去你家坐坐" is a visit).
    { id: 'violence_threat.the_brothers', seq: ['班兄弟|帮兄弟|几个兄弟|兄弟几个|我们兄弟|我们啲兄弟|啲兄弟|几个人过去|几个马仔', '楼下等|门口等|等你|堵你|截你|你楼下|你家楼下|你小区门口|小区门口等'], gap: 10 },
    // "next time is your legs".
    { id: 'violence_threat.next_time_body_en', seq: ['next time|next visit|next time it|then|after that|starting with|beginning with|start with', 'your legs|your leg|your arms|your knees|your kneecaps|your fingers|your face|your teeth|your hands'], gap: 8, negatable: false },
    // "We will find you, and you will regret it."
    { id: 'violence_threat.find_regret_en', seq: ['find you|track you down|hunt you down|catch you|catch u|lay hands on you|get my hands on you|get our hands on you|jam you', 'regret am|go regret|regret it|be sorry|your family too|your wife too|your kids too|your husband too|wish you had|wish you\'d|wish you never|wish you were'], gap: 48, acrossClauses: true },
    // "哪天你骑车被撞了可别怪我们没提醒": an accident, then "don't say we didn't warn you".
    { id: 'violence_threat.accident_warned', seq: ['被撞|被车撞|俾车撞|畀车撞|出车祸|撞车|被人打|俾人打|被烧|被砸|被泼|被人关心|被人照顾|被人问候|俾人关照|被人关照', '别怪|唔好怪|不要怪|没提醒|冇提醒|别说我'], gap: 10, acrossClauses: true },
    // "多想想她们的安全": the family's safety to think of.
    { id: 'violence_threat.think_of_safety', seq: ['多想想|想想|想一想|谂下|谂清楚|考虑考虑', '的安全|嘅安全|的安危|安危|人身安全'], gap: 8, unlessAfter: '账户|账号|资金|信息|密码|财产|网络|交通|用电|食品|消防' },
    // "到时有咩损伤就唔好怪我哋": an injury foretold, the blame refused.
    { id: 'violence_threat.injury_blame', seq: ['损伤|受伤|伤亡|伤到|伤着', '唔好怪|别怪|不要怪|莫怪|怪不得'], gap: 6 },
    // "我不敢保证你家那辆车明早还是完整的": safety of things and people no longer promised.
    { id: 'violence_threat.intact_not_promised', seq: ['不敢保证|不能保证|保证不了|唔敢保证|唔保证|保唔到', '还是完整|完完整整|完好无损|平平安安|平安无事|安然无恙|还好好的'], gap: 14, negatable: false },
    // "你最好也小心晚上回家的路".
    { id: 'violence_threat.mind_the_way', seq: ['小心|当心|因住|注意', '回家的路|回家路上|晚上回家|夜路|返屋企嘅路|返屋企条路|下班的路|放学的路'], gap: 4 },
    // "你最好唔好自己一个人夜晚返屋企", "夜晚收工一个人行街唔系几安全".
    { id: 'violence_threat.alone_at_night', seq: ['最好|小心|当心|最好唔好|最好不要', '一个人|自己一个|独自', '夜晚|晚上|夜里|深夜|半夜|夜路|夜归|晚归'], gap: 4, negatable: false },
    { id: 'violence_threat.night_alone_unsafe', seq: ['夜晚|晚上|夜里|深夜|半夜|夜路', '一个人|自己一个|独自', '唔系几安全|唔安全|不太安全|不安全|唔太安全|不是很安全|危险|唔系好安全'], gap: 8, negatable: false },
    // "我保证让你以后走路都得扶着墙", "让你真的残废".
    { id: 'violence_threat.crippled', seq: ['让你|叫你|令你|保证你|包你|要你|打到你|打得你', '扶着墙|扶墙|坐轮椅|拄拐|下不了床|起不了床|残废|残疾|瘫痪|瘸'], gap: 10 },
    // "见一次收拾一次".
    { id: 'violence_threat.every_time_seen', seq: ['见一次|见你一次|见一回|见到你一次', '打|收拾|揍|扁'], gap: 2 },
    // "见到你就打", "撞到你就斩".
    { id: 'violence_threat.beat_on_sight', seq: ['见到你|见你|碰到你|遇到你|撞到你|捉到你|抓到你|见到佢|见到他', '就打|就揍|就扁|就斩|就砍|就收拾|打一次|揍一次'], gap: 2, unlessBefore: '电话|给|俾|畀|过来|来|招呼|声招呼|个招呼|个电话' },
    // "你最好祈祷别在街上让我碰到", "唔好俾我撞到你".
    { id: 'violence_threat.not_meet_me', seq: ['别|唔好|不要|千万别|祈祷|祈求', '让我碰到|让我遇到|被我碰到|被我遇到|让我撞见|被我撞见|俾我撞到|畀我撞到|俾我撞见|让我们碰到|被我们碰到|让我们遇到|被我们遇到|俾我哋撞到|畀我哋撞到'], gap: 6, negatable: false },
    // "兄弟们下手可没轻没重".
    { id: 'violence_threat.heavy_hand', seq: ['下手|落手|出手', '没轻没重|没个轻重|不知轻重|冇轻重|冇分寸|没分寸|不留情|唔留情'], gap: 3 },
    // "唔知會對佢做啲咩": what will be done to him, left unsaid.
    { id: 'violence_threat.what_we_do', seq: ['唔知会|不知会|不知道会|唔知我哋会|不知道我们会|难保|唔保证会|不保证会', '对你|对佢|对他|对她|对你家人|对你屋企人', '做啲咩|做咩|做什么|做出什么|做出啲咩|做出咩|做乜'], gap: 4, negatable: false },
    // "大人的事别牵连到孩子", "唔好连累细路": the child named as the one at risk.
    { id: 'violence_threat.child_dragged_in', seq: ['别牵连|不要牵连|唔好牵连|别连累|不要连累|唔好连累|别殃及|牵连到|连累到|殃及', '孩子|小孩|细路|小朋友|你仔|你个仔|你女儿|你儿子|你囡'], gap: 3, negatable: false, unlessBefore: '的|嘅|考|政审|上学|读书|入学|升学|前途|征信|以后|将来|将来的' },
    // "上回有个人拖着不还，后来在医院躺了半个月": another debtor's injury held up as a lesson.
    { id: 'violence_threat.others_in_hospital', seq: ['拖着不还|不还钱|欠钱不还|赖账|赖着不还|唔还钱|走数', '医院躺|躺了医院|住了院|进了医院|进了icu|骨折|断了腿|断咗'], gap: 16, acrossClauses: true },
    // "晚上回家注意脚下": a fall on the way home, foretold.
    { id: 'violence_threat.mind_your_step', seq: ['晚上回家|夜里回家|下班回家|夜路|走夜路|返屋企|夜晚返屋企', '注意脚下|小心脚下|当心脚下|睇住脚|看着脚下'], gap: 10, acrossClauses: true },
    // "I've got two lads outside your flat right now".
    { id: 'violence_threat.lads_outside_en', seq: ['lads|boys|two guys|couple of guys|some guys|a few guys|my guys|our guys', 'outside your|outside ur|at your door|at ur door|waiting outside'], gap: 6 },
    // "Tell your wife I said hi. She walks the dog around 7": a relative's routine, watched.
    { id: 'violence_threat.family_routine_en', seq: ['your wife|your husband|your daughter|your son|your kids|your mum|your mom|your mother|ur wife|ur daughter|ur kids', 'walks the dog|walk the dog|walks home|goes jogging|goes running|catches the bus|takes the bus|leaves work at|leaves the house at|gets off work at|picks the kids up|picks up the kids|drops the kids'], gap: 40, acrossSentences: true, negatable: false },
    // "想手脚齐全就快啲还钱".
    { id: 'violence_threat.limbs_whole', seq: ['想|要|保住|留住', '手脚齐全|四肢健全|手脚完整|四肢齐全'], gap: 3 },
    // "你女儿在实验小学读三年级？挺可爱的": the child's school, then praise that chills.
    { id: 'violence_threat.child_school_praised', seq: ['你女儿|你闺女|你儿子|你孩子|你小孩|你个仔|你个女|你仔|你囡|your daughter|your son|your kid*', '学校|小学|中学|幼儿园|幼稚园|年级|school', '挺可爱|好可爱|真可爱|几可爱|蛮可爱|很可爱|好乖|挺乖|so cute|very cute|how cute|pretty little'], gap: 16, acrossSentences: true, negatable: false },
    // "打到你阿妈都认唔到你", "揍得你妈都不认识": beaten past recognising.
    { id: 'violence_threat.beaten_unrecognisable', seq: ['打到|打得|揍到|揍得|打成|揍成|扁到|扁成|整到', '认唔到|认不出|认唔出|认不得|不认识|唔认得|认不出来'], gap: 10 },
    // "你儿子……路上可得看紧点", "你老婆出入小心点": care urged about the reader's family (not "小心诈骗电话").
    { id: 'violence_threat.family_careful', seq: ['你家人|你家里人|你老婆|你太太|你老公|你女儿|你闺女|你儿子|你孩子|你小孩|你爸妈|你父母|你屋企人|你个仔|你个女|你囡|你仔|老婆孩子|老婆仔女|你老母|你老豆', '看紧点|看紧啲|看紧|看好了|看好点|看好啲|小心点|小心啲|当心点|可得小心|要小心|可要小心|注意点|睇实|睇住啲|出入小心|出门小心|留神'], gap: 28, acrossClauses: true, unlessBefore: '诈骗|骗子|受骗|上当|陷阱|冒充|假冒|身体|健康|感冒|饮食' },
    // "家里人安全你自己掂量": the family's safety left for the reader to weigh.
    { id: 'violence_threat.family_safety_weigh', seq: ['家人|家里人|屋企人|老婆孩子|老婆仔女|一家老小', '安全|安危|平安', '掂量|想清楚|看着办|自己想|好自为之|考虑清楚|自己谂|谂清楚|自己考虑'], gap: 6, acrossClauses: true },
    // "再唔还就叫人招呼你", "找几个兄弟伺候你": people sent to "greet" the reader (not "打个招呼").
    { id: 'violence_threat.send_to_greet', seq: ['叫人|找人|派人|揾人|叫兄弟|找兄弟|叫班兄弟|叫几个人|找几个人|带人|带兄弟|叫啲人|几个兄弟', '招呼你|招呼下你|招呼吓你|招呼一下你|伺候你|侍候你|伺候一下你|关照你|关照一下你|修理你|教训你|收拾你'], gap: 4, unlessAfter: '打|打个|打声|打下' },
    // "上一个拖着不还的什么下场": the last debtor's fate held up.
    { id: 'violence_threat.last_guy', seq: ['上一个|上个人|上个欠|上个不还|上个赖|之前那个|上次那个|之前有个|上回有个|上次有个|前面那个|上一位|之前那位', '什么下场|咩下场|啥下场|怎么样了|点样了|进了医院|医院躺|躺医院|还在医院|瘸了|残了|残废|没好利索|拄拐'], gap: 20, acrossClauses: true },
    // "出门腿脚利索点": legs that had better stay quick.
    { id: 'violence_threat.legs_nimble', seq: ['出门|出街|走路|行路|下楼|上下班|回家|返屋企|夜路', '腿脚利索|腿脚灵活|腿脚麻利|手脚利索|脚下利索'], gap: 4 },
    // "U know what happen last time to the other guy", "ask the last guy who tried that".
    { id: 'violence_threat.last_guy_en', seq: ['what happen*|what happened', 'to the other guy|to the last guy|to the last one|to the last person|to the last fella|to the guy before|the other guy|the last guy|the last fella|the last bloke|the last person who|to that guy|to the other fella'], gap: 16 },
    { id: 'violence_threat.end_up_like_en', seq: ['end up like|ending up like|go the same way as|end up the same as', 'the last guy|the other guy|that guy|the last one|the last person|the last fella|the last bloke'], gap: 4 },
    // "Tell your wife to be careful walking the kids to school" (not "be careful with scam calls").
    { id: 'violence_threat.family_careful_en', seq: ['tell your wife|tell your husband|tell your kids|tell your mum|tell your mom|tell your mother|tell your daughter|tell your son|tell your family|tell your missus|tell your girlfriend|tell ur wife|tell ur family|your wife should|your kids should|your family should|your wife better|your kids better|your family better|your wife had better', 'be careful|careful|watch out|watch her step|watch his step|watch their step|stay safe|be safe|look out|keep safe|lock the|stay inside|stay indoors|watch her back|watch his back|watch their back'], gap: 12, unlessBefore: 'with|of|about|online|on the phone|for scam*' },
    // "Be careful walking home at night", "careful on the school run".
    { id: 'violence_threat.careful_route_en', seq: ['be careful|careful|watch yourself|watch out|stay alert|look out|mind yourself', 'walking home|walk home|on your way home|on the way home|at night|after dark|in the dark|late at night|walking alone|when you leave work|leaving work|in the car park|in the parking lot|on the stairs|crossing the road|crossing the street|driving home|the school run|walking the kids|taking the kids|picking up the kids|pick up the kids|to school|from school|school gate'], gap: 12, unlessBefore: 'with|of|about' },
    // "Keep an eye on your kids", "keep your family indoors".
    { id: 'violence_threat.eye_on_family_en', seq: ['keep an eye on|keep a close eye on|watch over|keep a tight hold on|hold on tight to', 'your family|your wife|your kids|your children|your daughter|your son|your husband|your parents|your mum|your mom|your little ones|ur family|ur wife|ur kids|ur daughter|ur son'], gap: 2 },
    { id: 'violence_threat.keep_inside_en', seq: ['keep', 'your family|your wife|your kids|your children|your daughter|your son|your husband|your parents|your mum|your mom|your little ones|ur family|ur wife|ur kids|ur daughter|ur son', 'close|inside|indoors|at home|off the streets|near you'], gap: 2 },
    // "Your family also not safe".
    { id: 'violence_threat.family_not_safe_en', seq: ['your family|your wife|your kids|your children|your daughter|your son|your husband|your parents|your mum|your mom|your little ones|ur family|ur wife|ur kids|ur daughter|ur son', "not safe|no safe|not be safe|also not safe|won't be safe|wont be safe|not gonna be safe|not going to be safe|no longer safe|not so safe"], gap: 8, negatable: false },
    // "You will not walk straight for a week", "your own mother won't recognise you": the harm said through a negation.
    { id: 'violence_threat.cant_walk_en', seq: ["not walk straight|won't walk straight|wont walk straight|can't walk straight|not be walking straight|won't be walking|won't be able to walk|wont be able to walk|not be able to walk|never walk again|won't walk again|unrecognisable|unrecognizable|dental records|won't recognise you|won't recognize you|wont recognise you|wont recognize you|wouldn't recognise you|wouldn't recognize you|wish you were never born|wish you'd never been born|wish you had never been born|wish you were dead|wish you'd never met me|wish you never met me|wish you'd never met us|wish you never met us|never heard my name|visit you won't forget|lesson you won't forget|night you won't forget|visit you will not forget|lesson you will never forget|visit you will never forget|sometimes have accidents|often have accidents|accident-prone|accident prone"], negatable: false },
    // "Still attached to your fingers?", "if you want to keep your kneecaps".
    { id: 'violence_threat.body_part_en', seq: ['still need|still want|want to keep|like to keep|wanna keep|fond of|attached to|enjoy using|enjoy having|use of', 'your fingers|your hands|your legs|your knees|your kneecaps|your teeth|your arms|ur fingers|ur legs|ur hands|ur knees|ur teeth'], gap: 4 },
    // "别等腿折了才想起来还钱", "你的手哪个先坏掉": a body part and what befalls it.
    { id: 'violence_threat.body_part_harmed', seq: [BODY_ZH, BODY_HARMED_ZH], gap: 3, unlessAfter: OWN_INJURY_ZH, unlessBefore: `${LIMB_IN_A_WORD_ZH}|部|续费` },
    // "下班路上不会太平", "出门在外的，腿脚磕了碰了可没人管你": the way home made dangerous.
    { id: 'violence_threat.way_made_unsafe', seq: [WAY_ZH, WAY_DANGER_ZH], gap: 8, unlessAfter: OWN_INJURY_ZH },
    // "我保证你全家没一个能平平安安的", "你家人还能不能安稳": the family's safety put in doubt (not "祝你全家平安").
    { id: 'violence_threat.family_safety_doubted', seq: [FAMILY_ZH, DOUBTED_ZH, SAFE_ZH], gap: 10, negatable: false },
    // "我们的人经常路过那边": people who pass by where the family is, often.
    { id: 'violence_threat.crew_passes_by', seq: ['我们的人|我们兄弟|我们的兄弟|兄弟们|我的人|我哋啲人|我哋兄弟', '经常|天天|每天|时不时|常常|日日|成日|一直', '路过|经过|在那边|在附近|出没|转悠|转转|盯着'], gap: 4 },
    // "unless you fancy needing a dentist": the treatment the harm will call for.
    { id: 'violence_threat.needs_treatment_en', seq: ['need|needing|needs|gonna need|going to need|will need|be needing', 'a dentist|new teeth|a new set of teeth|an ambulance|stitches|crutches|a wheelchair|a plastic surgeon|a new face|hospital food'], gap: 2 },
    // "ur kids wont b safe walkin home": safety outdoors taken away.
    { id: 'violence_threat.unsafe_outside_en', seq: ["won't be safe|wont be safe|wont b safe|won't b safe|will not be safe|not be safe|ain't safe|aint safe|never be safe|not gonna be safe|not going to be safe", 'walking|walkin|home|outside|at night|after dark|on the way|out there|on the street|on the streets|anywhere'], gap: 3 },
    // "Your choice how that goes", "you won't like how it ends": the outcome left to the reader's dread.
    { id: 'violence_threat.how_it_goes_en', seq: ["your choice|your call|up to you|you decide|you choose|won't like|wont like|not going to like|not gonna like", 'how this goes|how that goes|how it goes|how this ends|how that ends|how it ends|how this plays out|how it plays out'], gap: 2 },
  ],
};
