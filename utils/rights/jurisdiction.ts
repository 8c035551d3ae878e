/** The places whose collection rules CalmLine knows (see the rights data). */
export const JURISDICTIONS = ['CN', 'TW', 'HK', 'US', 'UK'] as const;
export type Jurisdiction = (typeof JURISDICTIONS)[number];

/** A first guess from the browser's languages; the person can always change it. */
export function guessJurisdiction(languages: readonly string[]): Jurisdiction {
  for (const raw of languages) {
    const tag = raw.toLowerCase().replace(/_/g, '-');
    if (/^zh-(hant-)?tw\b/.test(tag) || tag === 'zh-hant') return 'TW';
    if (/^zh-(hant-)?(hk|mo)\b/.test(tag)) return 'HK';
    if (tag.startsWith('zh')) return 'CN';
    if (tag === 'en-gb' || tag === 'en-uk') return 'UK';
    if (tag === 'en-hk') return 'HK';
    if (tag.startsWith('en')) return 'US';
  }
  return 'US';
}
