import type { LabelRules } from './types';

// Parties the reader is asked to get in touch with: the sender's side, never the reader's family.
const US_ZH = '专属客服|专属专员|专属顾问|专属经理|我|我们|我司|本行|我行|本公司|本所|客服|专员|承办人|委托人|我处|本中心|我方|书记官|在线客服|客户经理|经办人|银行|信用卡中心|律师|书记员|法官|承办法官|调解员|法务|对接人|工作人员|坐席|业务员|客服人员|催收员|委托方|债权人|贷款机构|服务部|客服部|服务中心|按揭部|按揭服务部';

/** Asks the reader to call back, reply or get in touch. */
export const CONTACT_REQUEST: LabelRules = {
  label: 'contact_request',
  rules: [
    // Not "请打开APP", "请拨冗缴纳".
    { id: 'contact_request.call_back', seq: ['覆返个电话|覆返电话|覆个电话|打返俾我哋|覆机|复机|回电|回电话|回个电话|回我电话|回拨|来电|致电|拨打|请拨|请打|打给我|打我电话|打我手机|call我|打返|覆电|回复电话|电联|拨回|打个电话过来|打电话过来|打个电话给我|来个电话'], unlessBefore: '给你|录音|显示|记录|开|冗|不接|都不接|也不接|唔听|话不接|话都不接|话也不接|话唔听', unlessAfter: '多次|曾|曾经|已|已经|屡次|数次|及|天天|每天|日日|成日|一直|老是|总是|经常|不停|整天|成天' },
    // 搵我 is Cantonese for 找我. The reader's own past contact ("您主动联系我行后") asks nothing.
    { id: 'contact_request.get_in_touch', seq: ['联系|联络|洽|咨询|询问|详询|洽询|联系回复|找|搵|添加|加', US_ZH], gap: 2, unlessBefore: '的家人|家人', unlessAfter: '后主动|已主动|曾主动|已经主动|已|已经|曾|曾经|之前|联络人|联系人|哭着来|哭着|跪着来|跪着|求着来|哭住来|别|别再|不要|不要再|唔好|别来|不要来|唔好嚟|别再来|不用来|又来|又' },
    // Not "别跟我说没钱", nor what was said: "已经跟我们说了".
    { id: 'contact_request.talk_to_us', unlessAfter: '别|不要|唔好|少|甭|不用|别再|已经|已', unlessBefore: '了|过|屏幕共享|共享屏幕|屏幕|视频|开视频', seq: ['与|跟|和|同|向', US_ZH, '联系|联络|沟通|商讨|协商|商量|聊|交流|面谈|核实|核对|说|讲|倾|讲一声|说一声|说明|反馈|确认|谈|联系处理|对接'], gap: 6 },
    // Not "多次电话提醒均无回应", "请勿直接回复".
    { id: 'contact_request.reply', seq: ['回复|回覆|覆返|复返|回话|回句话|吱声|吱一声|回信息|回消息|回短信|回我|覆我|回一下|留言|回应|答复|来信|来函|来邮|电邮至|电邮我|发邮件|写信给|你覆个|覆个ok|回个ok|回复ok|覆我whatsapp'], unlessBefore: 't|td|退订|区|板', unlessAfter: '成日唔|一直唔|从来唔|成日都唔|总是不|老是不|一直不|从来不|仍未|尚未|至今未|一直未|从未|从来没有|一直没有|一直冇|收到|你的|阁下的|阁下|感谢|谢谢|多谢|感谢您的|均无|都无|毫无|请勿|勿|切勿|请勿直接|勿直接|不要直接|无需直接|未获|迄今未获|未有|无需|无须|毋须|不必|不用' },
    // 请致函本公司 asks for a letter; 本行致函阁下 is the sender writing.
    { id: 'contact_request.write_to_us', seq: ['致函'], unlessBefore: '阁下|台端|你|贵|如下|及', unlessAfter: '一事|事宜|特此|就此|现' },
    // A short reply asked for (回个1, 回个好, 回个话); 退回个人账户 is not one.
    { id: 'contact_request.reply_short', seq: ['回个'], unlessBefore: '人|体|电话', unlessAfter: '退|返|收|寄|撤|取|召|赎|拿|追|打' },
    // Send a receipt or a word to a chat number: 截图WhatsApp至5408 1937, 发到我微信; paying
    // through it (微信转给我) is no request to talk.
    { id: 'contact_request.chat_app_to', seq: ['whatsapp|wechat|微信|line|telegram|signal|短信|sms|电邮|email', '至|到|给|俾|去', '#|我|我们|本公司|专员|客服'], gap: 2, unlessAfter: '转|转账|过数|付|支付|付款|汇' },
    { id: 'contact_request.send_to_chat', seq: ['发到|发去|发给|传到|传给|send to|send it to|发送到|发送至', '我|我的|我们的|我们|本公司|专员', 'whatsapp|wechat|微信|line|telegram|signal|邮箱|电邮|email'], gap: 2 },
    { id: 'contact_request.chat_app', seq: ['加|添加|联系|搵', '微信|wechat|qq|line|whatsapp|v信|vx|wx|v:|v号|薇信|威信|telegram|飞机|企业微信'], gap: 4, unlessBefore: '了|上了|过|咗', unlessAfter: '已|已经|也' },
    // Not "前台小姑娘的微信我也有", "换LINE我就找不到你".
    { id: 'contact_request.app_me', seq: ['whatsapp我|wechat我|微信我|line我|call我|line 我|whatsapp 我|wechat 我|call 我|text 我|私信我|私讯我|短信我|pm我|inbox我'], unlessBefore: '也有|都有|已有|已经有|就找不到|就搵唔到|们已|们已经|们早' },
    { id: 'contact_request.phone_given', seq: ['联系电话|联络电话|查询电话|咨询电话|服务热线|客服热线|热线|专线|联系方式|联系人:|联络人:|电话:|手机:|tel:|ph:|phone:|mob:|mobile:|热线电话|客服电话|查询请|详情请|详询|详洽|垂询|请洽|洽询|咨询:|查询:|联系:|联络:|热线:'], unlessBefore: '打开|登录|登陆|查看|浏览|参阅|参见|见|留意|关注|访问|点击|阅读' },

    { id: 'contact_request.reach_us_en', seq: ['reach us at|reach me at|reach us on|reach me on|reach our team|speak with us on|speak to us on|speak with us at|speak to us at|talk to us on|talk to us at|speak with me on|speak to me on'] },
    // "Answer your phone", "you better pick up the phone about the money".
    { id: 'contact_request.pick_up_en', seq: ['pick up the phone|pick up the damn phone|pick up the fucking phone|pick up your phone|unless you pick up|until you pick up|till you pick up|answer my calls|answer our calls|return my calls|return our calls|pick up ur phone|answer your phone|answer ur phone|answer your damn phone|pick up your damn phone|pick up in the next|pick up or|pick up when we call|answer when we call'] },
    { id: 'contact_request.call_us_en', unlessAfter: "will|'ll|shall|would|going to|*", seq: ['call|ring|phone|text|txt|contact|email|message|dial|call back|whatsapp|viber|telegram|sms|dm|inbox', 'us|me|back|our|the office|this office|our office|him|her|officer|agent|detective|inspector|sergeant|investigator|attorney|#|at #|on #|now|today|immediately|the number|this number|toll free|customer service|the team|our team|support'], gap: 2, unlessBefore: 'the numbers|the number on|the codes|the code|the card|the cards|photos|a photo|a picture|your code|your pin' },
    { id: 'contact_request.get_back_en', seq: ['call the number on the back|call the number on your|call the number below|call the number above|return our call|return my call|return this call|return the call|drop us a line|drop me a line|drop me a text|drop us a text|drop me a message|drop us a message|shoot me a text|shoot us a text|shoot me a message|txt back|txt me|txt us|hit me back|hit us back|hit me up|hit us up|holla|shout me|buzz me|ping me|ping us|get in touch|need your answer|need an answer from you|need your decision|your answer by|your decision by|let me know|let us know|text me back|text us back|hear from you|hear back from you|get back to me|get back to us|reach out to us|reach out to me|respond|response|reply|replying|contact me|contact us|call me|call us|lmk|hmu|talk to us|speak to us|talk to me|speak to me|reach out whenever|reach out anytime|reach out any time|reach out when you|reach out if|feel free to reach out|please reach out|reach out to set up|reach out to arrange|reach out to discuss|reach out to talk|notify us|notify me|a quick call|a quick chat|best time to call|good time to call|best time to reach you|good time to reach you'], unlessBefore: 'stop|to stop|to opt out|to unsubscribe|stop to' },
    // A person at a phone number: "confirm it with our agent at 855-555-0177". A time or a
    // date after the number ("with our officer at 9 am", "on 14 March") is a meeting, not a line.
    { id: 'contact_request.agent_at_number_en', seq: ['with our|with the|with an|to our|to the|to an|contact our|contact the|call our|call the|ring our|ring the|reach our', 'agent|agents|representative|rep|officer|specialist|team|office|department|desk|adviser|advisor|helpline|hotline|case manager|handler', 'at|on|via', '#'], gap: 1, unlessBefore: "am|pm|a.m.|p.m.|o'clock|oclock|hours|hrs|days|weeks|months|minutes|mins|th|st|nd|rd|jan*|feb*|mar*|apr*|may|jun*|jul*|aug*|sep*|oct*|nov*|dec*|%|tomorrow|today|tonight" },
    // A desk or a line at a number: "contact the processing desk at 888-555-0114", "ask about our plan at 6555 0191".
    { id: 'contact_request.desk_at_number_en', unlessAfter: "will|'ll|shall|would|going to", seq: ['contact|call|ring|phone|reach|dial|speak to|talk to|ask|ask about|enquire|inquire|find out more|learn more|details|more info', 'at|on|via', '#'], gap: 30, unlessBefore: "am|pm|a.m.|p.m.|o'clock|oclock|hours|hrs|days|weeks|months|minutes|mins|th|st|nd|rd|jan*|feb*|mar*|apr*|may|jun*|jul*|aug*|sep*|oct*|nov*|dec*|%|tomorrow|today|tonight" },
    // A named person at a phone number (split in groups, so "Mr Smith on 3 occasions" is none): "read the numbers to Agent Morris at 888-555-0163", "Officer Hayes on 0161 555 0199".
    { id: 'contact_request.person_at_number_en', seq: ['agent|officer|investigator|detective|sergeant|inspector|supervisor|manager|mr|mrs|ms|miss|attorney|lawyer|paralegal|representative|rep|caseworker', 'at|on|via', '#-#|# #'], gap: 14, unlessBefore: "am|pm|a.m.|p.m.|o'clock|oclock|hours|hrs|days|weeks|months|minutes|mins|th|st|nd|rd|jan*|feb*|mar*|apr*|may|jun*|jul*|aug*|sep*|oct*|nov*|dec*|%|tomorrow|today|tonight" },
    { id: 'contact_request.number_given_en', seq: ['call|dial|reach us at|phone|ph|tel|mob|mobile|toll free|number is|contact no|contact number|hotline', '#'], gap: 3, unlessAfter: '*' },
    // A US number with its area code in brackets: "call (602) 555-0187".
    { id: 'contact_request.call_area_code_en', seq: ['call (#)|dial (#)|ring (#)|phone (#)|text (#)|call us at (#)|call me at (#)|call us on (#)|call me on (#)|phone: (#)|tel: (#)|tel (#)'] },
    // "Ask about a plan by calling 1-855-555-0193", "by contacting us".
    { id: 'contact_request.by_calling_en', seq: ['by calling|by phoning|by dialing|by dialling|by ringing|by texting|by contacting|by emailing', '#|us|me|our|the office|this office|customer service|toll free'], gap: 4 },
    // A keyword texted back: "text MOVE and we'll shift it", "text YES to confirm"; "text STOP" opts out.
    { id: 'contact_request.text_keyword_en', seq: ['text|sms', "and we'll|and we will|and we can|and i'll|and i will|to confirm|to accept|to agree|to get started|to book|to choose|to opt in"], gap: 14, unlessBefore: 'stop|unsubscribe|end|quit|cancel', unlessAfter: 'your|the|a|this|my|our' },
    { id: 'contact_request.give_us_a_call_en', seq: ['give us|give me|gimme|give our team|give the office|giving us|giving me|flick us|flick me|shoot us|shoot me|send us|send me|drop us|drop me', 'a call|a bell|a ring|a buzz|a shout|a text|a tinkle|a message|a call back|a callback'], gap: 2 },
    // A polite imperative to get in touch with a named person: "Please call Rachel at Keystone", "kindly contact our Mr Lee".
    { id: 'contact_request.please_call_en', seq: ['please|pls|plz|kindly', 'call|ring|phone|contact|text|email|message|whatsapp|reply|respond|get in touch|reach out'], gap: 2, unlessBefore: 'your|the numbers|the codes|the code|stop|to stop|to opt out|to unsubscribe' },
    // "Kindly settle or revert within 7 days": revert is "reply" in Indian and Singapore English.
    { id: 'contact_request.revert_en', seq: ['revert|revert back|revert to us|revert to me|kindly revert|pls revert|please revert'] },
    // "行不行给个痛快话", "给个准话": an answer asked for.
    { id: 'contact_request.give_an_answer_to_me', seq: ['给我个说法|给我个准话|给我一个说法|给我一个准话|给句准话|给个交代|给我个交代|给我一个交代'], notInQuestion: true, unlessAfter: '不|唔|没|冇' },
    { id: 'contact_request.give_an_answer', seq: ['给我个方案|给个方案|给我一个方案|给个痛快话|给个准话|给个答复|给个回复|给句话|给句痛快话|俾个答复|俾句话|给个准信|给我个准信|给句准信|给个数|给我个数|给我个答复|给我一个答复|给我个回复|给我个准确时间|给个准确时间|给我个具体时间|给个具体时间'] },
    // "请立即联系王警官", "尽快找李律师": a named person to get in touch with.
    { id: 'contact_request.contact_person', seq: ['请|请立即|请尽快|立即|马上|尽快|务必|速', '联系|联络|致电|找|搵', '警官|律师|法官|专员|经理|主任|先生|小姐|女士|主管|书记员|调解员'], gap: 3 },
    // Recorded calls: "请按1转人工客服", "Press 1 to speak to an agent".
    // Asked to get in touch by a time: "请于今日17时前联系办案民警", "务必三日内致电本行".
    { id: 'contact_request.contact_by_a_time', seq: ['请|请你|务必|尽快|须|必须|需|麻烦', '前|之前|以前|内|之内|以内', '联系|联络|致电|回电|来电|回复|回覆'], gap: 8, unlessBefore: '你|他|她|家|亲|朋|同事|单位|公司|领导|老板|紧急|上' },
    { id: 'contact_request.press_a_key', seq: ['请按#|按#转|按#号键|按#字|请按#字|press #|press # to|press # now'] },
    // "请及时联系处理：010-…".
    { id: 'contact_request.contact_to_settle', seq: ['请|及时|尽快|务必|速|马上|内|之内|以内|前|之前', '联系处理|联系解决|来电处理|致电处理|联络处理'], gap: 3 },
    // Code-mixed: "麻煩你得閒 call 返我哋 hotline", "你要是主动打过来".
    { id: 'contact_request.call_back_mixed', seq: ['call|ring|whatsapp|text|email|message', '返我|返我们|返俾我|返公司|返我哋hotline'], gap: 1 },
    { id: 'contact_request.come_forward', seq: ['主动打过来|主动打给我|主动call我'] },
    // "你最好自己出来谈", "有什么想法趁早说", "有问题随时打俾我".
    { id: 'contact_request.come_and_talk', seq: ['出来谈|出来谈谈|出来见|出来见面|出来聊|出嚟倾|出来倾|落来倾|落来谈|落来见|下来聊|下来聊聊|下来谈|下来谈谈|落嚟倾|自己落来|趁早说|趁早讲|早点说|早点讲|有什么想法|随时打俾我|打俾我|打畀我|随时搵我'], unlessAfter: '坐|停' },
    // "若您在此之前主动联系处理", "请收到本函后主动联系". Not "您已主动联系过".
    { id: 'contact_request.reach_out_first', seq: ['请|务必|尽快|及时|若|如|如果|倘若|最好|建议|可|内|之内|以内|前|之前', '主动联系|主动联络|主动来电|主动致电|主动沟通|主动与'], gap: 6, unlessAfter: '已|已经|曾|曾经', unlessBefore: '过|了' },
    // "见到请让他联系4006-213-889": a number to get in touch with. Not "已联系3次".
    { id: 'contact_request.contact_number', seq: ['联系|联络|洽|可洽|请洽', '#-#|#'], gap: 1, unlessAfter: '已|已经|曾|多次|没有|没|未', unlessBefore: '次|天|遍|个|日|号|年|月|万|元|块|位|小时|分钟|周|期|%|人' },
    // An offer that waits for a yes: "Want me to set that up?"
    { id: 'contact_request.want_me_to_en', seq: ['want me to set that up|want me to set it up|shall i set that up|shall i set it up|should i set that up|should i set it up|want me to go ahead|shall i go ahead|should i go ahead|want me to lock that in|shall we set that up|want us to set that up'] },
    // "We just need a callback".
    { id: 'contact_request.callback_en', seq: ['need a callback|need a call back|a quick callback|give us a callback|request a callback|a callback from you|your callback'] },
    // "期待您的回复", "如七日内仍未收到您的回复": a reply awaited.
    { id: 'contact_request.await_reply', seq: ['期待你的回复|期待回复|期待你的回覆|等你回复|等你的回复|等待你的回复|静候你的回复|敬候回复|盼复|等你覆|未收到你的回复|未收到你回复|没收到你的回复|未获你的回复|收不到你的回复|未见你的回复|未能收到你的回复|没有收到你的回复'] },
    // "转账后请告知我": word sent back to the sender.
    { id: 'contact_request.tell_us', seq: ['请告知|请通知|请知会|请及时告知|请及时通知|请随时告知|请随时通知|随时告知|后告知|后通知', US_ZH], gap: 0 },
    // "To dispute, write to PO Box 4410".
    { id: 'contact_request.write_to_en', seq: ['write to|write us|mail to|send a letter to|send your letter to', 'po box|p.o. box|us|our|the office|this office|the address'], gap: 2 },
    // "你再唔覆，我哋就…", "今天再不回，…": a reply pressed for, with what follows if none comes.
    { id: 'contact_request.reply_or_else', seq: ['再唔覆|仲唔覆|再不回|还不回|再不覆|再唔回|仲唔回|再唔回复|前唔覆|前不回|还是不回|仍不回|仍然不回|依然不回|继续不回|继续唔覆|再已读不回|再不读不回'], negatable: false, unlessBefore: '来|去|家|头|国|老家|款|收|到|本|转|,我们就去|,我们就上|,我们就过去|,我们就上门', unlessAfter: '成日|一直|从来|永远|总是|老是' },
    // "Answer your f***ing phone", "pick up the phone".
    { id: 'contact_request.answer_phone_en', seq: ['answer your|answer ur|pick up your|pick up ur', 'phone|calls|fone'], gap: 12, notInQuestion: true, unlessAfter: "when you|if you|to|didn't|never|won't|don't|not|refuse to|refused to|ever|you never|you didn't" },
    // "接电话！！", "接个电话对你没坏处": pick up when we call.
    { id: 'contact_request.pick_up', seq: ['接电话|接个电话|接我电话|接下电话|接一下电话|请接电话|听电话|听下电话'], clauseStart: true, notInQuestion: true },
    // "也可以说说您的想法": the reader's view asked for.
    { id: 'contact_request.your_view', seq: ['说说|讲讲|谈谈|讲下|说下|讲吓|倾下|讲一讲|说一说', '你的想法|你嘅想法|你的打算|你的意见'], gap: 1 },
    // "请即WhatsApp专员", "微信客服": a chat app named with the sender's side.
    { id: 'contact_request.app_us', seq: ['请|请即|即|立即|马上|尽快|速|请尽快', 'whatsapp|wechat|微信|line|telegram|短信', '专员|客服|我们|我|本公司|我司|我哋'], gap: 1 },
    // "如您已安排还款，请及时告知": word sent back. Not "请告知您的家人".
    { id: 'contact_request.tell_plain', seq: ['请及时告知|请告知|烦请告知|麻烦告知|务请告知|请回复告知|请及时知会'], unlessBefore: '你|他|她|家|亲|朋|同事|其|对方' },
    // "看到信息速回", "见字速回".
    { id: 'contact_request.reply_quick', seq: ['速回|速回复|速回电|请速回|看到速回|看到请回|见信速回|见字速回|见字回复|看到回复'], unlessBefore: '款|收|家|国|来|去|购|头|】', unlessAfter: '【' },
    // "如需撤案请于今日17点前联系本人".
    { id: 'contact_request.contact_me', seq: ['联系本人|联络本人|致电本人|找本人'], unlessAfter: '无法|未能|不能|已|已经|会|将|我们|再|直接|没有|没', unlessBefore: '核实|确认|了|过|未果|不上|不到' },
    // "你下来一趟当面把事情说清楚": come down and talk (not "我们的人周六去你单位当面聊", a visit).
    { id: 'contact_request.face_to_face', seq: ['你下来一趟|你出来一趟|你下楼来|你自己下来'], notInQuestion: true },
    // "电话0571-8862 3140": a number to call.
    { id: 'contact_request.phone_number', seq: ['电话|热线|专线|手机', '#-#|# #|#'], gap: 0, unlessAfter: '你|你的|的|他|她|打|拨|被|通|个|次|爸|妈|家|家人|同事|领导|老板|老婆|老公', unlessBefore: '开头|尾号|结尾|一直|一下|一次|一打|一个|一通|一定|一样|一再|一声|一天|一回|一响|几|是|次|天|遍|个|日|号|年|月|万|元|块|位|小时|分钟|周|期|%|人|通|多' },
  ],
};
