/** Why the note is not saved yet, said plainly, at the top of the form. */
import { useApp } from '../app/AppFrame';
import type { DraftProblem } from '../../utils/notes/validate';
import { problemText } from './problem-text';

/** The list of problems (or one failure), announced as an alert; nothing when all is well. */
export function ProblemList({ problems, failure }: { problems: readonly DraftProblem[]; failure: string | null }) {
  const { t } = useApp();
  if (problems.length === 0 && !failure) return null;
  return (
    <div class="problems" role="alert" tabIndex={-1} id="note-problems">
      {failure && <p>{failure}</p>}
      {problems.length > 0 && (
        <>
          <p>{t('editorProblemsTitle')}</p>
          <ul>
            {problems.map((problem) => (
              <li key={`${problem.field}:${problem.kind}`}>{problemText(problem, t)}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
