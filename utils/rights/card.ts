/**
 * A "know your rights" card: one jurisdiction's rules in one language, grouped
 * by topic, each with its source and certainty.
 */
import type { Locale } from '../i18n/locale';
import { RIGHTS } from './catalog';
import type { Jurisdiction } from './jurisdiction';
import { CORE_TOPICS, RIGHTS_TOPICS, type Certainty, type RightsRule, type RightsTopic } from './types';

export interface CardRule {
  text: string;
  source: string;
  certainty: Certainty;
}

export interface CardSection {
  topic: RightsTopic;
  /** Empty when the rules CalmLine holds say nothing on this topic. */
  rules: CardRule[];
}

export interface RightsCard {
  jurisdiction: Jurisdiction;
  name: string;
  sections: CardSection[];
}

const REPORTED: Readonly<Record<Locale, RegExp>> = {
  en: /\breported\b/i,
  zh_CN: /据报|据称/,
  zh_TW: /據報|據稱/,
};

/** Whether a rule may be shown: uncertain rules only when their own words say they are reported. */
export function isShowable(rule: RightsRule, locale: Locale): boolean {
  return rule.certainty !== 'U' || REPORTED[locale].test(rule.text[locale]);
}

/** The card for `jurisdiction` in `locale`: the core topics always, other topics when there are rules. */
export function rightsCard(jurisdiction: Jurisdiction, locale: Locale): RightsCard {
  const { name, rules } = RIGHTS[jurisdiction];
  const sections = RIGHTS_TOPICS.map((topic) => ({
    topic,
    rules: rules
      .filter((rule) => rule.topic === topic && isShowable(rule, locale))
      .map((rule) => ({ text: rule.text[locale], source: rule.source[locale], certainty: rule.certainty })),
  })).filter((section) => section.rules.length > 0 || CORE_TOPICS.includes(section.topic));
  return { jurisdiction, name: name[locale], sections };
}
