import type { LabelRules } from './types';

// "谨防诈骗", "反诈": a warning about fraud, not an accusation of it.
const FRAUD_WARNING = '谨防|防范|小心|警惕|提防|反|防|识别|冒充|假冒|不法分子|打击';

/** Threatens arrest, police, criminal charges or jail, or calls the debt a crime. */
export const CRIMINAL_THREAT: LabelRules = {
  label: 'criminal_threat',
  rules: [
    // A case a court accepts is civil: "已经到了法院立案阶段", "诉你借款合同纠纷一案已立案".
    { id: 'criminal_threat.case_filed', seq: ['立案'], unlessAfter: '法院|法院已经受理|法院已受理|法院受理|法院正式受理|法庭|民事|仲裁|一案|一案已|纠纷案|纠纷案已|法务部已完成|法务部完成|法务已完成|法务部已|法务部|纠纷|纠纷已|纠纷已经|纠纷已被|纠纷被|法院提交|法院递交|法院申请|转入|转为', unlessBefore: '起诉|审理|受理|庭审|执行|诉讼|程序|流程|后产生的诉讼|后的诉讼' },
    { id: 'criminal_threat.police', seq: ['报警|报了警|报过警|报案|警察|警方|警员|警官|警务|民警|公安|公安局|公安机关|派出所|经侦|经侦大队|刑侦|警局|警察局|警署|差佬|差馆|地检署|检察院|检察官|移送法办|法办|移交公安|抓人|抓你|带走|上门带人|把人带走|差佬拉你|警察拉你|拉你去坐监|拘捕|逮捕|通缉|手铐|拘提|到案|羁押|收押|拘传|被抓|抓去|抓进去|关进去|关起来|被关|抓去关|局子|班房|大牢|踩缝纫机|穿制服的|穿警服的|警察上门|拘票|交畀差人|交给差人|交俾差人|差人处理|差人同你|差人拉|报差人|搵差人|叫差人'],
      // "把你P成通缉令" is a shaming picture, not the police.
      // "报警都冇用", "唔好谂住报警" wave the reader's police away.
      unlessAfter: 'p成|ps成|做成|弄成|p个|p张|唔好谂住|唔使谂住|别想着|别想|不要想着|休想|别指望', unlessBefore: '都冇用|都没用|也没用|也冇用|都无用' },
    { id: 'criminal_threat.crime', seq: ['前科|案底|留案底|刑事|刑责|刑事责任|刑事告诉|刑法|判刑|坐牢|坐监|入狱|监狱|蹲监狱|进去蹲|吃牢饭|牢饭|拘留|司法拘留|行政拘留|拘役|有期徒刑|犯罪|罪名|诈骗罪|信用卡诈骗|恶意透支|恶意逃废债|恶意拖欠|骗贷|拒执罪|拒不执行|涉嫌|非法占有|洗钱|洗钱案|侵占罪|告你侵占|背信罪|告你背信'], unlessAfter: FRAUD_WARNING },
    { id: 'criminal_threat.fraud', seq: ['诈骗|诈欺|欺诈|骗取|骗钱|盗窃|偷钱'], unlessAfter: FRAUD_WARNING },

    { id: 'criminal_threat.police_en', seq: ['fir|an fir|f.i.r.|efcc|nbi|cybercrime|police|cops|cop|arrest*|warrant|warrants|jail*|prison|imprison*|criminal*|felony|felonies|misdemeanor|prosecut*|authorities|sheriff*|detective*|crimes unit|financial crimes|handcuff*|locked up|behind bars|press charges|file charges|criminal charges|charged with|doing time|fbi|district attorney|prosecutor*'],
      // A sheriff serving civil papers or levying an account: "the sheriff will serve the papers".
      // A warrant of control or execution sends a bailiff for goods (England and Wales): civil, not arrest.
      unlessBefore: 'will serve the papers|will serve papers|serves the papers|levying|will levy|to levy|of control|of execution|of possession' },
    // "what a fraud you are", "u r a fraud" call the reader names; they name no crime.
    { id: 'criminal_threat.crime_en', seq: ['money laundering|laundering|estafa|swindling|fraud|fraudulent|theft|steal*|stole|stolen|thieving|crime|larceny|embezzl*|check fraud|bank fraud|theft of services|intent to defraud|defraud*|false pretence*|obtaining money by|obtaining credit by|obtaining by tricks|obtaining by false'], unlessAfter: 'report|prevent*|protect*|anti|what a|such a|a total|a complete|a little|a lying|you little|you lying|you are a|you\'re a|youre a|are a|ura|u r a|ur a', unlessBefore: 'alert|alerts|department|prevention|team|protection|warning|written|stamped' },
    // "tell everyone you are a fraudster", "your photo with FRAUDSTER written on it": the debt called fraud.
    { id: 'criminal_threat.fraudster_en', seq: ['fraudster|fraudsters'], unlessAfter: 'beware of|beware|report|anti|against|you be|una be', unlessBefore: 'are calling|may|often|impersonat*|pretend*|posing|claiming|use|using' },
    // India's and Kenya's words for a criminal complaint: "file a cheating case against you".
    { id: 'criminal_threat.cheating_case_en', seq: ['cheating case|cheating complaint|case of cheating|fir against you|file fir|file an fir|file a fir|lodge fir|lodge an fir|without prosecution|avoid prosecution|face prosecution|be prosecuted'] },
  ],
};
