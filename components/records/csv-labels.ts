/** The CSV's headings and values in the person's language. */
import type { Locale, StringKey } from '../../utils/i18n';
import { CSV_COLUMNS, type CsvLabels } from '../../utils/records/csv';

type Translate = (key: StringKey, params?: Record<string, string | number>) => string;

const pad = (n: number) => String(n).padStart(2, '0');

/** Local `YYYY-MM-DD HH:mm`: spreadsheets sort and read it as a date in every language. */
function sortableDateTime(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** Labels for csvChunks, from the interface strings. */
export function csvLabels(t: Translate, locale: Locale): CsvLabels {
  return {
    headers: Object.fromEntries(CSV_COLUMNS.map((c) => [c, t(`recordsCsv_${c}` as StringKey)])) as CsvLabels['headers'],
    channel: (c) => t(`notesChannel_${c}` as StringKey),
    direction: (d) => t(`notesDirection_${d}` as StringKey),
    by: (by) => t(`notesPromiseBy_${by}` as StringKey),
    status: (s) => t(`recordsPromiseStatus_${s}` as StringKey),
    signal: (l) => t(`notesSignal_${l}` as StringKey),
    dueBy: (date) => t('notesPromiseDue', { date }),
    colon: locale === 'en' ? ': ' : '：',
    dateTime: sortableDateTime,
    date: (ms) => sortableDateTime(ms).slice(0, 10),
  };
}
