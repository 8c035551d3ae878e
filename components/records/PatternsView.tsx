/**
 * The "Patterns" view of the side panel: for one institution, contacts over time
 * and what the notes show against the chosen jurisdiction's rules, each finding
 * linked to the notes behind it.
 */
import { useMemo, useState, useId } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sidePanelRequestItem } from '../../utils/side-panel-request';
import { CONTACT_LIMITS } from '../../utils/rights/contact-limits';
import { findPatterns } from '../../utils/records/contact-patterns';
import { contactSeries } from '../../utils/records/contact-series';
import { groupByInstitution } from '../../utils/records/institutions';
import { localClock } from '../../utils/records/local-clock';
import type { Note } from '../../utils/notes/note';
import { useApp } from '../app/AppFrame';
import { ContactChart } from './ContactChart';
import { FindingCard } from './FindingCard';
import { systemTimeZone } from './dates';
import { useJurisdiction } from './jurisdiction-choice';
import { useNotes } from './use-notes';
import { JurisdictionSelect } from './JurisdictionSelect';
import './records.css';

const openNote = (note: Note) => void sidePanelRequestItem.setValue({ kind: 'show-note', noteId: note.id, at: Date.now() });

export function PatternsView() {
  const { t } = useApp();
  const notes = useNotes();
  const [jurisdiction, setJurisdiction] = useJurisdiction(navigator.languages);
  const [chosen, setChosen] = useState<string | null>(null);
  const selectId = useId();
  const zone = systemTimeZone();
  const clock = useMemo(() => localClock(zone), [zone]);
  const groups = useMemo(() => groupByInstitution(notes ?? []), [notes]);
  const group = groups.find((g) => g.key === chosen) ?? groups[0];
  const findings = useMemo(
    () => (group ? findPatterns(group.notes, { jurisdiction, clock, now: Date.now() }) : []),
    [group, jurisdiction, clock],
  );
  const hours = CONTACT_LIMITS[jurisdiction].hours;
  const series = useMemo(() => contactSeries(group?.notes ?? [], clock, hours), [group, clock, hours]);
  const notesById = useMemo(() => new Map((group?.notes ?? []).map((n) => [n.id, n])), [group]);
  const reportUrl = `${browser.runtime.getURL('/report.html')}?jurisdiction=${jurisdiction}`;

  return (
    <section class="records-view" aria-labelledby="records-patterns-title" data-testid="records-patterns">
      <h2 id="records-patterns-title">{t('recordsPatternsTitle')}</h2>
      <p class="records-muted">{t('recordsPatternsIntro')}</p>
      {notes === null ? (
        <p role="status">{t('recordsLoading')}</p>
      ) : !group ? (
        <p>{t('recordsNoNotes')}</p>
      ) : (
        <>
          <div class="records-controls">
            <JurisdictionSelect value={jurisdiction} onChange={setJurisdiction} />
            <div class="records-field">
              <label for={selectId}>{t('recordsInstitution')}</label>
              <select id={selectId} value={group.key} onChange={(e) => setChosen((e.currentTarget as HTMLSelectElement).value)}>
                {groups.map((g) => (
                  <option key={g.key} value={g.key}>
                    {g.name || t('recordsNoInstitution')} ({g.notes.length})
                  </option>
                ))}
              </select>
            </div>
          </div>
          <p class="records-muted">{t('recordsTimeZone', { zone })}</p>
          <ContactChart institution={group.name || t('recordsNoInstitution')} series={series} showOutside={hours !== null} />
          <h3>{t('recordsFindingsTitle')}</h3>
          {findings.length === 0 ? (
            <p>{t('recordsNoFindings')}</p>
          ) : (
            findings.map((finding) => (
              <FindingCard
                key={`${finding.kind}:${finding.rule?.id ?? ''}:${finding.from}`}
                finding={finding}
                notesById={notesById}
                noteLink={(note, time) => (
                  <>
                    {time}{' '}
                    <button type="button" class="records-link" aria-label={t('recordsOpenNoteLabel', { time })} onClick={() => openNote(note)}>
                      {t('recordsOpenNote')}
                    </button>
                  </>
                )}
              />
            ))
          )}
          <p>
            <a href={reportUrl} target="_blank" rel="noopener">
              {t('recordsOpenReport')}
            </a>
          </p>
          <p class="records-muted">{t('recordsNotAdvice')}</p>
        </>
      )}
    </section>
  );
}
