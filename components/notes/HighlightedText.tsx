/** A message shown as plain text, its evidence marked by tier — never parsed as HTML. */
import { useApp } from '../app/AppFrame';
import type { Analysis } from '../../utils/analyzer/types';
import type { StringKey } from '../../utils/i18n';
import { segmentsOf } from '../../utils/overlay/segments';

/** The message as text nodes, with each stretch of evidence in a <mark> of its most serious tier. */
export function HighlightedText({ text, analysis }: { text: string; analysis: Analysis }) {
  const { t } = useApp();
  return (
    <p class="highlighted" lang={analysis.lang}>
      {segmentsOf(text, analysis).map((segment) => {
        const top = segment.signals[0];
        if (!top) return segment.text;
        const names = segment.signals.map((s) => t(`notesSignal_${s.label}` as StringKey)).join(', ');
        return (
          <mark key={segment.start} class={`tier-${top.tier}`} title={names}>
            {segment.text}
          </mark>
        );
      })}
    </p>
  );
}
