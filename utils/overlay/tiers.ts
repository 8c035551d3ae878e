/** How strongly each tier asks for attention, and which labels an analysis found. */
import { LABELS, type Analysis, type Label, type Tier } from '../analyzer/types';

/** Tiers from most to least in need of attention; the legend and nesting follow this order. */
export const TIER_ORDER: readonly Tier[] = ['danger', 'warning', 'info', 'positive'];

const rank = (tier: Tier) => TIER_ORDER.indexOf(tier);

/** Negative when `a` needs more attention than `b`. */
export function compareTiers(a: Tier, b: Tier): number {
  return rank(a) - rank(b);
}

export interface LegendEntry {
  label: Label;
  tier: Tier;
}

/** Each label found once, most serious tier first, then in the analyzer's label order. */
export function legendOf(analysis: Pick<Analysis, 'signals'>): LegendEntry[] {
  const seen = new Map<Label, Tier>();
  for (const signal of analysis.signals) if (!seen.has(signal.label)) seen.set(signal.label, signal.tier);
  return [...seen]
    .map(([label, tier]) => ({ label, tier }))
    .sort((a, b) => compareTiers(a.tier, b.tier) || LABELS.indexOf(a.label) - LABELS.indexOf(b.label));
}
