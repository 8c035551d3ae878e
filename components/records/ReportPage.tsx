/**
 * The evidence report: a print-ready page for a complaint to a regulator, a
 * lawyer or the lender. Per institution, the findings with their rules and the
 * timeline of contacts; a summary table first. Printing it (or saving as PDF) is
 * the browser's own.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { getDatabase } from '../../utils/db/instance';
import { readNotes } from '../../utils/db/backup';
import type { Note } from '../../utils/notes/note';
import { buildEvidenceReport } from '../../utils/records/evidence-report';
import { scopeFromQuery } from '../../utils/records/export-scope';
import { localClock } from '../../utils/records/local-clock';
import { RIGHTS } from '../../utils/rights/catalog';
import { useApp } from '../app/AppFrame';
import { formatDate, systemTimeZone } from './dates';
import { FindingCard } from './FindingCard';
import { asJurisdiction, useJurisdiction } from './jurisdiction-choice';
import { ReportSummaryTable } from './ReportSummaryTable';
import { ReportTimeline } from './ReportTimeline';
import './report.css';

export function ReportPage({ query, languages }: { query: URLSearchParams; languages: readonly string[] }) {
  const { t, locale } = useApp();
  const [chosen] = useJurisdiction(languages);
  const jurisdiction = asJurisdiction(query.get('jurisdiction')) ?? chosen;
  const [notes, setNotes] = useState<Note[] | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  useEffect(() => {
    readNotes(getDatabase(), scopeFromQuery(query)).then(setNotes, (error: unknown) => setFailed(String((error as Error)?.message ?? error)));
  }, [query]);
  const now = useMemo(() => Date.now(), []);
  const report = useMemo(
    () => notes && buildEvidenceReport(notes, { jurisdiction, clock: localClock(systemTimeZone()), now }),
    [notes, jurisdiction, now],
  );
  useEffect(() => {
    document.title = t('recordsReportTitle');
  }, [t]);

  return (
    <main class="report" data-testid="records-report">
      <header class="report-header">
        <h1>{t('recordsReportTitle')}</h1>
        <p>{t('recordsReportMeta', { date: formatDate(now, locale), jurisdiction: RIGHTS[jurisdiction].name[locale] })}</p>
        <p class="report-screen-only">
          <button type="button" class="report-print" onClick={() => window.print()}>
            {t('recordsReportPrint')}
          </button>{' '}
          <span class="records-muted">{t('recordsReportPrintHint')}</span>
        </p>
        <p class="report-disclaimer">{t('recordsReportDisclaimer')}</p>
      </header>
      {failed && <p role="alert">{t('somethingWentWrong', { detail: failed })}</p>}
      {!report && !failed && <p role="status">{t('recordsLoading')}</p>}
      {report && report.sections.length === 0 && <p>{t('recordsReportEmpty')}</p>}
      {report && report.sections.length > 0 && (
        <>
          <ReportSummaryTable sections={report.sections} />
          {report.sections.map((section) => {
            const byId = new Map(section.timeline.map((n) => [n.id, n]));
            const name = section.name || t('recordsNoInstitution');
            return (
              <section key={section.key} class="report-institution" aria-label={name}>
                <h2>{name}</h2>
                <h3>{t('recordsReportFindings')}</h3>
                {section.findings.length === 0 ? (
                  <p>{t('recordsNoFindings')}</p>
                ) : (
                  section.findings.map((finding) => (
                    <FindingCard
                      key={`${finding.kind}:${finding.rule?.id ?? ''}:${finding.from}`}
                      finding={finding}
                      notesById={byId}
                      expanded
                      noteLink={(note, time) => (
                        <a href={`#note-${note.id}`} aria-label={t('recordsReportNoteLink', { time })}>
                          {time}
                        </a>
                      )}
                    />
                  ))
                )}
                <h3>{t('recordsReportTimeline')}</h3>
                <ReportTimeline notes={section.timeline} />
              </section>
            );
          })}
          <p class="report-disclaimer">{t('notLegalAdvice')}</p>
        </>
      )}
    </main>
  );
}
