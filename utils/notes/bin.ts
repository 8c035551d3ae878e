/**
 * The bin: a deleted note stays there, recoverable through export, for this long,
 * then it is removed for good. People delete notes for privacy as well as tidiness,
 * so "deleted" must not mean "kept forever".
 */
import { DAY_MS } from '../time-units';

export const BIN_KEEPS_DAYS = 30;

/** Notes deleted before this time have been in the bin long enough to be removed. */
export const binCutoff = (now: number): number => now - BIN_KEEPS_DAYS * DAY_MS;
