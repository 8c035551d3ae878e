/**
 * The side panel's views, in tab order. A feature adds its view with one line:
 * an id, the key of its tab label, and how to render it.
 */
import type { JSX } from 'preact';
import type { StringKey } from '../../utils/i18n';
import type { SidePanelRequest } from '../../utils/side-panel-request';
import { NotesView } from '../notes/NotesView';
import { BackupView } from '../records/BackupView';
import { PatternsView } from '../records/PatternsView';

export interface ViewProps {
  /** A request from the popup or the background; only the notes view receives one. */
  request: SidePanelRequest | null;
  /** Called once the request has been acted on. */
  onRequestHandled: () => void;
}

export interface View {
  id: string;
  label: StringKey;
  render: (props: ViewProps) => JSX.Element;
}

export const VIEWS: readonly View[] = [
  { id: 'notes', label: 'sidepanelViewNotes', render: (props) => <NotesView {...props} /> },
  { id: 'patterns', label: 'recordsTabPatterns', render: () => <PatternsView /> },
  { id: 'backup', label: 'recordsTabBackup', render: () => <BackupView /> },
];

/** The view that shows notes, where requests to show or start a note go. */
export const NOTES_VIEW = 'notes';
