/** Where clauses and sentences begin and end in a folded message. */
export interface Boundaries {
  /** Clause number of each unit; a boundary mark belongs to the clause it closes. */
  clause: Int32Array;
  /** Sentence number of each unit, counted the same way. */
  sentence: Int32Array;
  /** 1 for each sentence that asks rather than states. */
  question: Uint8Array;
}

const SENTENCE = 1;
const CLAUSE = 2;
// One read per character: ASCII by table, the few wide marks by a small map.
const ASCII_MARKS = new Uint8Array(128);
const WIDE_MARKS = new Map<number, number>();
const mark = (chars: string, kind: number) => {
  for (const ch of chars) {
    const c = ch.charCodeAt(0);
    if (c < 128) ASCII_MARKS[c] = kind;
    else WIDE_MARKS.set(c, kind);
  }
};
mark('。!?;\n…！？；', SENTENCE);
mark(',、:()[]{}【】〔〕，：', CLAUSE);
const markOf = (c: number) => (c < 128 ? ASCII_MARKS[c]! : (WIDE_MARKS.get(c) ?? 0));
// Sentence-final particles that make a question without a question mark.
const QUESTION_PARTICLES = new Set([...'吗呢咩么'].map((c) => c.charCodeAt(0)));
const isQuestionMark = (c: number) => c === 63 || c === 0xff1f;
const DOT = 46;
const SPACE = 32;
const NEWLINE = 10;

const isDigit = (c: number) => c >= 48 && c <= 57;

// Titles and short forms whose dot ends no sentence: "Mr. Alvarez", "22 Mill St. today".
const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'st', 'sgt', 'det', 'lt', 'capt', 'jr', 'sr', 'prof', 'rev', 'ave', 'rd', 'mt', 'vs', 'inc', 'ltd', 'corp', 'dept', 'approx', 'ref', 'acct']);
const isLowerLetter = (c: number) => c >= 97 && c <= 122;

/** Whether the dot at `i` closes one of the short forms above (or `No.` before a number). */
function closesAbbreviation(text: string, i: number): boolean {
  let from = i;
  while (from > 0 && i - from < 6 && isLowerLetter(text.charCodeAt(from - 1))) from--;
  if (from === i || (from > 0 && isLowerLetter(text.charCodeAt(from - 1)))) return false;
  const word = text.slice(from, i);
  if (word === 'no') return isDigit(text.charCodeAt(i + 1)) || (text.charCodeAt(i + 1) === SPACE && isDigit(text.charCodeAt(i + 2)));
  return ABBREVIATIONS.has(word);
}

function endsSentence(text: string, i: number, c: number): boolean {
  if (markOf(c) === SENTENCE) return true;
  if (c !== DOT) return false;
  if (i + 1 >= text.length) return true;
  const next = text.charCodeAt(i + 1);
  return (next === SPACE || next === NEWLINE || next > 0x2e7f) && !(next === SPACE && closesAbbreviation(text, i));
}

function endsClause(text: string, i: number, c: number): boolean {
  // 1,000 and 18:00 are numbers, not clause breaks.
  if ((c === 44 || c === 58) && isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1))) return false;
  if (markOf(c) === CLAUSE) return true;
  // A dash set off by spaces joins two clauses: "Avoid arrest - pay now".
  return (c === 45 || c === 0x2014) && text.charCodeAt(i - 1) === SPACE && text.charCodeAt(i + 1) === SPACE;
}

/** Numbers every clause and sentence of `text` in one pass. */
export function findBoundaries(text: string): Boundaries {
  const n = text.length;
  const clause = new Int32Array(n);
  const sentence = new Int32Array(n);
  const question: number[] = [];
  let cl = 0;
  let se = 0;
  let lastWord = 0;
  for (let i = 0; i < n; i++) {
    clause[i] = cl;
    sentence[i] = se;
    const c = text.charCodeAt(i);
    if (endsSentence(text, i, c)) {
      question.push(isQuestionMark(c) || QUESTION_PARTICLES.has(lastWord) ? 1 : 0);
      se++;
      cl++;
      lastWord = 0;
    } else if (endsClause(text, i, c)) {
      cl++;
    } else if (c !== SPACE) {
      lastWord = c;
    }
  }
  question.push(QUESTION_PARTICLES.has(lastWord) ? 1 : 0);
  return { clause, sentence, question: Uint8Array.from(question) };
}
