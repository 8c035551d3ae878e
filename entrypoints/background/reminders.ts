/**
 * Reminders: when a follow-up or an open promise falls due, a notification says
 * so; clicking it opens the notes on that contact. One alarm, always set to the
 * next due time; what has been announced is remembered, so nothing is repeated.
 */
import type { browser } from 'wxt/browser';
import { getDatabase } from '../../utils/db/instance';
import { readMeta, writeMeta } from '../../utils/db/meta';
import { listNotes } from '../../utils/db/notes-repository';
import { dueBetween, nextDueAt, type DueItem } from '../../utils/notes/due';
import { summarize } from '../../utils/notes/summary';
import { REMINDER_ALARM, scheduleReminder } from '../../utils/reminder-alarm';
import { sidePanelRequestItem } from '../../utils/side-panel-request';
import { notesTranslator, type Translate } from './notes-translator';
import { openNotes } from './side-panel';

type Browser = typeof browser;
type Api = Pick<Browser, 'alarms' | 'notifications' | 'runtime' | 'windows' | 'tabs'>;

const NOTIFICATION_PREFIX = 'calmline-note:';
/** An alarm can fire a little late (a sleeping computer); items due this long before the first check still count. */
const FIRST_CHECK_WINDOW_MS = 10 * 60 * 1000;

/** Sets the alarm to the next due time after `now`, or clears it. */
export async function refreshReminderAlarm(api: Pick<Browser, 'alarms'>, now = Date.now()): Promise<void> {
  await scheduleReminder(api.alarms, nextDueAt(await listNotes(getDatabase()), now));
}

function message(item: DueItem, t: Translate): { title: string; message: string } {
  const summary = item.kind === 'promise' ? item.promise.what : summarize(item.note);
  const title = t(item.kind === 'promise' ? 'notesReminderPromise' : 'notesReminderFollowUp');
  const institution = item.note.institution;
  return { title, message: institution ? t('notesReminderBody', { institution, summary }) : summary || title };
}

/** Announces everything that fell due since the last announcement, then sets the next alarm. */
export async function remindDue(api: Api, now = Date.now()): Promise<DueItem[]> {
  const db = getDatabase();
  const after = (await readMeta<number>(db, 'remindedUntil')) ?? now - FIRST_CHECK_WINDOW_MS;
  const notes = await listNotes(db);
  const due = dueBetween(notes, after, now);
  await writeMeta(db, 'remindedUntil', now);
  const t = await notesTranslator();
  for (const item of due) {
    await api.notifications.create(`${NOTIFICATION_PREFIX}${item.note.id}:${item.at}`, {
      type: 'basic',
      iconUrl: api.runtime.getURL('/icon/128.png'),
      ...message(item, t),
    });
  }
  await scheduleReminder(api.alarms, nextDueAt(notes, now));
  return due;
}

/** Opens the notes on the note a notification was about; a tab serves where no panel can open. */
function openFromNotification(api: Api, notificationId: string): void {
  if (!notificationId.startsWith(NOTIFICATION_PREFIX)) return;
  const noteId = notificationId.slice(NOTIFICATION_PREFIX.length).split(':')[0]!;
  // Opening first, before anything is awaited, keeps the click's user gesture.
  const opened = openNotes(api as Browser, api.windows?.WINDOW_ID_CURRENT).catch(() => false);
  void sidePanelRequestItem.setValue({ kind: 'show-note', noteId, at: Date.now() });
  void opened.then((ok) => (ok ? undefined : api.tabs.create({ url: api.runtime.getURL('/sidepanel.html') })));
  void api.notifications.clear(notificationId);
}

/** Wires the alarm and the notifications. Call once from the background's main(). */
export function startReminders(api: Api): void {
  api.runtime.onInstalled.addListener(() => {
    void writeMeta(getDatabase(), 'remindedUntil', Date.now()).then(() => refreshReminderAlarm(api));
  });
  api.runtime.onStartup.addListener(() => void refreshReminderAlarm(api));
  api.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === REMINDER_ALARM) void remindDue(api);
  });
  api.notifications.onClicked.addListener((id) => openFromNotification(api, id));
}
