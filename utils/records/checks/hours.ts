/** Contacts the collector made outside the hours the rules permit, in local time. */
import { type Check, finding, isTheirContact } from '../finding';

/** One finding per institution listing every contact outside the permitted window (both ends allowed). */
export const checkHours: Check = (group, { limits, clock }) => {
  const hours = limits.hours;
  if (!hours) return [];
  const outside = group.notes.filter((note) => {
    if (!isTheirContact(note)) return false;
    const { minute } = clock(note.occurredAt);
    return minute < hours.from || minute > hours.until;
  });
  return outside.length ? [finding(group, 'outside_hours', hours.rule, outside)] : [];
};
