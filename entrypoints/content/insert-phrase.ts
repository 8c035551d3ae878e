/**
 * Puts a ready phrase from the popup into the page: into the typing field the
 * person last focused here, at its caret, the way the overlay inserts a reply.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { editableFieldOf, editableFieldOfEvent, type EditableField } from '../../utils/overlay/field';
import type { FrameInsert } from '../../utils/messaging';
import { insertReply } from '../../utils/overlay/insert-reply';

/** Remembers the last typing field focused on this page; the returned function inserts text there. */
export function trackLastField(ctx: ContentScriptContext): (text: string) => FrameInsert {
  let last: EditableField | null = null;
  ctx.addEventListener(
    window,
    'focusin',
    (event) => {
      if (ctx.isInvalid) return;
      last = editableFieldOfEvent(event) ?? last;
    },
    { capture: true },
  );
  return (text) => {
    const active = document.activeElement;
    // Focus went on into a frame: the person is typing there, in a document this script
    // cannot see (the frame's own script, if it has one, reports its field to the
    // background). A field of this page focused earlier is not where they are now.
    if (active?.localName === 'iframe' || active?.localName === 'frame') return 'focus-in-frame';
    // The field focused now (it may have had focus before this script arrived), else the last one still on the page.
    const field = editableFieldOf(active) ?? (last?.element.isConnected ? last : null);
    // With nothing "pasted" to replace, the phrase goes in at the caret, over any selection.
    return field && insertReply({ field, text: '', before: null }, text) ? 'inserted' : 'no-field';
  };
}
