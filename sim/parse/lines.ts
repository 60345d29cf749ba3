/**
 * Line numbers of CSV records from csv-parse's `raw` text. csv-parse's own line count is
 * off for quoted CRLF breaks and blank lines, so lines are counted here: every `\r\n`,
 * `\r` or `\n` is one break, and a record starts after the blank lines its raw text begins with.
 */

const BREAK = /\r\n|\r|\n/g;
const LEADING = /^(?:\r\n|\r|\n)+/;

/** Line breaks in a text (each `\r\n`, `\r` or `\n` is one). */
export function countBreaks(s: string): number {
  return s.match(BREAK)?.length ?? 0;
}

/** Feeds records' raw text in order; gives the 1-based line each record starts on. */
export class LineTracker {
  /** Line breaks consumed by the records so far. */
  private consumed = 0;
  /** The previous raw text ended in `\r`, so a `\n` starting the next one finishes that break. */
  private pendingLf = false;

  /** `base`: line breaks before the text whose records are fed (a later piece of a file read in pieces). */
  constructor(readonly base = 0) {
    this.consumed = base;
  }

  private trim(raw: string): string {
    return this.pendingLf && raw.startsWith('\n') ? raw.slice(1) : raw;
  }

  /** The line a record with this raw text starts on, without consuming it (for a broken last record). */
  peek(raw: string): number {
    const r = this.trim(raw);
    return this.consumed + countBreaks(LEADING.exec(r)?.[0] ?? '') + 1;
  }

  /** The line a record with this raw text starts on; consumes it. */
  next(raw: string): number {
    const r = this.trim(raw);
    const line = this.peek(raw);
    this.consumed += countBreaks(r);
    this.pendingLf = r.endsWith('\r');
    return line;
  }
}
