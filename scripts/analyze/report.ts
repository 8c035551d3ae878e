import type { Analysis, Span } from '../../utils/analyzer/types';

const quote = (text: string, spans: readonly Span[]) => spans.map((s) => `“${text.slice(s.start, s.end)}”`).join(' ');

/** The message with every signal's evidence in 【brackets】, so a person sees what was found. */
export function highlight(text: string, spans: readonly Span[]): string {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const span of sorted) {
    if (span.start < at) continue;
    out += `${text.slice(at, span.start)}【${text.slice(span.start, span.end)}】`;
    at = span.end;
  }
  return out + text.slice(at);
}

/** A readable report of one analysis: language, collection, signals with evidence, entities, replies. */
export function formatReport(text: string, a: Analysis): string {
  const lines: string[] = [];
  lines.push(`Language: ${a.lang}    About an overdue debt: ${a.isCollection ? 'yes' : 'no'}`, '');
  lines.push(highlight(text, a.signals.flatMap((s) => s.spans)), '');
  lines.push('Signals');
  if (a.signals.length === 0) lines.push('  (none)');
  for (const s of a.signals) {
    lines.push(`  ${s.tier.padEnd(9)}${s.label.padEnd(21)}${quote(text, s.spans)}`);
    lines.push(`  ${''.padEnd(30)}rules: ${s.rules.join(', ')}`);
  }
  lines.push('', 'Amounts');
  if (a.amounts.length === 0) lines.push('  (none)');
  for (const m of a.amounts) lines.push(`  ${String(m.value).padEnd(14)}${(m.currency ?? '?').padEnd(6)}“${m.text}”`);
  lines.push('', 'Deadlines');
  if (a.deadlines.length === 0) lines.push('  (none)');
  for (const d of a.deadlines) lines.push(`  “${d.text}”${d.at ? `  → ${d.at}` : ''}`);
  lines.push('', 'Contacts');
  if (a.contacts.length === 0) lines.push('  (none)');
  for (const c of a.contacts) lines.push(`  ${c.kind.padEnd(13)}${c.value}`);
  lines.push('', 'Suggested replies');
  if (a.suggestions.length === 0) lines.push('  (none)');
  for (const s of a.suggestions) lines.push(`  [${s.purpose}] ${s.text}`);
  return lines.join('\n');
}
