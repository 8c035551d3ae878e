import type { LabelRules } from './types';

/**
 * Contacts, or threatens to contact, the reader's family, friends, employer, colleagues,
 * address book or emergency contacts — including by hinting ("你单位领导应该不想知道吧",
 * "your boss wouldn't want to hear about this") and by shaming in public.
 */
export const THIRD_PARTY_CONTACT: LabelRules = {
  label: 'third_party_contact',
  rules: [
    { id: 'third_party_contact.contact_them', seq: ['@contact_verb_zh', '@third_party_zh'], gap: 8 },
    { id: 'third_party_contact.them_contacted', seq: ['@third_party_zh', '@contact_verb_zh|电话|的电话|手机号|号码|联系方式|座机|微信'], gap: 8 },
    { id: 'third_party_contact.in_front_of', seq: ['当着|当住|当面告诉|当众', '@third_party_zh|大家|所有人|众人'], gap: 2 },
    { id: 'third_party_contact.told_them', seq: ['跟|和|同|向|对', '@third_party_zh', '说|讲|讲了|说了|提|提过|反映|讲过|说过|聊|倾|讲清楚|说清楚|讲明'], gap: 2 },
    { id: 'third_party_contact.seek_them', seq: ['找|揾|去找|去揾|问', '@third_party_zh'], gap: 2 },
    { id: 'third_party_contact.address_book', seq: ['通讯录|爆通讯录|爆通|通讯录好友|联系人名单|紧急联系人|亲友团'] },
    { id: 'third_party_contact.everyone_knows', seq: ['让|叫|等|令', '@third_party_zh|所有人|大家|全世界|人人|全村|全校|全班|全小区|整个公司|整个小区|整栋楼|全部人', '知道|看看|认清|看清|晓得|睇|睇吓|评评理|了解'], gap: 6 },
    { id: 'third_party_contact.let_them_know', seq: ['俾|让|给|畀|叫', '@third_party_zh', '知|知道|晓得'], gap: 2 },
    { id: 'third_party_contact.they_would_know', seq: ['@third_party_zh', '不想知道|应该不想|知道了会|知道吗|知道你|会怎么想|怎么看你|知不知道|晓得吗|知唔知|想知道|也想知道|知道这件事|知道这事'], gap: 8 },
    { id: 'third_party_contact.listed_as_contact', seq: ['填写|填了|填咗|填|留了|留的|预留的|登记的|写了|列为', '紧急联系人|联系人|联络人|担保人|保证人'], gap: 6 },
    { id: 'third_party_contact.your_person_borrowed', seq: ['你朋友|你的朋友|您的好友|你的好友|您的朋友|你同事|你的同事|您的同事|你家人|您的家人|贵司员工|贵公司员工|贵单位员工|你员工|你亲戚|你嘅朋友', '借|欠|逾期|走数|拖欠|未还'], gap: 14 },
    { id: 'third_party_contact.job_threat', seq: ['让你|叫你|害你|你会|你就会|等着|睇住', '待不下去|混不下去|干不下去|呆不下去|丢工作|丢了工作|丢饭碗|失业|被开除|被辞退|炒鱿鱼|卷铺盖|冇工开'], gap: 8 },
    { id: 'third_party_contact.job_at_stake', seq: ['保不住工作|保住工作|保住饭碗|炒你鱿鱼|lose your job|get fired|get you fired|your job at risk|your job on the line|cost you your job'] },
    { id: 'third_party_contact.posted_to_group', seq: ['贴满|贴在|发到|发在|发去|贴到|挂到|传到|发上|放到|送到', '楼下|门口|群|群里|业主群|朋友圈|网上|微博|抖音|公司群|家族群|小区群|同学群|村委会|居委会|物业|社区'], gap: 8 },
    { id: 'third_party_contact.at_their_place', seq: ['去|到|找', '她单位|他单位|她公司|他公司|她学校|他学校|她家|他家|她工作的地方|他工作的地方'], gap: 2 },
    { id: 'third_party_contact.at_school', seq: ['学校|放学|小学|幼儿园|中学|上学|补习班|国小|国中', '等她|等他|找她|找他|接她|接他|跟她|跟他|找你女儿|找你儿子|找你孩子|打个招呼|打招呼|走一趟|那边'], gap: 8 },
    { id: 'third_party_contact.shaming', seq: ['抬不起头|身败名裂|名声扫地|曝光|公开你|挂到网上|发到网上|发到朋友圈|发到群里|发到微信群|逾期公告|欠债公告|曝光公告|街招|贴街招|大字报|拉横幅|横幅|游街|人肉|发你的照片|你的照片|身份证照片|p图|发传单|派传单|传单|写大字|喷字|喷漆|油漆字'] },
    { id: 'third_party_contact.everyone_knows_now', seq: ['全村人|全村|全公司|全家人|所有人|大家|身边的人|邻居们|街坊们|亲戚们|同事们|全校', '都知道|都晓得|都看到|都在传|都知|都听说'], gap: 2 },

    { id: 'third_party_contact.contact_them_en', seq: ['@contact_verb_en', '@third_party_en'], gap: 22 },
    { id: 'third_party_contact.they_would_know_en', seq: ['@third_party_en', "wouldn't want to|would not want to|would love to|would like to|might want to|would be interested|would hate to|should know|deserves to know|ought to know|needs to know|need to know|going to hear|gonna hear|going to know|gonna know|find out|finds out|learn about|hear about|to know about|will know|will hear|know about|knows about|is going to|are going to|wonder*|found out|finding out|heard|learned|learnt|discovered|about to|may want to|will want to|sit in|gets a call|get a call|will get a call|receive a call|receives a call|hear from us|hears from us|will be contacted|gets contacted|be notified|gets notified|to learn|learn that|learn you|be thrilled|be pleased|be happy to hear|be impressed|be surprised|to hear|to see|find it|be interested"], gap: 24 },
    { id: 'third_party_contact.everyone_knows_en', seq: ['everyone|everybody|people at|the whole|people you know|whole town|whole neighborhood|whole office', 'hear*|know*|find out|finds out|see*|learn*'], gap: 24 },
    { id: 'third_party_contact.their_details_en', seq: ['@third_party_en', "'s number|'s phone|'s address|'s email|number|phone number|phone numbers|numbers|contact details|address|email|details"], gap: 2 },
    { id: 'third_party_contact.listed_as_reference_en', seq: ['listed as a reference|as a reference|as an emergency contact|listed you as|as a contact for|your relative|gave your number|gave us your number|as their reference|as his reference|as her reference|as references|listed as references|you listed as|people you listed|your references'] },
    { id: 'third_party_contact.shaming_en', seq: ['tell everyone|tell everybody|post about|post it|posting about|social media|facebook page|on facebook|on instagram|on twitter|public*|expose*|shame you|shaming you|wanted poster*|flyer*|billboard'], unlessAfter: 'not' },
  ],
};
