/** Milliseconds in one day, for arithmetic on epoch times (calendar days in UTC, or plain spans). */
export const DAY_MS = 86_400_000;
