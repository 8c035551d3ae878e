/**
 * The message, rendered strictly as text nodes, with each signal's evidence
 * highlighted in its tier's colour and amounts and time limits underlined.
 * Pointing at or tabbing to a highlight shows what it means.
 */
import type { ComponentChild } from 'preact';
import { useMemo, useRef, useState } from 'preact/hooks';
import type { Analysis } from '../../utils/analyzer/types';
import type { OverlayT } from '../../utils/overlay/overlay-text';
import { isMarked, segmentsOf, type Segment } from '../../utils/overlay/segments';

interface Props {
  text: string;
  analysis: Analysis;
  t: OverlayT;
  /** Prefix for element ids, unique within the shadow root. */
  idPrefix: string;
}

interface Tip {
  segment: Segment;
  top: number;
  left: number;
}

/** What a highlighted stretch means, one line per signal or entity on it. */
function tipLines(segment: Segment, t: OverlayT): { title: string; body?: string }[] {
  const lines: { title: string; body?: string }[] = segment.signals.map((s) => ({
    title: t(`overlaySignal_${s.label}`),
    body: t(`overlayExplain_${s.label}`),
  }));
  if (segment.amount) lines.push({ title: t('overlayAmount') });
  if (segment.deadline) lines.push({ title: t('overlayDeadline') });
  return lines;
}

export function MessageText({ text, analysis, t, idPrefix }: Props) {
  const segments = useMemo(() => segmentsOf(text, analysis), [text, analysis]);
  const [tip, setTip] = useState<Tip | null>(null);
  const wrapper = useRef<HTMLDivElement>(null);

  const show = (segment: Segment, target: EventTarget | null) => {
    const box = wrapper.current;
    if (!box || !(target instanceof Element)) return;
    const mark = target.getBoundingClientRect();
    const frame = box.getBoundingClientRect();
    setTip({ segment, top: mark.bottom - frame.top + 4, left: Math.max(0, mark.left - frame.left) });
  };
  const hide = () => setTip(null);
  const descriptionId = (key: string) => `${idPrefix}-explain-${key}`;

  const render = (segment: Segment): ComponentChild => {
    if (!isMarked(segment)) return segment.text;
    const describedBy = [
      ...segment.signals.map((s) => descriptionId(s.label)),
      ...(segment.amount ? [descriptionId('amount')] : []),
      ...(segment.deadline ? [descriptionId('deadline')] : []),
    ].join(' ');
    const interactive = {
      tabIndex: 0,
      'aria-describedby': describedBy,
      onMouseEnter: (e: MouseEvent) => show(segment, e.currentTarget),
      onMouseLeave: hide,
      onFocus: (e: FocusEvent) => show(segment, e.currentTarget),
      onBlur: hide,
    };
    // Innermost first, so the most serious signal's colour is the one on top.
    const layers = [
      ...(segment.amount ? [{ entity: 'amount' }] : []),
      ...(segment.deadline ? [{ entity: 'deadline' }] : []),
      ...segment.signals,
    ];
    let node: ComponentChild = segment.text;
    layers.forEach((layer, depth) => {
      const props = depth === layers.length - 1 ? interactive : {};
      node =
        'entity' in layer ? (
          <span class={`entity ${layer.entity}`} data-entity={layer.entity} {...props}>
            {node}
          </span>
        ) : (
          <mark class={`signal ${layer.tier}`} data-signal={layer.label} {...props}>
            {node}
          </mark>
        );
    });
    return node;
  };

  const described = [...new Set(segments.flatMap((s) => s.signals.map((x) => x.label)))];
  return (
    <div class="message-wrap" ref={wrapper}>
      <div class="message" data-message="">
        {segments.map(render)}
      </div>
      {tip && (
        <div class="tip" aria-hidden="true" style={{ top: `${tip.top}px`, left: `${tip.left}px` }}>
          {tipLines(tip.segment, t).map((line, i) => (
            <p key={i}>
              <strong>{line.title}</strong>
              {line.body ? ` — ${line.body}` : ''}
            </p>
          ))}
        </div>
      )}
      <div hidden>
        {described.map((label) => (
          <span key={label} id={descriptionId(label)}>
            {`${t(`overlaySignal_${label}`)}: ${t(`overlayExplain_${label}`)}`}
          </span>
        ))}
        <span id={descriptionId('amount')}>{t('overlayAmount')}</span>
        <span id={descriptionId('deadline')}>{t('overlayDeadline')}</span>
      </div>
    </div>
  );
}
