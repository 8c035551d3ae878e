/**
 * The popup's own translator. It reads only the common and popup string tables:
 * the shared index merges every surface's text, which alone would outgrow the
 * popup's whole 40 KB budget.
 */
import { common } from '../../utils/i18n/strings/common';
import { popup } from '../../utils/i18n/strings/popup';
import { translatorFor } from '../../utils/i18n/translator';

/** The text for `key` in `locale`, with `{placeholders}` filled. */
export const popupText = translatorFor(common, popup);

export type PopupStringKey = Parameters<typeof popupText>[1];
