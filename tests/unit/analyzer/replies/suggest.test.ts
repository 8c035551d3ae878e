import { describe, expect, it } from 'vitest';
import { suggestReplies, type ReplyContext } from '../../../../utils/analyzer/replies';
import { TEMPLATES } from '../../../../utils/analyzer/replies/templates';
import { LABEL_TIER, LABELS, LANGS, type Amount, type Contact, type Deadline, type Label, type Lang } from '../../../../utils/analyzer/types';
const IDS = new Set(TEMPLATES.map((t) => t.id));
const DANGER = LABELS.filter((label) => LABEL_TIER[label] === 'danger');

const context = (over: Partial<ReplyContext>): ReplyContext => ({
  lang: 'en',
  isCollection: true,
  labels: [],
  amounts: [],
  deadlines: [],
  contacts: [],
  ...over,
});
const amount = (value: number, currency: Amount['currency']): Amount => ({ value, currency, start: 0, end: 0, text: '', spans: [] });
const deadline = (at: string): Deadline => ({ text: '', start: 0, end: 0, at, spans: [] });
const contact = (kind: Contact['kind'], value: string): Contact => ({ kind, value, text: value, spans: [] });

function* labelSets(): Generator<Label[]> {
  for (let mask = 0; mask < 1 << LABELS.length; mask++) yield LABELS.filter((_, i) => mask & (1 << i));
}

describe('suggestReplies', () => {
  it('answers every combination of labels with 2-5 distinct replies, danger signs always answered', () => {
    const problems: string[] = [];
    for (const labels of labelSets()) {
      for (const lang of LANGS) {
        const replies = suggestReplies(context({ lang, labels }));
        const purposes = replies.map((r) => r.purpose);
        const must = [
          ...(labels.some((label) => DANGER.includes(label)) ? ['set_boundary'] : []),
          ...(labels.includes('third_party_contact') ? ['stop_third_party_contact'] : []),
          ...(labels.includes('scam_signal') ? ['verify_identity'] : []),
        ];
        const wrong = [
          replies.length < 2 || replies.length > 5 ? `${replies.length} replies` : '',
          new Set(purposes).size !== purposes.length ? 'a purpose twice' : '',
          replies.some((r) => r.lang !== lang || !IDS.has(r.id) || /[{}]/.test(r.text)) ? 'a malformed reply' : '',
          ...must.filter((purpose) => !purposes.includes(purpose as (typeof purposes)[number])).map((p) => `no ${p}`),
        ].filter(Boolean);
        if (wrong.length) problems.push(`${lang} [${labels.join(',')}]: ${wrong.join('; ')}`);
      }
    }
    expect(problems).toEqual([]);
    // 8192 label sets in three languages: allow a loaded machine time to walk them all.
  }, 60_000);

  it('puts the answer to a danger sign first', () => {
    const replies = suggestReplies(context({ labels: ['payment_demand', 'deadline', 'violence_threat'] }));
    expect(replies[0]).toMatchObject({ purpose: 'set_boundary', id: 'set_boundary.safety' });
  });

  it('does not negotiate with a likely scam', () => {
    const purposes = suggestReplies(context({ labels: ['scam_signal', 'payment_demand', 'deadline'] })).map((r) => r.purpose);
    expect(purposes.slice(0, 2)).toEqual(['verify_identity', 'set_boundary']);
    expect(purposes).not.toContain('ask_solution');
    expect(purposes).not.toContain('explain_situation');
  });

  it('gives nothing for a message that is not about a debt, unless it carries a danger sign', () => {
    expect(suggestReplies(context({ isCollection: false }))).toEqual([]);
    expect(suggestReplies(context({ isCollection: false, labels: ['settlement_offer', 'contact_request'] }))).toEqual([]);
    const scam = suggestReplies(context({ isCollection: false, labels: ['scam_signal'] })).map((r) => r.purpose);
    expect(scam).toContain('verify_identity');
  });

  it('gives a collection message with no tactic two neutral replies', () => {
    expect(suggestReplies(context({ lang: 'zh-Hans' })).map((r) => r.purpose)).toEqual(['acknowledge', 'ask_solution']);
  });

  it.each<[Lang, Amount, string]>([
    ['en', amount(21884.56, 'CNY'), '¥21,884.56'],
    ['zh-Hans', amount(21884.56, 'CNY'), '21,884.56元'],
    ['zh-Hant', amount(45000, 'TWD'), '新台幣45,000元'],
    ['zh-Hant', amount(15800, 'HKD'), '港幣15,800元'],
    ['en', amount(1240.5, 'USD'), '$1,240.50'],
    ['en', amount(642.3, 'GBP'), '£642.30'],
  ])('quotes the largest sum in the reader language (%s)', (lang, largest, written) => {
    const replies = suggestReplies(context({ lang, labels: ['payment_demand'], amounts: [amount(35, largest.currency), largest] }));
    const quoting = replies.find((r) => r.text.includes(written));
    expect(quoting?.id).toBe('request_written_details.amount');
  });

  it.each<[Lang, string, string]>([
    ['zh-Hans', '2024-03-10T23:59:59+08:00', '3月10日前'],
    ['zh-Hant', '2024-03-10T18:00:00+08:00', '3月10日 18:00前'],
    ['en', '2024-03-10T23:59:59-05:00', 'by March 10.'],
    ['en', '2024-03-10T17:30:00+00:00', 'by March 10, 5:30 pm.'],
  ])('quotes the deadline in the reader language (%s %s)', (lang, at, written) => {
    const replies = suggestReplies(context({ lang, labels: ['payment_demand', 'deadline'], deadlines: [deadline(at)] }));
    expect(replies.find((r) => r.purpose === 'explain_situation')?.text).toContain(written);
  });

  it('names the agent and the reference the message gave', () => {
    const contacts = [contact('phone', '01065217788'), contact('agent', '赵律师'), contact('case_number', 'SDB-0012')];
    const abuse = suggestReplies(context({ lang: 'zh-Hans', labels: ['abuse'], contacts }));
    expect(abuse.find((r) => r.purpose === 'record_keeping')?.text).toContain('（赵律师）');
    const noAmount = suggestReplies(context({ labels: ['contact_request'], contacts }));
    expect(noAmount.find((r) => r.purpose === 'request_written_details')?.text).toContain('reference SDB-0012');
  });

  it('words a reply without a placeholder it cannot fill', () => {
    const replies = suggestReplies(context({ labels: ['payment_demand', 'deadline', 'fee_or_penalty'], deadlines: [{ text: '60天内', start: 0, end: 5, spans: [] }] }));
    expect(replies.map((r) => r.id)).not.toContain('explain_situation.deadline');
    expect(replies.some((r) => r.id === 'request_written_details.general')).toBe(true);
  });
});
