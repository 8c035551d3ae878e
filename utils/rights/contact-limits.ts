/**
 * The rules a contact log can be checked against, per jurisdiction: permitted hours,
 * how often a collector may call, and which recorded conduct a rule forbids. Each
 * rule carries its source and how sure we are of it (see the rights data):
 * V — read in the rule's own text; V2 — from a secondary report; U — uncertain,
 * shown only as "reported". Plain data, edited by people who know the rules.
 */
import type { Label } from '../analyzer/types';
import type { Localized } from '../phrasebook/localized';
import type { Jurisdiction } from './jurisdiction';
import type { Certainty } from './types';

export interface Rule {
  /** Stable id, e.g. `US.calls-per-week`. */
  id: string;
  certainty: Certainty;
  /** Where the rule is written, as one would cite it. */
  source: Localized;
  /** The rule in one plain sentence. */
  summary: Localized;
}

export interface ContactLimits {
  /** When contact is permitted, local time, minutes after midnight, both ends included; null when no fixed hours are given. */
  hours: { from: number; until: number; rule: Rule } | null;
  /** Most collector calls in one calendar day. */
  callsPerDay: { max: number; rule: Rule } | null;
  /** Most collector calls in any 7 consecutive days. */
  callsPerWeek: { max: number; rule: Rule } | null;
  /** Days, counting the day of a phone conversation as the first, in which no further call is expected. */
  quietAfterConversation: { days: number; rule: Rule } | null;
  /** Contacting or threatening to contact family, friends, employers. */
  thirdParty: Rule | null;
  /** Recorded conduct (analyzer labels) that a rule forbids. */
  conduct: { labels: Label[]; rule: Rule }[];
}

const CN_GUIDELINE: Localized = {
  en: 'Guidelines on the Collection of Personal Consumer Loans by Financial Institutions (Trial), China Banking Association, 30 Jan 2026',
  zh_CN: '《金融机构个人消费类贷款催收工作指引（试行）》，中国银行业协会，2026年1月30日',
  zh_TW: '《金融機構個人消費類貸款催收工作指引（試行）》，中國銀行業協會，2026年1月30日',
};
const TW_OUTSOURCING: Localized = {
  en: 'Rules on financial institutions outsourcing internal operations (as reported)',
  zh_CN: '台湾《金融机构作业委托他人处理内部作业制度及程序办法》（据报道）',
  zh_TW: '《金融機構作業委託他人處理內部作業制度及程序辦法》（據報導）',
};
const TW_CASH_CARD: Localized = {
  en: "Taiwan's cash-card collection rules",
  zh_CN: '台湾现金卡催收相关规定',
  zh_TW: '現金卡催收相關規定',
};
const HK_CODE: Localized = {
  en: 'Code of Banking Practice, section 43',
  zh_CN: '香港《银行营运守则》第43条',
  zh_TW: '《銀行營運守則》第43條',
};
const US_REG_F: Localized = {
  en: '12 CFR §1006.14(b)(2) (CFPB Regulation F)',
  zh_CN: '美国联邦法规 12 CFR §1006.14(b)(2)（CFPB F 条例）',
  zh_TW: '美國聯邦法規 12 CFR §1006.14(b)(2)（CFPB F 規則）',
};
const fdcpa = (section: string): Localized => ({
  en: `15 U.S.C. ${section} (FDCPA)`,
  zh_CN: `美国《公平债务催收作业法》15 U.S.C. ${section}`,
  zh_TW: `美國《公平債務催收作業法》15 U.S.C. ${section}`,
});
const conc = (section: string): Localized => ({
  en: `FCA Handbook, CONC ${section}`,
  zh_CN: `英国金融行为监管局手册 CONC ${section}`,
  zh_TW: `英國金融行為監理總署手冊 CONC ${section}`,
});

const rule = (id: string, certainty: Certainty, source: Localized, summary: Localized): Rule => ({ id, certainty, source, summary });

const THREAT_LABELS: Label[] = ['criminal_threat', 'violence_threat', 'abuse'];
const hour = (h: number) => h * 60;

/** The limits and rules for each jurisdiction CalmLine knows. */
export const CONTACT_LIMITS: Record<Jurisdiction, ContactLimits> = {
  CN: {
    hours: {
      from: hour(8),
      until: hour(22),
      rule: rule('CN.hours', 'V2', CN_GUIDELINE, {
        en: 'No collection between 22:00 and 08:00 unless you agreed to it.',
        zh_CN: '未经本人同意，22:00 至次日 08:00 之间不得催收。',
        zh_TW: '未經本人同意，晚上 10 點至隔天早上 8 點之間不得催收。',
      }),
    },
    callsPerDay: {
      max: 6,
      rule: rule('CN.calls-per-day', 'V2', CN_GUIDELINE, {
        en: 'No more than 6 unanswered calls a day to one number.',
        zh_CN: '对同一号码的未接通电话，每天不超过 6 次。',
        zh_TW: '對同一支電話號碼，每天未接通的來電不超過 6 次。',
      }),
    },
    callsPerWeek: null,
    quietAfterConversation: null,
    thirdParty: rule('CN.third-party', 'V2', CN_GUIDELINE, {
      en: 'No collecting from unrelated people; others may only be asked for your contact details or to pass on a message, without debt details.',
      zh_CN: '不得向无关第三人催收；对他人只能询问联系方式或请其转告，不得透露债务细节。',
      zh_TW: '不得向無關的第三人催收；對其他人只能詢問聯絡方式或請對方轉達，不可透露債務細節。',
    }),
    conduct: [
      {
        labels: THREAT_LABELS,
        rule: rule('CN.conduct', 'V2', CN_GUIDELINE, {
          en: 'Threats, insults and violence are banned, as are posing as officials and exaggerating legal consequences.',
          zh_CN: '禁止威胁、辱骂、暴力，禁止冒充公检法人员或夸大法律后果。',
          zh_TW: '禁止恐嚇、辱罵、暴力，也不得冒充公務或司法人員、誇大法律後果。',
        }),
      },
    ],
  },
  TW: {
    hours: {
      from: hour(7),
      until: hour(22),
      rule: rule('TW.hours', 'V2', TW_OUTSOURCING, {
        en: 'No contact outside 07:00–22:00, by phone, message or visit.',
        zh_CN: '早上 7 点前、晚上 10 点后不得以电话、短信或上门方式联系。',
        zh_TW: '早上 7 點前、晚上 10 點後，不得以電話、簡訊或登門方式聯絡。',
      }),
    },
    callsPerDay: null,
    callsPerWeek: null,
    quietAfterConversation: null,
    thirdParty: rule('TW.third-party', 'V2', TW_OUTSOURCING, {
      en: 'Only you or your guarantor may be pursued for the debt.',
      zh_CN: '只能向债务人本人或保证人催收。',
      zh_TW: '只能向債務人本人或保證人催收。',
    }),
    conduct: [
      {
        labels: THREAT_LABELS,
        rule: rule('TW.conduct', 'V', TW_CASH_CARD, {
          en: 'No violence, threats, insults, harassment or misleading statements.',
          zh_CN: '不得使用暴力、威胁、辱骂、骚扰或误导性言辞。',
          zh_TW: '不得有暴力、恐嚇、辱罵、騷擾或誤導的言行。',
        }),
      },
    ],
  },
  HK: {
    // The code forbids calls "at unreasonable hours" without naming any: no fixed window to check.
    hours: null,
    callsPerDay: null,
    callsPerWeek: null,
    quietAfterConversation: null,
    thirdParty: rule('HK.third-party', 'V', HK_CODE, {
      en: 'No pestering of referees, family or friends, and no recovery from people who are not guarantors.',
      zh_CN: '不得骚扰推荐人、家人或朋友，也不得向非担保人追讨。',
      zh_TW: '不得滋擾推薦人、家人或朋友，也不得向非擔保人追討。',
    }),
    conduct: [
      {
        labels: THREAT_LABELS,
        rule: rule('HK.conduct', 'V', HK_CODE, {
          en: 'No intimidation, violence, public humiliation, abusive remarks or misleading statements.',
          zh_CN: '不得恐吓、使用暴力、公开羞辱、出言辱骂或作误导性陈述。',
          zh_TW: '不得恐嚇、使用暴力、公開羞辱、出言辱罵或作誤導性陳述。',
        }),
      },
    ],
  },
  US: {
    hours: {
      from: hour(8),
      until: hour(21),
      rule: rule('US.hours', 'V', fdcpa('§1692c(a)(1)'), {
        en: 'Contact before 8 a.m. or after 9 p.m. your local time is presumed inconvenient.',
        zh_CN: '在您当地时间早上 8 点前或晚上 9 点后联系，推定为不便时间。',
        zh_TW: '在您當地時間早上 8 點前或晚上 9 點後聯絡，推定為不便的時間。',
      }),
    },
    callsPerDay: null,
    callsPerWeek: {
      max: 7,
      rule: rule('US.calls-per-week', 'V', US_REG_F, {
        en: 'A collector is presumed to comply when it calls no more than 7 times in 7 days.',
        zh_CN: '7 天内致电不超过 7 次，才推定催收方合规。',
        zh_TW: '7 天內來電不超過 7 次，才推定催收方合規。',
      }),
    },
    quietAfterConversation: {
      days: 7,
      rule: rule('US.after-conversation', 'V', US_REG_F, {
        en: 'No call is presumed acceptable within 7 days after a phone conversation about the debt.',
        zh_CN: '就该债务通话后的 7 天内再次来电，不在推定合规范围内。',
        zh_TW: '就該筆債務通話後的 7 天內再來電，不在推定合規的範圍內。',
      }),
    },
    thirdParty: rule('US.third-party', 'V', fdcpa('§1692b'), {
      en: 'Other people may only be asked where to reach you, without any mention of the debt.',
      zh_CN: '对其他人只能询问如何联系到您，不得提及债务。',
      zh_TW: '對其他人只能詢問如何聯絡到您，不得提及債務。',
    }),
    conduct: [
      {
        labels: ['criminal_threat'],
        rule: rule('US.false-threats', 'V', fdcpa('§1692e'), {
          en: 'No false threats of arrest or of lawsuits not intended, and no misrepresenting the debt.',
          zh_CN: '不得虚假威胁逮捕或并不打算提起的诉讼，不得歪曲债务。',
          zh_TW: '不得虛假威脅逮捕或並不打算提起的訴訟，也不得扭曲債務內容。',
        }),
      },
      {
        // Not in the checked rights data, so it is shown only as reported.
        labels: ['violence_threat', 'abuse'],
        rule: rule('US.harassment', 'U', fdcpa('§1692d'), {
          en: 'Threats of violence and abusive or profane language are reported to be forbidden.',
          zh_CN: '据报道，威胁使用暴力及辱骂、粗言秽语是被禁止的。',
          zh_TW: '據報導，威脅使用暴力及辱罵、粗言穢語是被禁止的。',
        }),
      },
    ],
  },
  UK: {
    // CONC 7.9.4R forbids contact "at unreasonable times" without naming hours.
    hours: null,
    callsPerDay: null,
    callsPerWeek: null,
    quietAfterConversation: null,
    thirdParty: rule('UK.third-party', 'V', conc('7.9.5R, 7.9.7R'), {
      en: 'No unfair disclosure of your debt to other people, and no public embarrassment.',
      zh_CN: '不得向他人不当披露您的债务，不得让您当众难堪。',
      zh_TW: '不得向他人不當揭露您的債務，也不得讓您當眾難堪。',
    }),
    conduct: [
      {
        labels: ['criminal_threat'],
        rule: rule('UK.misrepresentation', 'V', conc('7.11'), {
          en: 'No misrepresenting authority or the legal position, and no threats of action that cannot lawfully be taken.',
          zh_CN: '不得歪曲权限或法律立场，不得威胁采取依法不能采取的行动。',
          zh_TW: '不得扭曲權限或法律立場，也不得威脅採取依法不能採取的行動。',
        }),
      },
    ],
  },
};
