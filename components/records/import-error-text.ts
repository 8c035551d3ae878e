/** Why an import file was refused, in plain words: one sentence, then the problems it found. */
import type { StringKey } from '../../utils/i18n';
import type { ImportError, ImportProblem } from '../../utils/records/import-errors';

type Translate = (key: StringKey, params?: Record<string, string | number>) => string;

const MB = 1024 * 1024;

function problemText(problem: ImportProblem, t: Translate): string {
  const expected = t(`recordsExpected_${problem.expected}` as StringKey, { detail: problem.detail ?? '' });
  return problem.note === null
    ? t('recordsProblemFile', { field: problem.field, expected })
    : t('recordsProblemNote', { number: problem.note + 1, field: problem.field, expected });
}

/** The reason, and (for invalid notes) each problem found, numbered from 1 as people count. */
export function importErrorText(error: ImportError, t: Translate): { summary: string; problems: string[] } {
  switch (error.code) {
    case 'too_large':
      return { summary: t('recordsImportError_too_large', { size: Math.ceil(error.bytes / MB), max: error.maxBytes / MB }), problems: [] };
    case 'too_deep':
      return { summary: t('recordsImportError_too_deep', { line: error.line }), problems: [] };
    case 'forbidden_key':
      return { summary: t('recordsImportError_forbidden_key', { key: error.key, line: error.line }), problems: [] };
    case 'not_json':
      return {
        summary: error.line === null ? t('recordsImportError_not_json_plain') : t('recordsImportError_not_json', { line: error.line, column: error.column ?? 1 }),
        problems: [],
      };
    case 'newer_version':
      return { summary: t('recordsImportError_newer_version', { version: error.version }), problems: [] };
    case 'invalid': {
      const problems = error.problems.map((p) => problemText(p, t));
      const rest = error.total - error.problems.length;
      return { summary: t('recordsImportError_invalid', { total: error.total }), problems: rest > 0 ? [...problems, t('recordsProblemsMore', { count: rest })] : problems };
    }
    default:
      return { summary: t(`recordsImportError_${error.code}` as StringKey), problems: [] };
  }
}
