import type { Situation } from '../types';

/** Getting ready: papers, goals and a settled mind before talking to anyone. */
export const beforeCall: Situation = {
  id: 'before-call',
  title: { en: 'Before the call', zh_CN: '通话之前', zh_TW: '通話之前' },
  short: { en: 'Before the call', zh_CN: '通话前', zh_TW: '通話前' },
  guidance: {
    en: 'Take a minute to get ready. You do not have to answer on the spot: it is fine to call back when you are prepared.',
    zh_CN: '先花一分钟做准备。不必当场回答，准备好了再回电也完全可以。',
    zh_TW: '先花一分鐘準備。不必當下就回答，準備好再回電也完全沒問題。',
  },
  checklist: [
    {
      en: 'Re-read the loan contract, the repayment schedule and any notices they sent.',
      zh_CN: '重新看一遍借款合同、还款计划和对方发来的通知。',
      zh_TW: '重新看一遍借款合約、還款計畫和對方寄來的通知。',
    },
    {
      en: 'Note the amount they say you owe, and what you can really afford each month.',
      zh_CN: '记下对方说的欠款金额，以及您每月实际能还多少。',
      zh_TW: '記下對方說的欠款金額，以及您每個月實際能還多少。',
    },
    {
      en: 'Decide what you want to ask for: more time, a new plan, or lower fees.',
      zh_CN: '想清楚您要争取什么：延期、新的还款方案，还是减免费用。',
      zh_TW: '想清楚您要爭取什麼：延期、新的還款方案，還是減免費用。',
    },
    {
      en: 'Have a pen and paper, or your CalmLine notes, ready to write things down.',
      zh_CN: '备好纸笔或 CalmLine 笔记，随时记录。',
      zh_TW: '準備好紙筆或 CalmLine 筆記，隨時記錄。',
    },
  ],
  breathing: true,
  phrases: [
    {
      en: "Hello, I'm calling about my account. Before we start, may I have your name and staff number, please?",
      zh_CN: '您好，我想咨询一下我的账户。开始之前，请问您怎么称呼，工号是多少？',
      zh_TW: '您好，我想詢問我的帳戶。開始之前，請問您怎麼稱呼？員工編號是多少？',
    },
    {
      en: "I'd like to be honest about my situation and find a plan that works for both of us.",
      zh_CN: '我想如实说明我的情况，一起找一个双方都能接受的办法。',
      zh_TW: '我想老實說明我的狀況，一起找出雙方都能接受的方式。',
    },
    {
      en: "I'm taking notes of this conversation so I can follow what we agree.",
      zh_CN: '我会把这次沟通的内容记下来，方便按约定去做。',
      zh_TW: '我會把這次溝通的內容記下來，方便照約定處理。',
    },
    {
      en: "This isn't a good time for me. Could we talk at [time] instead?",
      zh_CN: '现在不太方便，我们可以改到[时间]再谈吗？',
      zh_TW: '現在不太方便，我們可以改到[時間]再談嗎？',
    },
  ],
  keywords: {
    en: ['prepare', 'ready', 'breathe', 'calm', 'contract', 'documents'],
    zh_CN: ['准备', '呼吸', '冷静', '合同', '材料'],
    zh_TW: ['準備', '呼吸', '冷靜', '合約', '資料'],
  },
};
