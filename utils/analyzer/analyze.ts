import { collectionGate } from './collection';
import { findAmounts, findContacts, findDeadlines } from './entities/index';
import { detectLanguage } from './language';
import { matchLexicon, requiredCues } from './match/engine';
import { decideCollection } from './model/combine';
import { labelLikelihoods } from './model/label-model';
import { collectionLikelihood } from './model/read';
import { suggestReplies } from './replies/index';
import { toSignals, withModelSignals } from './signals';
import { findBoundaries } from './text/boundaries';
import { normalize } from './text/normalize';
import type { Analysis, AnalyzeOptions } from './types';

/**
 * Reads one message: its language, whether it is about an overdue debt, the tactics it
 * uses (with spans into `text`), the sums, time limits and contacts it gives, and calm
 * replies in its language. Pure: no I/O, no clock but `now`, no browser API.
 */
export function analyze(text: string, { now }: AnalyzeOptions): Analysis {
  const lang = detectLanguage(text);
  const folded = normalize(text);
  const { matches, refused } = matchLexicon(folded.text, findBoundaries(folded.text));
  // The rules' gate decides; the trained model overrules it only when confident.
  const isCollection = decideCollection(collectionGate(matches, requiredCues(), text), () => collectionLikelihood(folded.text));
  // Outside a debt conversation the same words mean something else (a fraud alert's
  // "verification code", a loan ad's "征信"), so only collection messages carry signals.
  // The rules set them; the label models add only the dangers no rule caught.
  const signals = isCollection ? withModelSignals(toSignals(matches, folded, text), labelLikelihoods(folded.text), refused, folded, text) : [];
  const amounts = findAmounts(text);
  const deadlines = findDeadlines(text, now);
  const contacts = findContacts(text);
  const labels = signals.map((s) => s.label);
  const suggestions = suggestReplies({ lang, isCollection, labels, amounts, deadlines, contacts });
  return { lang, isCollection, signals, amounts, deadlines, contacts, suggestions };
}
