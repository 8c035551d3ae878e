import type { LabelRules } from './types';

/**
 * Names civil legal process: a lawsuit, court, arbitration, judgment, enforcement,
 * a lawyer's letter, the judgment-defaulter list.
 */
export const LEGAL_ACTION: LabelRules = {
  label: 'legal_action',
  rules: [
    { id: 'legal_action.lawsuit', seq: ['起诉|诉讼|诉讼程序|提起诉讼|打官司|官司|撤诉|诉追|诉前调解|诉前|民事诉讼|起诉书|立案起诉|入禀|申索|上庭|出庭|开庭|诉至法院|法院文书|借款合同纠纷|金融借款合同纠纷|合同纠纷|移交司法|移送司法|交由司法|司法处理|移送法务|移交法务|转交法务|存证信函|依法追偿|声请扣薪|申请扣薪|入纸告|入纸追讨|入纸起诉|入纸控告|入纸申索|资产保全|诉讼保全|诉前保全|申请冻结'] },
    {
      id: 'legal_action.court',
      seq: ['行政执行署|行政执行分署|法院|法庭|人民法院|区域法院|地方法院|审裁处|小额钱债|仲裁|仲裁委|仲裁委员会|判决|裁决|裁定|本票裁定|支付命令|强制执行|申请执行|执行程序|执行局|被执行人|失信被执行人|失信名单|限制高消费|限高|限制出行|财产保全|查封|扣押|拍卖|冻结财产|扣薪|扣押薪资|破产|颁令破产|聆讯|司法程序|司法途径|司法手段'],
      // A court waved away is no step: "我们不走法院，法院太慢".
      unlessAfter: '冒充|假冒|假|不走|不去|不通过|不经过|不用走|不打算走|懒得走|用不着|唔走|唔经|代',
      // 法院监管账户 is a fake court's safe account.
      unlessBefore: '太慢|太麻烦|太久|没用|管不了|慢得很|冇用|监管账户|监管户口|监管帐户|安全账户',
    },
    // A prosecutor's or the police's summons is criminal process: "本署已发出传票".
    { id: 'legal_action.summons', seq: ['传票'], unlessAfter: '冒充|假冒|假|刑事|署已发出|署发出|署已寄出|检察官已发出|警方已发出|警方发出|地检署|地检署的' },
    // Handed to the legal department to act, not its name alone: "【信用卡中心法务部】", "已转至我司法务部，如…报案" (criminal).
    { id: 'legal_action.legal_dept', seq: ['法务|法务部|法务部门|法务组|法务中心', '处理|跟进|介入|追讨|追收|程序|流程|诉讼'], gap: 2 },
    // Chinese with the English word: "把 case 转给 legal 部门处理".
    { id: 'legal_action.legal_dept_mixed', seq: ['legal', '部门|部|组|团队|处理|跟进|介入|追讨'], gap: 2 },
    { id: 'legal_action.lawyer', unlessBefore: '服务费', seq: ['律师函|律师信|律师|律所|律师事务所|法律事务所|法务起诉|法律程序|法律途径|法律手段|法律责任|依法追讨|依法诉追|法律行动|民事责任|委托律师|律师行'], unlessAfter: '专业|免费|咨询' },
    { id: 'legal_action.sue_you', seq: ['告你|告佢', '欠债|欠钱|违约|上法庭|到法院|民事'], gap: 4 },

    { id: 'legal_action.attorney_en', seq: ['attorney*'], unlessAfter: 'district|prosecuting|state' },
    { id: 'legal_action.repossess', seq: ['收回车辆|收回车子|拖车|扣车|收楼|收回房屋|收回物业'] },
    // A court, not an address ("your neighbors at Birchwood Court"): a word before or after says which.
    { id: 'legal_action.court_en', seq: ["a|the|to|in|into|county|district|superior|local|civil|high|small claims|magistrates|magistrate's|crown|family|federal|state|supreme|claims|municipal|circuit|housing|avoid|before|through|via|than", 'court|courts'], gap: 2 },
    { id: 'legal_action.court_named_en', seq: ['court|courts', 'proceeding*|summons|cost|costs|fee|fees|paper*|order*|judgment*|judgement*|claim*|action|date|case|hearing|appearance|filing|process|enforcement|officer*|bailiff*|fine|fines|system|ruling'], gap: 1 },
    { id: 'legal_action.lawsuit_en', seq: ['sue|sued|suing|lawsuit*|civil claim|civil action|civil suit|eviction filing|eviction proceeding*|eviction process|eviction case|file for eviction|evict you|law suit|file suit|filed suit|filing suit|filing a suit|legal action|legal proceedings|legal process|legal department|legal team|legal dept|legal referral|referral to legal|referred to legal|refer to legal|prelegal|pre legal|litigation|litigate|judgment*|judgement*|ccj|summons|subpoena|garnish*|wage garnishment|enforcement agent*|enforcement officer*|high court|county court|small claims|bailiff*|possession proceedings|repossess*|lien|levy|seize*|seizure|lawyer*|solicitor*|arbitration|served with|being served|legal steps|legal measures|legal recourse|judge|magistrate|tribunal|hearing date|default judgment|deduction order|attachment of earnings|court order|charging order|wage order|recover the vehicle|recover the car|recover goods|recover the goods|take control of goods|seize the vehicle|process server|court papers|tax refund offset|treasury offset|refund may be withheld|withhold your tax refund|offset your tax refund|refund withheld|wages withheld|garnished|legal notice will be|send a legal notice|sending a legal notice|a legal notice to|legal notice|commence proceedings|commence enforcement|enforcement proceedings|issue proceedings|recovery proceedings|proceedings against you|initiate proceedings|statement of claim|letter before claim|letter before action'],
      // "you'll need a hospital more than a lawyer" names no lawsuit.
      unlessAfter: 'than a|than your',
      // "explaining yourself to a magistrate in handcuffs" is arrest.
      unlessBefore: 'in handcuffs' },
    // "about to be sent to legal", "we are prepared to recommend suit": the file handed over for a lawsuit.
    { id: 'legal_action.to_legal_en', seq: ['sent to legal|send to legal|sending to legal|passed to legal|passed on to legal|forwarded to legal|escalated to legal|escalate to legal|transferred to legal|handed to legal|handed over to legal|moved to legal|goes to legal|go to legal|going to legal|turned over to legal|recommend suit|for suit|suit is filed|suit will be filed|suit being filed|suit against you|bring suit|commence suit|institute suit|initiate suit|filing suit|filed suit'], unlessBefore: 'aid|advice|adviser|advisor|age' },
    // Code-mixed: "你的case已經送到court了", "交去legal team".
    { id: 'legal_action.court_mixed', seq: ['送到|交到|告上|转到|交去|送去|提交到|上|入|去', 'court|legal team|legal department|legal dept|lawyer|attorney'], gap: 1 },
    // A court's order to an employer to help enforce: "向你单位人事部发送了协助执行函".
    { id: 'legal_action.enforcement_letter', seq: ['协助执行函|协助执行通知书|协执函|协助执行通知'] },
  ],
};
