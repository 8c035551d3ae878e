/**
 * What the side panel should show when it opens or is already open: a new note
 * (possibly about a page), or one existing note. Written by the popup and the
 * background, read and cleared by the side panel. Session storage: it does not
 * outlive the browser session.
 */
import { storage } from 'wxt/utils/storage';
import type { NoteSource } from './notes/note';

export type SidePanelRequest =
  | { kind: 'new-note'; source: NoteSource | null; at: number }
  | { kind: 'show-note'; noteId: string; at: number };

export const sidePanelRequestItem = storage.defineItem<SidePanelRequest | null>('session:sidePanelRequest', {
  fallback: null,
});
