/**
 * Contacts over time for one institution: a small SVG bar chart that screen
 * readers hear as one image with a title and a summary, and the same numbers as a
 * table for anyone who prefers them.
 */
import { useId } from 'preact/hooks';
import type { StringKey } from '../../utils/i18n';
import type { ContactSeries, SeriesPoint } from '../../utils/records/contact-series';
import { useApp } from '../app/AppFrame';
import { formatDayNumber } from './dates';

const WIDTH = 320;
const HEIGHT = 140;
const AXIS = 18;
const TOP = 12;

interface Props {
  institution: string;
  series: ContactSeries;
  /** Whether the jurisdiction has permitted hours (so the second series means something). */
  showOutside: boolean;
}

export function ContactChart({ institution, series, showOutside }: Props) {
  const { t, locale } = useApp();
  const id = useId();
  const { points, bucket } = series;
  if (points.length === 0) return null;
  const max = Math.max(1, ...points.map((p) => p.count));
  const total = points.reduce((sum, p) => sum + p.count, 0);
  const slot = WIDTH / points.length;
  // A few bars stay slim rather than filling the width; many bars keep a small gap.
  const bar = Math.max(1, Math.min(slot * 0.7, 24));
  const y = (count: number) => ((HEIGHT - AXIS - TOP) * count) / max;
  const style = bucket === 'month' ? 'month' : 'short';
  const label = (p: SeriesPoint) =>
    bucket === 'week' ? t('recordsWeekOf', { date: formatDayNumber(p.start, locale) }) : formatDayNumber(p.start, locale, bucket === 'month' ? 'month' : 'date');
  const bucketWord = t(`recordsBucket_${bucket}` as StringKey);
  const title = t('recordsChartTitle', { institution });
  const desc = t('recordsChartDesc', {
    count: total,
    from: label(points[0]!),
    to: label(points[points.length - 1]!),
    bucket: bucketWord,
    max,
  });

  return (
    <figure class="records-chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={`${id}-title ${id}-desc`}>
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{desc}</desc>
        <line class="records-chart-axis" x1="0" x2={WIDTH} y1={HEIGHT - AXIS} y2={HEIGHT - AXIS} />
        {points.map((p, i) => {
          const x = i * slot + (slot - bar) / 2;
          const base = HEIGHT - AXIS;
          return (
            <g key={p.start}>
              <rect class="records-chart-bar" x={x} width={bar} y={base - y(p.count)} height={y(p.count)} />
              {showOutside && p.outsideHours > 0 && (
                <rect class="records-chart-outside" x={x} width={bar} y={base - y(p.outsideHours)} height={y(p.outsideHours)} />
              )}
            </g>
          );
        })}
        <text class="records-chart-label" x="0" y={HEIGHT - 4}>
          {formatDayNumber(points[0]!.start, locale, style)}
        </text>
        <text class="records-chart-label" x={WIDTH} y={HEIGHT - 4} text-anchor="end">
          {formatDayNumber(points[points.length - 1]!.start, locale, style)}
        </text>
        <text class="records-chart-label" x="2" y={TOP - 2}>
          {max}
        </text>
      </svg>
      <figcaption class="records-legend">
        <span class="records-key records-key-all">{t('recordsChartLegendAll')}</span>
        {showOutside && <span class="records-key records-key-outside">{t('recordsChartLegendOutside')}</span>}
      </figcaption>
      <details class="records-table-toggle">
        <summary>{t('recordsChartTable')}</summary>
        <table class="records-table">
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t('recordsTablePeriod')}</th>
              <th scope="col">{t('recordsTableContacts')}</th>
              {showOutside && <th scope="col">{t('recordsTableOutside')}</th>}
            </tr>
          </thead>
          <tbody>
            {points
              .filter((p) => p.count > 0)
              .map((p) => (
                <tr key={p.start}>
                  <th scope="row">{label(p)}</th>
                  <td>{p.count}</td>
                  {showOutside && <td>{p.outsideHours}</td>}
                </tr>
              ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
