import { describe, expect, it } from 'vitest';
import { CsvBytes, encodeCell } from '../../sim/format/csv-bytes.ts';

const text = (b: Uint8Array) => Buffer.from(b).toString('utf8');

describe('CsvBytes', () => {
  it('writes cells, commas and line ends as the text joined would be', () => {
    const w = new CsvBytes();
    w.cell('policy');
    w.intCell(12);
    w.lastCell('');
    w.cell('');
    w.lastCell('x');
    expect(text(w.take())).toBe('policy,12,\n,x\n');
  });

  it('encodes any text as Buffer.from does: accents, a surrogate pair, a lone surrogate, after ASCII', () => {
    for (const s of ['é-1', 'ab€', 'x😀y', 'bad\uD800end', '\uDC00', 'plain']) {
      const w = new CsvBytes(16);
      w.text(s);
      expect(Buffer.from(w.take()).equals(Buffer.from(s, 'utf8'))).toBe(true);
    }
  });

  it('writes integers as String does, and anything else through String', () => {
    const ns = [0, 7, 9, 10, 99, 100, 1234567890, Number.MAX_SAFE_INTEGER, -3, 2.5, -0, 2 ** 60, NaN, Infinity];
    const w = new CsvBytes(16);
    for (const n of ns) w.intCell(n);
    expect(text(w.take())).toBe(ns.map((n) => `${String(n)},`).join(''));
  });

  it('grows past its capacity and starts empty after each take', () => {
    const w = new CsvBytes(16);
    const long = 'abcdefghij'.repeat(50);
    w.lastCell(long);
    w.text('é'.repeat(40));
    expect(text(w.take())).toBe(`${long}\n${'é'.repeat(40)}`);
    expect(w.take().length).toBe(0);
    w.byte(65);
    expect(text(w.take())).toBe('A');
  });

  it('writes fixed-point numbers exactly as toFixed does: ties, halves, negatives that round to 0, huge and odd values', () => {
    const special = [
      0,
      -0,
      1.005,
      2.675,
      0.125,
      0.5,
      1.5,
      2.5,
      -2.5,
      0.045,
      1.045,
      -0.004,
      -0.005,
      -0.0049,
      123.455,
      1e-7,
      8.345,
      10.235,
      2 ** 30 / 100,
      2 ** 30 / 100 - 0.01,
      1e12,
      1e21,
      1.7e308,
      NaN,
      Infinity,
      -Infinity,
      Number.MIN_VALUE,
      -Number.MIN_VALUE,
      4.35,
      0.615,
      1.255,
      99505090212090.83,
      97530266988412.31,
      95437069612455.4,
    ];
    // a seeded walk over cents, thousandths and arbitrary doubles of every size a report holds
    let x = 7;
    const next = () => (x = (x * 48271) % 2147483647) / 2147483647;
    const values = [...special];
    for (let i = 0; i < 20000; i++) {
      values.push(Math.round(next() * 2e6) / 1000 - 1000);
      values.push((next() - 0.5) * 10 ** Math.floor(next() * 12));
      values.push(Math.round(next() * 1e5) / 100);
    }
    for (const digits of [0, 1, 2, 3]) {
      const w = new CsvBytes(16);
      for (const v of values) (w.fixed(v, digits), w.byte(10));
      expect(text(w.take())).toBe(values.map((v) => `${v.toFixed(digits)}\n`).join(''));
    }
  });

  it('copies encoded cells byte for byte', () => {
    const w = new CsvBytes(16);
    w.bytesCell(encodeCell('é,x'));
    w.bytes(encodeCell('2026-07-01'));
    expect(text(w.take())).toBe('é,x,2026-07-01');
  });
});
