/** Puts a finding's calmer text in place, without touching the rest of the draft. */
import type { ToneFinding } from './types';

/**
 * The draft with `finding` replaced by its fix. The draft comes back unchanged when
 * there is no fix or the draft no longer holds the finding's text there.
 */
export function applyFix(text: string, finding: ToneFinding): string {
  if (finding.fix === null || text.slice(finding.start, finding.end) !== finding.text) return text;
  return text.slice(0, finding.start) + finding.fix + text.slice(finding.end);
}
