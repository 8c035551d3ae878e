/**
 * What the collector said, as the analyzer labelled it when the note was saved:
 * contacts involving third parties, and threats or abuse a rule forbids.
 */
import { type Check, finding } from '../finding';

/** Notes where they contacted, or threatened to contact, family, friends or an employer. */
export const checkThirdParty: Check = (group, { limits }) => {
  if (!limits.thirdParty) return [];
  const notes = group.notes.filter((n) => n.signals.includes('third_party_contact'));
  return notes.length ? [finding(group, 'third_party', limits.thirdParty, notes, { labels: ['third_party_contact'] })] : [];
};

/** For each conduct rule, the notes recording the threats or abuse it forbids. */
export const checkConduct: Check = (group, { limits }) =>
  limits.conduct.flatMap(({ labels, rule }) => {
    const notes = group.notes.filter((n) => n.signals.some((s) => labels.includes(s)));
    if (!notes.length) return [];
    const found = labels.filter((label) => notes.some((n) => n.signals.includes(label)));
    return [finding(group, 'conduct', rule, notes, { labels: found })];
  });
