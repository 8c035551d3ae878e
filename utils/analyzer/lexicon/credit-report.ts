import type { LabelRules } from './types';

/** Says the debt is or will be reported to a credit bureau, or harms the credit record. */
export const CREDIT_REPORT: LabelRules = {
  label: 'credit_report',
  rules: [
    { id: 'credit_report.bureau', seq: ['征信|征信中心|征信系统|征信报告|征信记录|人行征信|央行征信|联征|联征中心|联合征信|金融信用信息基础数据库|信用信息|信贷资料|信贷资料服务机构|环联|信贷评级|信贷评分|信贷报告|tu评级|tu评分|tu rating|信贷纪录|信贷记录|信用评级'], unlessAfter: '免|免查|不看|不查|不上|//', unlessBefore: '资产|资管|保证金|押金' },
    { id: 'credit_report.record', seq: ['信用记录|信用纪录|个人信用|信用报告|信用评分|信用评估|信用状况|信用分|信用受损|信用污点|信用黑名单|黑名单|不良记录|不良纪录|不良信用|信用破产|坏账记录|免除逾期记录|消除逾期记录|删除逾期记录|撤销逾期记录|不留逾期记录|留下逾期记录|产生逾期记录|呆账记录|呆账纪录|负面记录|负面纪录'], unlessAfter: '撤销|注销|消除|删除|修复|洗白',
      // 个人信用贷款 is the loan's name, not the record.
      unlessBefore: '贷款|贷|卡' },
    // "以后你买房贷款、孩子考公政审，可能都会受影响": the record's reach, said without naming it.
    { id: 'credit_report.future_affected', seq: ['买房|房贷|车贷|贷款|办卡|信用卡|考公|政审|出行|坐飞机|坐高铁', '都会受影响|会受影响|都受影响|受到影响|都可能受影响|可能受影响|卡关|批不下来|办不下来|都办不了'], gap: 16 },
    { id: 'credit_report.remove_record', seq: ['撤销|注销|消除|删除|修复|洗白|洗掉|消掉|清除|删走|删掉', '征信|逾期记录|逾期纪录|不良记录|不良纪录|负面记录|负面纪录|信用记录|信用纪录|黑名单|逾期状态|不良'], gap: 6 },
    { id: 'credit_report.harms', seq: ['影响|损害|破坏|伤害|拉低|降低|毁掉|毁了|留下|留污点', '信用|你嘅信贷|信贷|征信|贷款|房贷|车贷|办卡|申请贷款|日后借贷|日后申请|借钱|日后借钱|以后借钱|将来借钱'], gap: 6 },
    { id: 'credit_report.reported', seq: ['上报|报送|提交|报告|上传|录入|纳入|列入|通报|报了|报俾|报给|报到|报去|同步到|同步', '征信|征信系统|人民银行|人行|央行|信用|联征|信贷资料|黑名单|金融信用|环联|tu|transunion'], gap: 10 },

    { id: 'credit_report.bureau_en', seq: ['credit bureau*|credit bur*|credit beau*|crb|negative listing|negatively listed|reporting agenc*|credit reference agenc*|credit agenc*|equifax|experian|transunion|trans union|cifas|credit file|credit report*|credit record|credit history|credit rating|credit score*|fico|credit profile|credit standing|bureaus|credit rpt|credit rept|credit reprt|cr report|cibil|crif|ccris|ctos|adverse report*|adverse credit|negative credit|negative entry|blacklist|blacklisted|blacklist status|credit damage'] },
    { id: 'credit_report.harms_en', seq: ['affect*|damage*|hurt*|harm*|ruin*|destroy*|lower*|drop*|impact*|tank*|wreck*', 'your credit|your ability to obtain credit|your ability to get credit|your ability to borrow|your chances of getting credit|credit score*|credit rating|credit record|credit history|credit file|credit report*'], gap: 12 },
    { id: 'credit_report.reported_en', seq: ['report*|register*|record*|flag*|list*|mark*', 'as delinquent|as in default|a default|default|delinquen*|the bureaus|to the bureaus|negative mark|derogatory|with the bureaus'], gap: 16, unlessAfter: 'loan' },
    // A mark left on the record: "a neg mark on ur credit", "a default on your file".
    { id: 'credit_report.mark_en', seq: ['neg mark|negative mark|black mark|bad mark|negative entry|negative listing|derogatory mark|default marker|default', 'on your|on ur|to your|in your|against your|from your', 'credit|file|record|history|score'], gap: 4 },
    { id: 'credit_report.default_registered_en', seq: ['a default|default notice|a negative mark|a negative entry', 'register*|record*|list*|filed|placed|lodged|added to|reported'], gap: 14 },
    // "your BVN being flagged": Nigeria's bank number marked for every lender to see.
    { id: 'credit_report.bvn_flagged_en', seq: ['bvn', 'flag*|blacklist*|blocked|reported to'], gap: 10 },
    // "Your credit is toast unless you clear this today."
    { id: 'credit_report.credit_ruined_en', seq: ['your credit|ur credit|your credit score|your credit rating', 'is toast|will be toast|is ruined|will be ruined|is shot|is wrecked|will be wrecked|is trashed|is finished|is destroyed|will be destroyed'], gap: 2 },
    // Code-mixed: "我哋已經 report 咗去 TU", "报咗环联".
    { id: 'credit_report.reported_mixed', seq: ['report|reported|报|报了|上报|报咗去|report咗去|report咗', 'tu|环联|credit bureau*|crb|cibil|征信'], gap: 4 },
    // "以后买房贷款都批不下来": loans refused later because of the record.
    { id: 'credit_report.future_loans', seq: ['贷款|房贷|车贷|信用卡|按揭|借贷', '批不下来|批唔到|办不了|办不下来|批不了|申请不了|会被拒|被拒|批唔落|别想了|就别想了|都别想|想都别想'], gap: 4 },
    // "这些记录要在系统里挂五年": a record that stays for years.
    { id: 'credit_report.record_kept', seq: ['记录|纪录|不良', '挂#年|保留#年|留#年|保存#年|存#年|跟你#年|跟着你#年|跟着你一辈子|跟你一辈子|跟着你一生|跟你一生|伴随你一生|伴随终身|跟着你终身|跟住你一世|跟你一世|跟住你成世|跟你成世'], gap: 8 },
    // "你的信用记录算是彻底花了，以后正规平台都别想再借到一分钱".
    { id: 'credit_report.record_ruined', seq: ['信用记录|信用纪录|信用|征信|记录', '花了|黑了|烂了|毁了|废了|彻底完了|花掉|有污点'], gap: 6 },
    // "银行一查记录就拒": a lender who looks the reader up and says no.
    { id: 'credit_report.checked_refused', seq: ['银行|贷款|房贷|车贷|信用卡|平台|机构|背调', '一查|查到|查出|一查记录|一查征信', '就拒|被拒|拒批|拒贷|不批|批不了|过不去|直接拒'], gap: 6 },
    // "今天还上就不会上征信", "今日还款不影响征信": paying today spares the record, so not paying does not.
    { id: 'credit_report.spared_if_paid', seq: ['还上|还款|还清|补上|结清|还这边|缴清|还钱', '就不会上报征信|不会上报征信|就不会上征信|不会上征信|不上征信|不影响征信|不会影响征信|就不会影响征信|不影响信用|不会影响信用|就不会影响信用|不会上联征|就不会上联征|不影响信用记录|不会影响信用记录|唔会上tu|唔会影响信贷'], gap: 6, negatable: false, notInQuestion: true, unlessAfter: '会|是否|会否' },
    { id: 'credit_report.no_more_loans', seq: ['别想再借到|别想再贷|再也借不到|借不到一分钱|贷不到款|别想借到|借不到钱|贷不到一分钱|别想再申请'] },
    // "我这边马上给你撤销上报", "TU实有污点".
    { id: 'credit_report.report_withdrawn', seq: ['撤销上报|取消上报|撤回上报|暂缓上报|停止上报'] },
    { id: 'credit_report.stain', seq: ['tu|环联|征信|信贷报告|信贷评级|信用报告|信贷纪录|信贷记录', '有污点|留污点|污点|花了|黑了|花掉|纪录|记录'], gap: 3 },
  ],
};
