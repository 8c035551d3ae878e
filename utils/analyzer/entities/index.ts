/** The analyzer's entity extractors: sums of money, time limits and contact details. */
export { findAmounts } from './amounts';
export { findDeadlines } from './deadlines';
export { findContacts } from './contacts';
