import type { ReplyTemplate } from '../template';
import { ACKNOWLEDGE } from './acknowledge';
import { ASK_SOLUTION } from './ask-solution';
import { DISPUTE } from './dispute';
import { EXPLAIN_SITUATION } from './explain-situation';
import { RECORD_KEEPING } from './record-keeping';
import { REQUEST_SUPERVISOR } from './request-supervisor';
import { REQUEST_WRITTEN_DETAILS } from './request-written-details';
import { SET_BOUNDARY } from './set-boundary';
import { STOP_THIRD_PARTY_CONTACT } from './stop-third-party-contact';
import { VERIFY_IDENTITY } from './verify-identity';

/** Every reply template, grouped by purpose; within a purpose, the preferred wording comes first. */
export const TEMPLATES: readonly ReplyTemplate[] = [
  ...ACKNOWLEDGE,
  ...EXPLAIN_SITUATION,
  ...ASK_SOLUTION,
  ...REQUEST_WRITTEN_DETAILS,
  ...REQUEST_SUPERVISOR,
  ...SET_BOUNDARY,
  ...STOP_THIRD_PARTY_CONTACT,
  ...DISPUTE,
  ...VERIFY_IDENTITY,
  ...RECORD_KEEPING,
];
