/** Every situation, in the order of the practical guide: prepare, talk, handle hard moments, follow up. */
import type { Situation, SituationId } from './types';
import { beforeCall } from './situations/before-call';
import { aggressive } from './situations/aggressive';
import { moreTime } from './situations/more-time';
import { paymentPlan } from './situations/payment-plan';
import { reduceFees } from './situations/reduce-fees';
import { familyEmployer } from './situations/family-employer';
import { legalThreat } from './situations/legal-threat';
import { scam } from './situations/scam';
import { supervisor } from './situations/supervisor';
import { ending } from './situations/ending';
import { afterCall } from './situations/after-call';

export const SITUATIONS: readonly Situation[] = [
  beforeCall,
  aggressive,
  moreTime,
  paymentPlan,
  reduceFees,
  familyEmployer,
  legalThreat,
  scam,
  supervisor,
  ending,
  afterCall,
];

/** The situation with this id; every id in SITUATION_IDS has one. */
export function situationById(id: SituationId): Situation {
  return SITUATIONS.find((s) => s.id === id) ?? SITUATIONS[0]!;
}
