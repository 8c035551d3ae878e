import type { Label, Lang, Purpose, Suggestion } from '../types';
import { fill, type PlaceholderValues } from './placeholders';
import { LABEL_PRIORITY } from './purposes';
import type { ReplyTemplate } from './template';
import { TEMPLATES } from './templates';

/**
 * The reply for one purpose: wording written for the message's most pressing label first,
 * then general wording in its preferred order, skipping any whose placeholders are unknown.
 */
export function chooseTemplate(
  purpose: Purpose,
  labels: readonly Label[],
  values: PlaceholderValues,
  lang: Lang,
): Suggestion | null {
  const { forLabel, general } = BY_PURPOSE.get(purpose) ?? NONE;
  // A template written for two labels may be tried twice; it fails the same way again.
  for (const label of LABEL_PRIORITY) {
    if (!labels.includes(label)) continue;
    for (const template of forLabel.get(label) ?? []) {
      const suggestion = tried(template, purpose, values, lang);
      if (suggestion) return suggestion;
    }
  }
  for (const template of general) {
    const suggestion = tried(template, purpose, values, lang);
    if (suggestion) return suggestion;
  }
  return null;
}

function tried(template: ReplyTemplate, purpose: Purpose, values: PlaceholderValues, lang: Lang): Suggestion | null {
  const text = fill(template.text[lang], values);
  return text === null ? null : { id: template.id, purpose, text, lang };
}

// Each purpose's templates in their written order, by the label they were written for and
// general ones apart, sorted out once rather than for every message.
interface PurposeTemplates {
  forLabel: Map<Label, ReplyTemplate[]>;
  general: ReplyTemplate[];
}
const NONE: PurposeTemplates = { forLabel: new Map(), general: [] };
const BY_PURPOSE = new Map<Purpose, PurposeTemplates>();
for (const template of TEMPLATES) {
  let entry = BY_PURPOSE.get(template.purpose);
  if (!entry) BY_PURPOSE.set(template.purpose, (entry = { forLabel: new Map(), general: [] }));
  if (!template.for) entry.general.push(template);
  for (const label of template.for ?? []) {
    const list = entry.forLabel.get(label);
    if (list) list.push(template);
    else entry.forLabel.set(label, [template]);
  }
}
