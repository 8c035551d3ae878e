/**
 * A reproducible pile of notes for benchmarks: three years of contacts in
 * Simplified and Traditional Chinese and English, written straight into the
 * extension's database from one of its pages.
 */
import type { Page } from '@playwright/test';
import type { Note } from '../../utils/notes/note';
import { seedNotes } from '../e2e/pages/records-page';

const INSTITUTIONS = ['招商银行信用卡中心', '某某消费金融', '國泰世華銀行', '中國信託', 'Northwind Recovery', 'Acme Credit Services', '平安普惠', '台新銀行', 'Lakeside Collections', '花旗銀行'];
const THEY_SAID = [
  '您的账户已逾期45天，请在今天18点前还款，否则将上报征信。',
  '如果再不还款，我们会联系您的紧急联系人和单位。',
  '可以申请分期，但需要先还一部分，罚息可以减免一部分。',
  '您的帳戶已逾期，請儘快還款，否則將影響您的信用紀錄。',
  '我們可以協助您辦理協商，請準備收入證明。',
  '本月應繳金額為新台幣12,000元，逾期將收取違約金。',
  'FINAL NOTICE: your account is 90 days past due. Please pay the balance of $1,240.50.',
  'We can offer a payment plan if you call back on Monday before 5pm.',
  'This is an attempt to collect a debt. Reply STOP to opt out of text messages.',
  'Late fees will continue to be added until the account is brought up to date.',
];
const I_SAID = [
  '我目前收入减少，想申请分期，请把方案书面发给我。',
  '請問協商需要哪些文件？',
  'Please send me the details in writing.',
  'I can pay 200 a month starting next month.',
  '请不要联系我的家人，有事请直接联系我。',
  '',
];
const PROMISES = ['发送分期方案', '寄送協商申請書', 'Email the payment plan', 'Call back on Monday', '先还 500 元'];
const CHANNELS = ['phone', 'sms', 'web_chat', 'email', 'letter', 'visit', 'app', 'other'] as const;
const SIGNALS = ['payment_demand', 'deadline', 'credit_report', 'third_party_contact', 'settlement_offer', 'fee_or_penalty'] as const;

/** A small deterministic generator, so every run searches the same notes. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) % 4_294_967_296;
    return state / 4_294_967_296;
  };
}

/** `count` notes, the newest now and the oldest about three years ago. */
export function benchNotes(count: number, now = Date.now()): Note[] {
  const next = random(42);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const span = 3 * 365 * 86_400_000;
  return Array.from({ length: count }, (_, i) => {
    const occurredAt = Math.round(now - (i / count) * span - next() * 3_600_000);
    const promises =
      next() < 0.3
        ? [{ id: `p${i}`, by: pick(['me', 'them'] as const), what: pick(PROMISES), dueAt: occurredAt + 3 * 86_400_000, status: pick(['open', 'kept', 'broken'] as const) }]
        : [];
    return {
      id: `bench-${String(i).padStart(5, '0')}`,
      occurredAt,
      channel: pick(CHANNELS),
      direction: pick(['incoming', 'outgoing'] as const),
      institution: pick(INSTITUTIONS),
      agent: next() < 0.5 ? `工号 ${Math.floor(next() * 9000 + 1000)}` : '',
      theySaid: [pick(THEY_SAID), pick(THEY_SAID)].join(' '),
      iSaid: pick(I_SAID),
      promises,
      amount: next() < 0.4 ? { value: Math.round(next() * 50_000), currency: pick(['CNY', 'TWD', 'USD'] as const) } : null,
      followUpAt: next() < 0.1 ? occurredAt + 7 * 86_400_000 : null,
      tags: next() < 0.2 ? [pick(['信用卡', '分期', 'dispute', '協商'])] : [],
      source: null,
      signals: SIGNALS.filter(() => next() < 0.2),
      createdAt: occurredAt,
      updatedAt: occurredAt,
      deletedAt: next() < 0.02 ? occurredAt + 1_000 : null,
    };
  });
}

/** Writes `count` notes into the extension's database from an extension page that has opened it. */
export async function seedBenchNotes(page: Page, count: number): Promise<void> {
  await seedNotes(page, { notes: benchNotes(count) });
}
