/**
 * The words that introduce a contact detail in collection messages: case and contract
 * numbers, agent IDs and agents' titles, in Chinese and English. Data only: phones.ts,
 * references.ts and agents.ts read them.
 */

/** Words before a case, contract, loan, account or card reference. */
export const REFERENCE_CUES = [
  '案件号', '案件號', '案件编号', '案件編號', '案号', '案號', '合同编号', '合同編號', '合同号', '合同號',
  '合约编号', '合約編號', '借款编号', '借款編號', '贷款编号', '貸款編號', '订单号', '訂單號', '账单号',
  '帳單號', '参考编号', '參考編號', '编号', '編號', '尾号', '尾號', '卡号尾数', '卡號尾數',
  'reference number', 'reference no.', 'reference no', 'reference', 'ref. no.', 'ref no', 'ref.',
  'case number', 'case no.', 'case no', 'case', 'account number', 'account no.', 'account no',
  'account ending in', 'account ending', 'account', 'acct', 'loan number', 'loan no.', 'contract number',
  'card ending in', 'card ending', 'ending in',
];

/** Words before an agent's ID: 工号A3017, agent ID 5521. */
export const AGENT_ID_CUES = [
  '工号', '工號', '员工编号', '員工編號', '专员编号', '專員編號', '我的编号', '我的編號', '坐席号', '座席號',
  'agent id', 'agent number', 'employee id', 'badge number', 'operator id', 'rep id',
];

/** 编号 after one of these names a person (员工编号, 我的编号), which agents.ts reads. */
export const PERSON_BEFORE_BIANHAO = '员員工的';

/** Titles written before a name: 催收员张三, 專員陳小姐, 联系人：赵律师. */
export const TITLES_BEFORE_NAME = [
  '催收员', '催收員', '催收专员', '催收專員', '专员', '專員', '客服', '联系人', '聯絡人', '联络人',
  '承办人', '承辦人', '经办人', '經辦人', '调解员', '調解員', '业务员', '業務員',
];

/**
 * Titles written after a surname: 赵律师, 周经理, 林專員. 先生, 小姐 and 女士 are left out:
 * collectors address the reader so (王先生您好); they name an agent only after a title (專員陳小姐).
 */
export const TITLES_AFTER_SURNAME = [
  '律师', '律師', '专员', '專員', '经理', '經理', '主管', '组长', '組長', '书记员', '書記官', '法官',
  '警官', '调解员', '調解員',
];

/**
 * Common surnames in Simplified and Traditional forms. Characters that are more often
 * ordinary words before a title (方 in 对方律师, 司 in 我司专员, 于, 万, 金, 商) are left out.
 */
export const SURNAMES = new Set(
  '王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何林高罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾' +
    '肖萧蕭田董袁潘蒋蔣蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范石廖贾賈夏韦韋付邹鄒' +
    '孟熊秦邱尹薛闫閻段雷侯龙龍史陶黎贺賀顾顧毛郝龚龔邵钱錢严嚴覃武戴莫孔汤湯温溫欧歐柯庄莊翁施洪',
);

/** Words after "Agent" or a greeting that are not a name. */
export const NOT_NAMES = new Set([
  'Mr', 'Mrs', 'Ms', 'Miss', 'Dr', 'Dear', 'Hi', 'Hello', 'Hey', 'We', 'You', 'Your', 'The', 'This',
  'Our', 'Please', 'Thank', 'Thanks', 'Sorry', 'Yes', 'No', 'Ok', 'Okay', 'Good', 'Well', 'So', 'Look',
  'Listen', 'Sir', 'Madam', 'Just', 'Calling', 'Regarding', 'Here', 'There', 'It', 'Is', 'Am',
]);

/** Words that end a Chinese name: 催收员张三说 is 张三 speaking. */
export const AFTER_NAME_STOPS = '的了说說是在会會给給和跟打来來就将將已也都还還要请請把被对對向与與及等再又我你他她们們';
