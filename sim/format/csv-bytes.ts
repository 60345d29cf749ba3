/**
 * CSV written straight into UTF-8 bytes: cells are appended to a growing buffer and taken out
 * as one chunk of bytes. A chunk of thousands of rows built as a JS string is thousands of
 * joined pieces that V8 must flatten and then encode (about two thirds of the time outcomes.csv
 * took); written as bytes, it is neither. The cells are written as given: quote and neutralize
 * them first (`sheetText`, `csvCell`).
 */

const COMMA = 44;
const NEWLINE = 10;
const utf8 = new TextEncoder();

/**
 * The UTF-8 bytes of a cell, for one written on many rows (`CsvBytes.bytes`).
 * @example encodeCell('é') // Uint8Array [195, 169]
 */
export const encodeCell = (s: string): Uint8Array => utf8.encode(s);

/**
 * A buffer of CSV bytes.
 * @example const w = new CsvBytes(); w.cell('a'); w.intCell(2); w.lastCell('x'); w.take() // bytes of 'a,2,x\n'
 */
export class CsvBytes {
  private buf: Uint8Array;
  private at = 0;

  constructor(capacity = 1 << 16) {
    this.buf = new Uint8Array(Math.max(capacity, 16));
  }

  /** Makes room for `n` more bytes. */
  private room(n: number): void {
    if (this.at + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.at + n) size *= 2;
    const grown = new Uint8Array(size);
    grown.set(this.buf.subarray(0, this.at));
    this.buf = grown;
  }

  /** Appends `s` as UTF-8 (ASCII byte by byte; anything else through TextEncoder, as Buffer.from would encode it). */
  text(s: string): void {
    const n = s.length;
    // UTF-8 takes at most 3 bytes per UTF-16 code unit
    this.room(3 * n);
    const b = this.buf;
    let at = this.at;
    for (let i = 0; i < n; i++) {
      const c = s.charCodeAt(i);
      if (c >= 0x80) {
        at += utf8.encodeInto(s.slice(i), b.subarray(at)).written;
        break;
      }
      b[at++] = c;
    }
    this.at = at;
  }

  /** Appends bytes (a cell encoded once and written many times: see `encodeCell`). */
  bytes(u: Uint8Array): void {
    const n = u.length;
    this.room(n);
    const b = this.buf;
    let at = this.at;
    for (let i = 0; i < n; i++) b[at++] = u[i]!;
    this.at = at;
  }

  /** Appends the decimal digits of `n` (as `String(n)` writes it). */
  int(n: number): void {
    if (!(Number.isSafeInteger(n) && n >= 0)) return this.text(String(n));
    this.room(16);
    const b = this.buf;
    let end = this.at;
    for (let v = n; v >= 10; v = Math.floor(v / 10)) end++;
    this.at = end + 1;
    for (let v = n; ; v = Math.floor(v / 10)) {
      b[end--] = 48 + (v % 10);
      if (v < 10) break;
    }
  }

  /**
   * Appends `v.toFixed(digits)` (digits 0–3) without making the string. Rounding is
   * toFixed's (the nearest, a tie away from zero, `-` kept on a negative that rounds to 0);
   * a value within 1e-6 of a tie, or whose scaled size is 2^30 or more (or not finite), is
   * written by toFixed itself, where the scaled double could round to the other side.
   * @example w.fixed(2.675, 2) // '2.67', as (2.675).toFixed(2), the double being 2.67499…
   */
  fixed(v: number, digits: number): void {
    const scale = 10 ** digits;
    const x = Math.abs(v) * scale;
    const whole = Math.floor(x);
    const frac = x - whole;
    // below 2^30 the product is within 6e-8 of |v| × scale: 1e-6 from a tie decides the side
    if (!(x < 2 ** 30) || Math.abs(frac - 0.5) < 1e-6) return this.text(v.toFixed(digits));
    const units = frac > 0.5 ? whole + 1 : whole;
    if (v < 0) this.byte(45);
    const int = Math.floor(units / scale);
    this.int(int);
    if (digits === 0) return;
    this.byte(46);
    let rest = units - int * scale;
    for (let p = scale / 10; p >= 1; p /= 10) {
      const d = Math.floor(rest / p);
      this.byte(48 + d);
      rest -= d * p;
    }
  }

  /** Appends one byte (an ASCII character code). */
  byte(c: number): void {
    this.room(1);
    this.buf[this.at++] = c;
  }

  /** Ends a cell: the comma after it. */
  endCell(): void {
    this.byte(COMMA);
  }

  /** Ends a row: the line end after its last cell. */
  endRow(): void {
    this.byte(NEWLINE);
  }

  /** Appends a cell and the comma after it. */
  cell(s: string): void {
    this.text(s);
    this.endCell();
  }

  /** Appends an encoded cell and the comma after it. */
  bytesCell(u: Uint8Array): void {
    this.bytes(u);
    this.endCell();
  }

  /** Appends an integer cell and the comma after it. */
  intCell(n: number): void {
    this.int(n);
    this.endCell();
  }

  /** Appends a row's last cell and the line end. */
  lastCell(s: string): void {
    this.text(s);
    this.endRow();
  }

  /** The bytes appended since the last take (a copy), and an empty buffer for the next chunk. */
  take(): Uint8Array {
    const out = this.buf.slice(0, this.at);
    this.at = 0;
    return out;
  }
}
