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
  for (const template of ranked(purpose, labels)) {
    const text = fill(template.text[lang], values);
    if (text !== null) return { id: template.id, purpose, text, lang };
  }
  return null;
}

// Each purpose's templates in their written order, sorted out once rather than for every message.
const BY_PURPOSE = new Map<Purpose, ReplyTemplate[]>();
for (const template of TEMPLATES) {
  const list = BY_PURPOSE.get(template.purpose);
  if (list) list.push(template);
  else BY_PURPOSE.set(template.purpose, [template]);
}

function ranked(purpose: Purpose, labels: readonly Label[]): ReplyTemplate[] {
  const candidates = BY_PURPOSE.get(purpose) ?? [];
  const fitting = LABEL_PRIORITY.filter((label) => labels.includes(label)).flatMap((label) =>
    candidates.filter((template) => template.for?.includes(label)),
  );
  return [...new Set([...fitting, ...candidates.filter((template) => !template.for)])];
}
