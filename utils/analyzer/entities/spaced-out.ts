import type { Span } from '../types';
import { rememberLast } from './folded';

/**
 * Messages typed with a space after every character to slip past filters ("追 數 公 司 通 知：
 * 閣 下 欠 款 $ 8 , 6 0 0 已 逾 期"). The lexicon's folding already reads them; the entity
 * extractors read characters in place, and there `$ 8 , 6 0 0` is the sum 8. So they read a
 * closed-up copy, and what they find is mapped back to the message as written.
 */
interface ClosedUp {
  text: string;
  /** Where each unit of `text` sits in the message. */
  at: Int32Array;
}

/** Below this many one-character pieces a message is too short to call spaced out. */
const MIN_SINGLES = 6;
/** The share of a message's pieces that are one character long when it is spaced out. */
const SPACED_SHARE = 0.6;
/** Pieces this long or shorter may be joined: "知：閣" sits between spaced characters too. */
const JOINABLE = 3;

const isSpace = (code: number) => code === 32;
const isBlank = (code: number) => code === 32 || code === 9 || code === 10 || code === 13 || code === 0x3000 || code === 0xa0;
const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

interface Piece {
  start: number;
  end: number;
  /** Length in code points. */
  size: number;
}

/** Calls `visit` with each run of non-blank characters, its length counted in code points. */
function eachPiece(text: string, visit: (start: number, end: number, size: number) => void): void {
  let i = 0;
  while (i < text.length) {
    if (isBlank(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    let size = 0;
    while (i < text.length && !isBlank(text.charCodeAt(i))) {
      i += isHigh(text.charCodeAt(i)) && isLow(text.charCodeAt(i + 1)) ? 2 : 1;
      size++;
    }
    visit(start, i, size);
  }
}

/**
 * Whether most of the message's pieces are one character long. Every message is asked, so
 * this counts as it goes and makes nothing.
 */
function isSpacedOut(text: string): boolean {
  let pieces = 0;
  let singles = 0;
  eachPiece(text, (_start, _end, size) => {
    pieces++;
    if (size === 1) singles++;
  });
  return singles >= MIN_SINGLES && singles >= pieces * SPACED_SHARE;
}

/** The message closed up where it is spaced out, or null when it is written normally. */
export function closeUpSpacing(text: string): ClosedUp | null {
  if (!isSpacedOut(text)) return null;
  const pieces: Piece[] = [];
  eachPiece(text, (start, end, size) => pieces.push({ start, end, size }));

  // One space between two short pieces, one of them a single character, is the dodge;
  // anything else ("Call 1 8 0 0", a line break, two spaces) stays as written.
  const dropped = new Uint8Array(text.length);
  for (let k = 1; k < pieces.length; k++) {
    const left = pieces[k - 1]!;
    const right = pieces[k]!;
    const oneSpace = right.start - left.end === 1 && isSpace(text.charCodeAt(left.end));
    const short = left.size <= JOINABLE && right.size <= JOINABLE && (left.size === 1 || right.size === 1);
    if (oneSpace && short) dropped[left.end] = 1;
  }
  let out = '';
  const at = new Int32Array(text.length);
  let length = 0;
  let from = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || dropped[i]) {
      out += text.slice(from, i);
      for (let j = from; j < i; j++) at[length++] = j;
      from = i + 1;
    }
  }
  return { text: out, at: at.subarray(0, length) };
}

/** `closeUpSpacing(text)`, remembered for the most recent text. */
const closedUpOnce = rememberLast(closeUpSpacing);

interface Found {
  text: string;
  spans: Span[];
  start?: number;
  end?: number;
}

/**
 * What `read` finds in the message, read closed up when it is spaced out, with every span
 * (and `start`, `end`, `text`) pointing back into the message as written.
 */
export function readSpacedOut<T extends Found>(text: string, read: (text: string) => T[]): T[] {
  const closed = closedUpOnce(text);
  if (!closed) return read(text);
  const back = (span: Span): Span => ({ start: closed.at[span.start]!, end: closed.at[span.end - 1]! + 1 });
  return read(closed.text).map((found) => {
    const spans = found.spans.map(back);
    const whole = found.start === undefined || found.end === undefined ? spans[0]! : back({ start: found.start, end: found.end });
    const mapped: T = { ...found, spans, text: text.slice(whole.start, whole.end) };
    if (found.start !== undefined) mapped.start = whole.start;
    if (found.end !== undefined) mapped.end = whole.end;
    return mapped;
  });
}
