import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { NoteDraftSchema } from '../../../utils/notes/note-schema';
import { noteDraftFor } from '../../../utils/overlay/note-draft';
import { EN_MESSAGE, englishAnalysis } from './analysis-fixture';

const now = new Date('2026-03-02T10:30:00Z');

describe('noteDraftFor', () => {
  it('records their message, my reply, the page, the signals and the amount', () => {
    const draft = noteDraftFor({
      message: EN_MESSAGE,
      reply: 'Please write to me.',
      analysis: englishAnalysis(),
      url: 'https://bank.example/chat',
      title: 'Support chat',
      now,
    });
    expect(draft).toEqual({
      theySaid: EN_MESSAGE,
      iSaid: 'Please write to me.',
      channel: 'web_chat',
      direction: 'incoming',
      source: { url: 'https://bank.example/chat', title: 'Support chat' },
      signals: ['payment_demand', 'deadline', 'third_party_contact', 'criminal_threat'],
      amount: { value: 1240.5, currency: 'USD' },
      occurredAt: now.getTime(),
    });
    expect(v.safeParse(NoteDraftSchema, draft).success).toBe(true);
  });

  it('cuts oversized text so the background accepts it', () => {
    const draft = noteDraftFor({
      message: 'x'.repeat(150_000),
      reply: 'ok',
      analysis: null,
      url: `https://a.example/${'p'.repeat(9_000)}`,
      title: 't'.repeat(5_000),
      now,
    });
    expect(v.safeParse(NoteDraftSchema, draft).success).toBe(true);
    expect(draft.signals).toEqual([]);
    expect(draft.amount).toBeNull();
  });
});
