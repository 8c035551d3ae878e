/** The report's first table: one row per institution, the counts a reader looks for first. */
import type { ReportSection } from '../../utils/records/evidence-report';
import { useApp } from '../app/AppFrame';
import { formatDate } from './dates';

export function ReportSummaryTable({ sections }: { sections: readonly ReportSection[] }) {
  const { t, locale } = useApp();
  // Eight columns do not fit a narrow window: the table scrolls on its own, reachable
  // by keyboard, so the rest of the report still reflows.
  return (
    <div class="report-summary-scroll" role="region" aria-labelledby="report-summary-caption" tabIndex={0}>
      <table class="report-summary">
        <caption id="report-summary-caption">{t('recordsReportSummary')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('recordsReportColInstitution')}</th>
            <th scope="col">{t('recordsReportColPeriod')}</th>
            <th scope="col">{t('recordsReportColNotes')}</th>
            <th scope="col">{t('recordsReportColContacts')}</th>
            <th scope="col">{t('recordsReportColOutside')}</th>
            <th scope="col">{t('recordsReportColThirdParty')}</th>
            <th scope="col">{t('recordsReportColConduct')}</th>
            <th scope="col">{t('recordsReportColBroken')}</th>
          </tr>
        </thead>
        <tbody>
          {sections.map(({ key, name, summary }) => (
            <tr key={key}>
              <th scope="row">{name || t('recordsNoInstitution')}</th>
              <td>
                {formatDate(summary.first, locale)} – {formatDate(summary.last, locale)}
              </td>
              <td>{summary.notes}</td>
              <td>{summary.theirContacts}</td>
              <td>{summary.byKind.outside_hours}</td>
              <td>{summary.byKind.third_party}</td>
              <td>{summary.byKind.conduct}</td>
              <td>{summary.byKind.broken_promise}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
