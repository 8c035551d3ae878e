/**
 * How often the collector called: per calendar day, in any 7 consecutive days,
 * and soon after a phone conversation — each against the jurisdiction's numbers.
 */
import type { Note } from '../../notes/note';
import { type Check, finding, isTheirCall } from '../finding';

/** Calls on one local day beyond the daily limit: one finding per such day. */
export const checkCallsPerDay: Check = (group, { limits, clock }) => {
  const limit = limits.callsPerDay;
  if (!limit) return [];
  const byDay = new Map<number, Note[]>();
  for (const note of group.notes.filter(isTheirCall)) {
    const { day } = clock(note.occurredAt);
    const calls = byDay.get(day);
    if (calls) calls.push(note);
    else byDay.set(day, [note]);
  }
  return [...byDay.values()]
    .filter((calls) => calls.length > limit.max)
    .map((calls) => finding(group, 'calls_per_day', limit.rule, calls, { limit: limit.max }));
};

/**
 * Calls beyond the limit within any 7 consecutive local days. Overlapping windows
 * over the limit are merged into one finding, whose count is the most calls any
 * single window held.
 */
export const checkCallsPerWeek: Check = (group, { limits, clock }) => {
  const limit = limits.callsPerWeek;
  if (!limit) return [];
  const calls = group.notes.filter(isTheirCall);
  const days = calls.map((c) => clock(c.occurredAt).day);
  const runs: { first: number; last: number; most: number }[] = [];
  for (let right = 0, left = 0; right < calls.length; right++) {
    while (days[left]! < days[right]! - 6) left++;
    const inWindow = right - left + 1;
    if (inWindow <= limit.max) continue;
    const run = runs[runs.length - 1];
    if (run && left <= run.last) {
      run.last = right;
      run.most = Math.max(run.most, inWindow);
    } else {
      runs.push({ first: left, last: right, most: inWindow });
    }
  }
  return runs.map((run) =>
    finding(group, 'calls_per_week', limit.rule, calls.slice(run.first, run.last + 1), { count: run.most, limit: limit.max }),
  );
};

/** A phone note where something was said: a conversation, not just a ring. */
const isConversation = (note: Note) => note.channel === 'phone' && (note.theySaid.trim() !== '' || note.iSaid.trim() !== '');

/**
 * Calls the collector placed within the quiet period after a phone conversation
 * (the conversation's day counts as the first day). The finding lists each such
 * call with the conversation before it.
 */
export const checkCallAfterConversation: Check = (group, { limits, clock }) => {
  const quiet = limits.quietAfterConversation;
  if (!quiet) return [];
  let lastConversation: { note: Note; day: number } | null = null;
  const involved = new Set<Note>();
  let calls = 0;
  for (const note of group.notes) {
    const { day } = clock(note.occurredAt);
    if (isTheirCall(note) && lastConversation && day - lastConversation.day < quiet.days && note.occurredAt > lastConversation.note.occurredAt) {
      involved.add(lastConversation.note).add(note);
      calls++;
    }
    if (isConversation(note)) lastConversation = { note, day };
  }
  if (calls === 0) return [];
  const notes = group.notes.filter((n) => involved.has(n));
  return [finding(group, 'call_after_conversation', quiet.rule, notes, { count: calls })];
};
