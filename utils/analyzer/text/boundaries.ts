/** Where clauses and sentences begin and end in a folded message. */
export interface Boundaries {
  /** Clause number of each unit; a boundary mark belongs to the clause it closes. */
  clause: Int32Array;
  /** Sentence number of each unit, counted the same way. */
  sentence: Int32Array;
  /** 1 for each sentence that asks rather than states. */
  question: Uint8Array;
}

const SENTENCE_END = new Set(['。', '!', '?', ';', '\n', '…', '！', '？', '；']);
const CLAUSE_END = new Set([',', '、', ':', '(', ')', '[', ']', '{', '}', '【', '】', '〔', '〕', '，', '：']);
// Sentence-final particles that make a question without a question mark.
const QUESTION_PARTICLES = new Set(['吗', '呢', '咩', '么']);

const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';

function endsSentence(text: string, i: number): boolean {
  const c = text[i]!;
  if (SENTENCE_END.has(c)) return true;
  if (c !== '.') return false;
  const next = text[i + 1];
  return next === undefined || next === ' ' || next === '\n' || next > '\u2e7f';
}

function endsClause(text: string, i: number): boolean {
  const c = text[i]!;
  if (c === ',' && isDigit(text[i - 1]) && isDigit(text[i + 1])) return false;
  if (CLAUSE_END.has(c)) return true;
  // A dash set off by spaces joins two clauses: "Avoid arrest - pay now".
  return (c === '-' || c === '\u2014') && text[i - 1] === ' ' && text[i + 1] === ' ';
}

/** Numbers every clause and sentence of `text` in one pass. */
export function findBoundaries(text: string): Boundaries {
  const n = text.length;
  const clause = new Int32Array(n);
  const sentence = new Int32Array(n);
  const question: number[] = [];
  let c = 0;
  let s = 0;
  let lastWord = '';
  for (let i = 0; i < n; i++) {
    clause[i] = c;
    sentence[i] = s;
    const ch = text[i]!;
    if (endsSentence(text, i)) {
      question.push(ch === '?' || ch === '？' || QUESTION_PARTICLES.has(lastWord) ? 1 : 0);
      s++;
      c++;
      lastWord = '';
    } else if (endsClause(text, i)) {
      c++;
    } else if (ch !== ' ') {
      lastWord = ch;
    }
  }
  question.push(QUESTION_PARTICLES.has(lastWord) ? 1 : 0);
  return { clause, sentence, question: Uint8Array.from(question) };
}
