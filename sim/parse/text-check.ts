/**
 * Raw CSV bytes → text, refusing what would otherwise be read wrong: bytes that are not
 * UTF-8 (a Latin-1 or Windows-1252 export, where `é` is 0xE9 and an en dash 0x96, would be
 * garbled into U+FFFD without a word) and lines longer than MAX_LINE_BYTES (far beyond any
 * real row; refused as soon as seen instead of being buffered and parsed). Fed chunk by
 * chunk, so the streamed imports check as they read. A UTF-8 byte order mark is kept for
 * the CSV parser to drop. Pure: the caller reads the bytes.
 */
import { msg } from '../messages.ts';
import type { Problem } from '../problems.ts';

/** Longest line accepted, in bytes (1 MiB). */
export const MAX_LINE_BYTES = 1 << 20;

const CR = 13;
const LF = 10;

/**
 * Offset of the first byte that does not belong to a valid UTF-8 sequence (WHATWG rules:
 * no overlong forms, no surrogates, nothing above U+10FFFF), or -1. A sequence cut off at
 * the end counts as invalid only when `final`; otherwise -1 (it may finish in the next chunk).
 * @example firstInvalidUtf8(Uint8Array.of(0x43, 0x61, 0x66, 0xe9)) // 3
 */
export function firstInvalidUtf8(b: Uint8Array, final = true): number {
  const n = b.length;
  let i = 0;
  while (i < n) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      if (c === 0xe0) lo = 0xa0;
      if (c === 0xed) hi = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      if (c === 0xf0) lo = 0x90;
      if (c === 0xf4) hi = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k++) {
      if (i + k >= n) return final ? i : -1;
      const t = b[i + k]!;
      if (t < (k === 1 ? lo : 0x80) || t > (k === 1 ? hi : 0xbf)) return i;
    }
    i += need + 1;
  }
  return -1;
}

/** UTF-16 units that are not the second half of a surrogate pair: characters as people count them. */
function charCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff) n++;
  }
  return n;
}

/** The text decoded so far, or the problem that stopped the check. */
export type CheckResult = { ok: true; text: string } | { ok: false; problem: Problem };

/**
 * Checks a file's bytes chunk by chunk: `push` each chunk, then `end`. Each gives the text
 * decoded so far (a character cut between chunks comes with the next one), or the first
 * problem; after a problem the checker must not be fed again.
 * @example new CsvTextChecker('orders.csv').push(bytes) // { ok: false, problem: … at orders.csv:3:4 }
 */
export class CsvTextChecker {
  private readonly decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  /** Line breaks seen so far (a CR LF pair is one). */
  private breaks = 0;
  /** Bytes of the current line so far. */
  private lineBytes = 0;
  private lastWasCr = false;
  /** Characters of the current line so far, and its last few, for the message about a bad byte. */
  private lineChars = 0;
  private lineTail = '';
  /** Bytes at the end of the previous chunk that start a character this chunk finishes. */
  private carry: Uint8Array = EMPTY;

  constructor(
    private readonly file: string,
    private readonly maxLineBytes = MAX_LINE_BYTES,
  ) {}

  /** Checks the next chunk of bytes. */
  push(chunk: Uint8Array): CheckResult {
    return this.check(chunk, false);
  }

  /** Ends the file (a character cut off at the end is an error). */
  end(): CheckResult {
    return this.check(EMPTY, true);
  }

  private check(chunk: Uint8Array, final: boolean): CheckResult {
    const saved = { breaks: this.breaks, lineBytes: this.lineBytes, lastWasCr: this.lastWasCr };
    const long = this.scanLines(chunk);
    if (long !== undefined)
      return {
        ok: false,
        problem: { severity: 'error', file: this.file, line: long, ...msg.lineTooLong(this.maxLineBytes) },
      };
    let text: string;
    try {
      text = this.decoder.decode(chunk, { stream: !final });
    } catch {
      Object.assign(this, saved);
      return { ok: false, problem: this.badByte(chunk, final) };
    }
    this.keepCarry(chunk);
    this.follow(text);
    return { ok: true, text };
  }

  /** Counts line breaks and line lengths; gives the line that grows too long, if any. */
  private scanLines(b: Uint8Array): number | undefined {
    let breaks = this.breaks;
    let len = this.lineBytes;
    let cr = this.lastWasCr;
    const max = this.maxLineBytes;
    for (let i = 0; i < b.length; i++) {
      const c = b[i]!;
      if (c === LF) {
        if (!cr) breaks++;
        cr = false;
        len = 0;
      } else if (c === CR) {
        breaks++;
        cr = true;
        len = 0;
      } else {
        cr = false;
        if (++len > max) return breaks + 1;
      }
    }
    this.breaks = breaks;
    this.lineBytes = len;
    this.lastWasCr = cr;
    return undefined;
  }

  /** Keeps the unfinished character at the end of the (valid) bytes, as the decoder does. */
  private keepCarry(chunk: Uint8Array): void {
    // the decoder accepted carry + chunk, so a character started in the carry ends within 3 bytes of the chunk
    const all = chunk.length >= 3 ? chunk : concat(this.carry, chunk);
    this.carry = EMPTY;
    for (let k = 1; k <= Math.min(3, all.length); k++) {
      const c = all[all.length - k]!;
      if (c < 0x80) return;
      if (c >= 0xc0) {
        const size = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : 2;
        if (size > k) this.carry = all.slice(all.length - k);
        return;
      }
    }
  }

  /** Follows the decoded text to know the current line's characters. */
  private follow(text: string): void {
    let last = -1;
    for (let i = text.length - 1; i >= 0; i--) {
      const c = text.charCodeAt(i);
      if (c === LF || c === CR) {
        last = i;
        break;
      }
    }
    const rest = text.slice(last + 1);
    if (last >= 0) this.lineChars = 0;
    this.lineChars += charCount(rest);
    this.lineTail = ((last >= 0 ? '' : this.lineTail) + rest.slice(-20)).slice(-20);
  }

  /** The problem at the first invalid byte of carry + chunk: its line, its column in characters, the text before it. */
  private badByte(chunk: Uint8Array, final: boolean): Problem {
    const all = concat(this.carry, chunk);
    const at = firstInvalidUtf8(all, final);
    if (at === -1) throw new Error('TextDecoder rejected bytes that firstInvalidUtf8 accepts');
    // the carry holds no line breaks and was scanned with the previous chunk; no line of the chunk is too long
    this.scanLines(chunk.subarray(0, Math.max(0, at - this.carry.length)));
    this.follow(new TextDecoder('utf-8', { ignoreBOM: true }).decode(all.subarray(0, at)));
    const byte = `0x${all[at]!.toString(16).toUpperCase().padStart(2, '0')}`;
    return {
      severity: 'error',
      file: this.file,
      line: this.breaks + 1,
      column: this.lineChars + 1,
      ...msg.notUtf8(byte, this.lineTail),
    };
  }
}

const EMPTY = new Uint8Array(0);

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

/**
 * Checks and decodes a whole file's bytes at once.
 * @example decodeCsvBytes(readFileSync('nodes.csv'), 'nodes.csv')
 */
export function decodeCsvBytes(bytes: Uint8Array, file: string, maxLineBytes = MAX_LINE_BYTES): CheckResult {
  const c = new CsvTextChecker(file, maxLineBytes);
  const a = c.push(bytes);
  if (!a.ok) return a;
  const b = c.end();
  return b.ok ? { ok: true, text: a.text + b.text } : b;
}
