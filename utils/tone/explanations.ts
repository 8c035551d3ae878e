/** What each kind of wording is called, and why it may hurt the conversation, in plain words. */
import type { Localized } from '../phrasebook/localized';
import type { ToneKind } from './types';

export interface ToneExplanation {
  label: Localized;
  why: Localized;
}

export const TONE_EXPLANATIONS: Readonly<Record<ToneKind, ToneExplanation>> = {
  accusatory: {
    label: { en: 'Accusing', zh_CN: '指责', zh_TW: '指責' },
    why: {
      en: 'Accusations put the other person on the defensive, and a defensive agent is less likely to help. Describe what happened and what you need instead.',
      zh_CN: '指责会让对方进入防御状态，反而更不愿意帮忙。不如说清楚发生了什么、您需要什么。',
      zh_TW: '指責會讓對方開始防衛，反而更不想幫忙。不如說清楚發生了什麼、您需要什麼。',
    },
  },
  insulting: {
    label: { en: 'Insulting', zh_CN: '侮辱性的词', zh_TW: '侮辱性的字眼' },
    why: {
      en: 'Insults can end the conversation, and they may be recorded and used against you. Firm, plain words protect you better.',
      zh_CN: '侮辱性的话可能让沟通中断，也可能被录音留存、对您不利。坚定而平实的措辞更能保护您。',
      zh_TW: '侮辱性的話可能讓溝通中斷，也可能被錄音存證、對您不利。堅定而平實的用詞更能保護您。',
    },
  },
  absolute: {
    label: { en: 'Sweeping', zh_CN: '以偏概全', zh_TW: '以偏概全' },
    why: {
      en: 'Words like “always”, “never” or “you people” turn one problem into a judgement of everyone, and the agent stops listening. Name the specific times instead.',
      zh_CN: '“总是”“每次都”“你们这些人”这类说法，会把一件事变成对所有人的评判，对方就听不进去了。不如说出具体的时间和事情。',
      zh_TW: '「總是」「每次都」「你們這些人」這類說法，會把一件事變成對所有人的批評，對方就聽不進去了。不如說出具體的時間和事情。',
    },
  },
  threatening: {
    label: { en: 'Threatening', zh_CN: '威胁', zh_TW: '威脅' },
    why: {
      en: 'Threats raise the temperature and can be used against you. If you plan to complain, say so calmly, as a fact.',
      zh_CN: '威胁会让气氛更紧张，也可能被用来对付您。如果打算投诉，平静地把它当作一件事实说出来就好。',
      zh_TW: '威脅會讓氣氛更緊繃，也可能被拿來對付您。如果打算申訴，平靜地當作一件事說出來就好。',
    },
  },
  'all-caps': {
    label: { en: 'All capitals', zh_CN: '全部大写', zh_TW: '全部大寫' },
    why: {
      en: 'Capital letters read as shouting. Normal case is easier to read and sounds firm, not angry.',
      zh_CN: '全部大写的英文读起来像在大喊。正常的大小写更容易阅读，也显得坚定而不是生气。',
      zh_TW: '全部大寫的英文讀起來像在大吼。正常的大小寫比較好讀，也顯得堅定而不是生氣。',
    },
  },
  'over-punctuated': {
    label: { en: 'Many ! or ?', zh_CN: '连续的标点', zh_TW: '連續的標點' },
    why: {
      en: 'Repeated marks read as anger or panic. One mark is enough to be taken seriously.',
      zh_CN: '连续的感叹号或问号读起来像在发火或慌张。一个就足以表明您是认真的。',
      zh_TW: '連續的驚嘆號或問號讀起來像在發火或慌張。一個就足以表示您是認真的。',
    },
  },
};
