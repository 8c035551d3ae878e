/**
 * The reply being checked, kept for the browser session: the popup closes as soon
 * as the person clicks elsewhere, and their draft must still be there when it opens.
 */
import { storage } from 'wxt/utils/storage';

export const replyDraftItem = storage.defineItem<string>('session:popupReplyDraft', { fallback: '' });
