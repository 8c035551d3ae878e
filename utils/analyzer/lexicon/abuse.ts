import type { LabelRules } from './types';

const INSULT_ZH =
  '没路用|烂咖|sb你|你sb|真sb|大sb|sb一个|烂赌鬼|赌鬼|你这种东西|教出你这种|老赖|还算是个人吗|你还算是人吗|擦屁股|欠钱的孙子|你个孙子|你这个孙子|你这孙子|没信用的东西|契弟|给你脸了|给脸不要脸|你也配|这种人也配|还有没有脸|有没有脸见人|脸都不要|浪费空气|活着就是浪费|恶心|唔要面|不要面子|唔要脸|怂包|冇廉耻|没廉耻|不知廉耻|脸皮怎么这么厚|脸皮真厚|脸皮厚|厚脸皮|还是个男人吗|还是不是男人|算什么男人|没家教|没教养|有娘生没娘养|你爸妈就是这样教你的|装孙子|示众|sb东西|sb玩意|你个sb|你这个sb|cnm|nmsl|mlgb|嘴脸|龟儿子|瓜娃子|憨批|沙雕|缩头乌龟|缩头龟|铁公鸡|孤寒鬼|孤寒种|孤寒佬|俗仔|缩骨仔|缩骨鬼|缩骨佬|不要脸|臭不要脸|垃圾|废物|废柴|骗子|无赖|人渣|败类|贱人|下贱|犯贱|滚开|给我滚|滚蛋|他妈|他妈的|tmd|操你|草你|狗东西|狗杂种|畜生|畜牲|王八|王八蛋|混蛋|傻逼|傻b|煞笔|白痴|蠢货|蠢猪|猪头|烂人|仆街|扑街|衰人|冚家铲|废人|窝囊废|穷鬼|活该|欠揍|孬种|寄生虫|厚颜无耻|无耻|死皮赖脸|赖皮|丢人|丢脸|没脸|见不得人|点见人|怎么见人|还有脸|下场|货色|什么东西|不是人|没良心|良心被狗|骗吃骗喝|死全家|全家死|一屁股债|臭婊子|婊子|去死|死骗子|烂仔|衰仔|败家|短命|冇脸|冇面|睇你点|睇你仲点|看你怎么见|看你还怎么见|看你还怎么做人|看你还怎么混|看你还怎么抬头|看你还怎么出门|看你还有什么脸|看你有什么脸|废青|废老|死老嘢|死老鬼|死扑街|死仆街|戆居|戆鸠|柒头|黐线|痴线|神经病|脑残|智障|弱智|聋了|你聋了|聋了还是|你瞎了|瞎了眼|死了还是|还是死了|死了吗|死了没|死哪去了|死去哪|死到哪|死咗去边|死咗未|哑巴了|聋子|狗娘养|狗日的|龟孙子|王八羔子|白眼狼|狼心狗肺|忘恩负义|过河拆桥|不知羞耻|干你娘|干恁娘|干你妈|你娘的|他娘的|去你娘|屌你|丢你老母|顶你个肺|食屎|粉肠|蛋散|贱格|死蠢|八婆|死人头|乞儿|老千|北七|白目|低能|鳖孙|瘪三|兔崽子|贱骨头|禽兽|猪狗不如|渣滓|社会渣滓|蛀虫|社会的蛀虫|下三滥|冚家富贵|人品极差|人品太差|人品低劣|毫无诚信|毫无信用|毫无人品|还算个人吗|还算个人|算个人吗|还是人吗|还是个人吗|做个人吧|做个人啊|做个人好吗|做个人好不好|做返个人|死赖账|死赖皮|死老赖|还要脸|仲要唔要面|要唔要脸|要脸吗|要不要脸|要点脸|骗纸|关我屁事|关你屁事|屁事|光辉事迹|没品|冇品|米虫|脸还要不要|没出息|冇出息|就你最出息';
const INSULT_EN =
  'make me sick|gutless|spineless|thick skin|thick-skinned|thick skinned|thick face|mwizi|kang hiya|no get shame|you are fraud|you are a fraud|you be fraudster|cheap fellow|useless fellow|shameless fellow|mjinga|mpumbavu|honestly embarrassing|it\'s embarrassing|its embarrassing|how embarrassing|embarrassing that|cheap beggar|beggar|what kind of mother|what kind of father|what kind of parent|pundek|bodoh|makes me sick|like a rat|you rat|what a joke you are|you are a joke|you\'re a joke|are you even a man|call yourself a man|ode|mumu|olodo|foolish man|foolish woman|foolish fellow|kapal ng mukha|walang hiya|walanghiya|magnanakaw|shameless|deadbeat*|muppet|skelm|numpty|plonker|wanker|tosser|bludger|scrounger|dead beat|scumbag*|scum|loser*|pathetic|coward*|liar*|lying|cheat|cheater*|cheating|thief|thieves|crook*|worthless|useless|piece of shit|piece of crap|piece of garbage|idiot*|stupid|moron*|dumb|dumbass|fuck*|f*ck*|f**k*|f***|fck*|fcking|shit*|sh*t|damn|goddamn|bitch*|b*tch|bastard*|asshole*|a**hole|trash|garbage|parasite*|lowlife|low life|freeloader*|leech*|bum|bums|disgrace*|disgusting|shame on you|good for nothing|no good|sleazebag|scammer*|degenerate*|clown|jackass|dirtbag|waste of space|subhuman|an embarrassment|fool|fools|ungrateful|chronic debtor|serial debtor|debt dodger|lao lai|laolai|cheapskate*|tightwad*|skinflint*|penny pincher|moocher*|sponger*|welcher|welsher|is a fraudster|are a fraudster|you fraudster|u fraudster|a fraudster who|known fraudster|such a fraudster|you\'re a fraudster|ur a fraudster|fraudster like you|should be ashamed|i\'d be ashamed|i would be ashamed|i\'d be embarrassed|i would be embarrassed';
// Scorn that reads as a denial: "Nobody likes a freeloader", "没人看得起老赖" — the insult stands.
const NOBODY_LIKES = 'nobody likes|no one likes|nobody trusts|no one trusts|nobody respects|no one respects|nobody wants|no one wants|没人喜欢|没有人喜欢|冇人钟意|没人看得起|没有人看得起|冇人睇得起|谁都看不起|谁都瞧不起|没人同情|没有人同情|冇人同情';

/** Insults, profanity and humiliation. */
export const ABUSE: LabelRules = {
  label: 'abuse',
  rules: [
    {
      id: 'abuse.insult',
      seq: [INSULT_ZH],
      unlessBefore: '短信|信息|分类|邮件',
    },
    { id: 'abuse.nobody_likes', seq: [NOBODY_LIKES, INSULT_ZH + '|' + INSULT_EN], gap: 8, negatable: false },
    // A debtor called a dog or a ghost: "走数狗", "欠钱鬼", "借钱不还的狗".
    { id: 'abuse.debt_name', seq: ['走数|赖账|赖数|欠债|欠钱|欠数|不还|唔还|骗钱|赖皮', '狗|鬼|佬|的狗'], gap: 0 },
    // Humiliation as a taunt: "看你以后还怎么做人", "睇你仲点出街见人".
    { id: 'abuse.taunt', seq: ['看你|睇你|看你们', '怎么做人|点做人|做不做人|怎么见人|点见人|怎么抬头|点抬头|抬得起头|怎么出门|点出街|怎么混|点混|还有脸|仲有面|有什么脸|有咩面'], gap: 6 },
    // "你妈的" as a curse, not "你妈的电话" / "备注“妈”的那个号码".
    { id: 'abuse.mother_curse', seq: ['妈的'], unlessBefore: '电话|号码|手机|微信|联系|那个|号|家|那边|身体|病|事|钱|名|朋友|同事|单位|面', unlessAfter: '阿|爸|老|姑|舅|姨|后|干|亲|奶|姥' },
    { id: 'abuse.fuck', seq: ['操'], unlessBefore: '作|心|场|劳|办|守|练|持|控|盘|点心', unlessAfter: '体|节|情|早|出|会' },

    {
      id: 'abuse.insult_en',
      seq: [INSULT_EN],
      unlessBefore: 'alert|collection|day|bin|can|disposal|removal|pickup|charge|charges|case|cases|complaint|under|u/s|section|in hospital|in the hospital|in a hospital|in bed|on the floor|on the ground|in wait|low|in the icu',
      // "file FIR against you for cheating": a charge named, not an insult.
      unlessAfter: 'for|constitutes',
    },
    // "Dont test us bloody cheater": the name stands, whatever negation comes before.
    { id: 'abuse.bloody_en', seq: ['bloody|dirty|filthy|lying', 'cheat|cheater*|liar*|thief|crook*|idiot*|fool|scammer*|bastard*|bum|beggar|rat|dog'], gap: 1, negatable: false },
    // Photos doctored or branded to shame: "your morphed photos go to every contact", "your photo captioned 'DEADBEAT'".
    { id: 'abuse.shaming_photo_en', seq: ['morphed|obscene|nude|naked|photoshopped|edited|doctored', 'photo*|pic*|picture*|image*|video*'], gap: 1 },
    { id: 'abuse.branded_photo_en', seq: ['your photo*|your pic*|your picture*|your face|your image|ur photo*|ur pic*', 'stamped|poster|captioned|branded'], gap: 40, acrossClauses: true },
    // "your face P'd onto nude photos", "照片P成通缉令".
    { id: 'abuse.doctored_photo', seq: ['p到|p成|p在|合成|ps成|ps到', '裸照|通缉令|遗照|色情'], gap: 4 },
    { id: 'abuse.morph_en', seq: ['morph*', 'photo*|pic*|picture*|image*|video*'], gap: 6 },
    // "脸皮真够厚的", "脸皮是真厚".
    { id: 'abuse.thick_face', seq: ['脸皮', '真厚|够厚|是真厚|可真厚|真够厚|好厚|很厚|太厚|厚过|咁厚|这么厚|比城墙还厚|比城墙厚'], gap: 3 },
    // "脸皮比城墙还厚".
    // "孙子，欠钱不还还躲是吧": the reader hailed as a grandson.
    { id: 'abuse.grandson_hail', seq: ['孙子,|孙子!|孙子。'], clauseStart: true },
    // "标上“诈骗犯”三个字": a shaming tag put on the reader.
    { id: 'abuse.branded_tag', seq: ['标上|标注|写上|贴上|打上|印上|配上|冠上|标明', '诈骗犯|骗子|老赖|欠钱不还|赖账|通缉犯|逃犯'], gap: 4 },
    // "你这种借钱不还的诈骗犯" (not "涉嫌诈骗犯罪").
    { id: 'abuse.you_such_a', seq: ['你这种|你这样的|像你这种|你这个|你们这种|你这号', '诈骗犯|小偷|强盗|乞丐|叫花子|吸血鬼'], gap: 8, unlessBefore: '罪' },
    // "a grown man who can't cover $90": shamed for failing as an adult.
    { id: 'abuse.grown_adult_en', seq: ['grown man|grown woman|grown adult|grown-ass|grown ass|a man your age|a woman your age|someone your age|at your age', "who can't|who cant|who cannot|that can't|and can't|and still can't|can't even|cant even|who still can't|still can't|unable to|hiding from|hiding like"], gap: 4, negatable: false },
    { id: 'abuse.thick_skinned', seq: ['脸皮比城墙还厚|脸皮真厚|脸皮厚|厚脸皮|厚颜无耻'] },
  ],
};
