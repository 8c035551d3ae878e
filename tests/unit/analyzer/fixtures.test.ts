import { describe, expect, it } from 'vitest';
import { analyze } from '../../../utils/analyzer/index';
import { LANGS } from '../../../utils/analyzer/types';
import { fixtureMessages } from './fixtures';

const now = new Date('2024-06-03T09:00:00Z');
const messages = fixtureMessages();

describe('analyzer on the messages written for it', () => {
  it('has messages in all three languages, collection and not', () => {
    expect(new Set(messages.map((m) => m.lang))).toEqual(new Set(LANGS));
    expect(messages.some((m) => !m.isCollection)).toBe(true);
    expect(new Set(messages.map((m) => m.id)).size).toBe(messages.length);
  });

  it.each(messages.map((m) => [m.id, m] as const))('%s', (_id, m) => {
    const a = analyze(m.text, { now });
    expect(a.lang).toBe(m.lang);
    expect(a.isCollection).toBe(m.isCollection);
    expect(a.signals.map((s) => s.label).sort()).toEqual([...m.labels].sort());
  });
});
