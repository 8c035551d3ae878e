import type { LabelRules } from './types';

/** Announces or threatens a visit to the reader's home or workplace. */
export const VISIT_THREAT: LabelRules = {
  label: 'visit_threat',
  rules: [
    { id: 'visit_threat.named', seq: ['上门|外访|家访|实地走访|走访|拜访|登门|上府|到府|到贵府|登府|找上门|杀上门|上你家|上你屋企|当面拜访|实地核实|实地调查|外勤'] },
    { id: 'visit_threat.go_to_place', seq: ['去|到|来|上|过去|过来|前往|杀到|堵|派人去|派人到', '@home_work_zh'], gap: 3, unlessAfter: '打电话|电话|打|寄|发|送|交|邮寄|函|信|信函|文件|传票|材料', unlessBefore: '派出所|公安|警察局|法院|警局|电话|座机|打电话' },
    { id: 'visit_threat.wait_there', seq: ['@home_work_zh|楼下|门口|小区门口|你家门口|公司门口', '等你|等着你|堵你|守着|守你|蹲你|贴|拉横幅|泼|淋|喷|砸'], gap: 7 },
    { id: 'visit_threat.already_there', seq: ['已经在|已经到|就在|现在在|正在|已在|喺|人在|到了', '@home_work_zh|你家楼下|你公司楼下|楼下|门口'], gap: 2 },
    { id: 'visit_threat.drop_by', seq: ['过去|过来|上去|上来|去你那|到你那', '坐坐|坐一坐|喝茶|聊聊|看看你|拜访|找你|搵你'], gap: 2 },

    { id: 'visit_threat.named_en', seq: ['home visit|field visit|field agent*|doorstep|door to door|in person|pay you a visit|pay a visit|come over there|come find you|come see you|come to you|come round|come around|on your doorstep|at your door|at your doorstep|knock on your door|knocking on your door|outside your house|outside your home|outside your work|round to your|over to your|round your house|round your place'] },
    { id: 'visit_threat.go_to_place_en', seq: ['visit*|stop by|stopping by|stop in|drop by|dropping by|come by|coming by|come to|coming to|show up|showing up|attend|attending|call at|calling at|go to|going to|be at|wait for you|waiting for you|find you at|meet you at|see you at|served|serve you|serve the papers|arrested|arrest you|pick you up|dispatch*|send someone|send somebody|send an agent|send agents|send our agent|send a team|send people|send the cops|send the police|send officers|send the sheriff|send a collector|agent to|agents to|officer to|officers to', 'your home|your house|your door|your office|your workplace|your work|your job|your property|your address|your place|your apartment|your flat|your residence|your premises|your neighborhood|your street|over there|you at home|you at work|the property|the premises|the house|the address|the residence'], gap: 22 },
  ],
};
