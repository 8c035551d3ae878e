/** Findings in the person's language: the headline, and the rule with its source and certainty. */
import type { Locale, StringKey } from '../../utils/i18n';
import type { Finding } from '../../utils/records/finding';
import { formatDate } from './dates';

type Translate = (key: StringKey, params?: Record<string, string | number>) => string;

/** "8 calls in one day, 5 Mar 2026 (the limit is 6)". */
export function findingHeadline(finding: Finding, t: Translate, locale: Locale): string {
  return t(`recordsFinding_${finding.kind}` as StringKey, {
    count: finding.count,
    limit: finding.limit ?? '',
    from: formatDate(finding.from, locale),
    to: formatDate(finding.to, locale),
  });
}

/** The plain words for how sure CalmLine is of a rule. */
export const certaintyText = (finding: Finding, t: Translate): string =>
  finding.rule ? t(`recordsCertainty_${finding.rule.certainty}` as StringKey) : t('recordsNoRule');
