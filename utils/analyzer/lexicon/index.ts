import type { Lexicon } from '../match/compile';
import { ABUSE } from './abuse';
import { COLLECTION_CUES } from './collection-cues';
import { CONCEPTS_EN } from './concepts-en';
import { CONCEPTS_ZH } from './concepts-zh';
import { CONTACT_REQUEST } from './contact-request';
import { CREDIT_REPORT } from './credit-report';
import { CRIMINAL_THREAT } from './criminal-threat';
import { DEADLINE } from './deadline';
import { FEE_OR_PENALTY } from './fee-or-penalty';
import { LEGAL_ACTION } from './legal-action';
import { LOOK_ALIKE_CUES } from './look-alike-cues';
import { NEGATION_BLOCKERS, NEGATION_CANCELS, NEGATION_CUES, NEGATION_TOUCHING } from './negation';
import { PAYMENT_DEMAND } from './payment-demand';
import { SCAM_SIGNAL } from './scam-signal';
import { SETTLEMENT_OFFER } from './settlement-offer';
import { THIRD_PARTY_CONTACT } from './third-party-contact';
import { VIOLENCE_THREAT } from './violence-threat';
import { VISIT_THREAT } from './visit-threat';

/** The analyzer's whole lexicon: every label's rules, the collection cues and negation words. */
export const LEXICON: Lexicon = {
  concepts: { ...CONCEPTS_ZH, ...CONCEPTS_EN },
  labels: [
    PAYMENT_DEMAND,
    DEADLINE,
    FEE_OR_PENALTY,
    CREDIT_REPORT,
    LEGAL_ACTION,
    CRIMINAL_THREAT,
    THIRD_PARTY_CONTACT,
    VISIT_THREAT,
    ABUSE,
    VIOLENCE_THREAT,
    SCAM_SIGNAL,
    SETTLEMENT_OFFER,
    CONTACT_REQUEST,
  ],
  cues: [...COLLECTION_CUES, ...LOOK_ALIKE_CUES],
  negation: { cues: NEGATION_CUES, touching: NEGATION_TOUCHING, blockers: NEGATION_BLOCKERS, cancels: NEGATION_CANCELS },
};
