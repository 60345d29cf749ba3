/** The progress bar: only on a terminal, only for runs over a second, gone when done. */
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { noProgress, terminalProgress } from '../../sim/cli/progress.ts';

/** A fake terminal: a stream that says it is a TTY and keeps what is written. */
function fakeTerminal(): { stream: NodeJS.WriteStream; text: () => string } {
  const s = new PassThrough() as unknown as NodeJS.WriteStream & PassThrough;
  let out = '';
  Object.assign(s, { isTTY: true, columns: 100, rows: 30 });
  s.on('data', (b: Buffer) => {
    out += b.toString('utf8');
  });
  return { stream: s, text: () => out };
}

describe('terminalProgress', () => {
  it('shows nothing when the output is not a terminal (CI logs)', () => {
    expect(terminalProgress({ tty: false })).toBe(noProgress);
  });

  it('waits a second before showing a bar, then draws it on the stream and clears it when done', async () => {
    const term = fakeTerminal();
    let t = 0;
    const p = terminalProgress({ tty: true, stream: term.stream, now: () => t, delayMs: 1000 });
    p.expect(3);
    p.stage('reading');
    p.tick();
    t = 900;
    p.stage('replaying');
    await new Promise((r) => setImmediate(r));
    expect(term.text()).toBe(''); // a quick run never shows a bar
    t = 1500;
    p.tick();
    p.stage('drawing charts');
    await new Promise((r) => setImmediate(r));
    expect(term.text()).toContain('routelab');
    expect(term.text()).toMatch(/\d+% \| (replaying|drawing charts)/);
    p.done();
    p.tick(); // after done nothing draws again
    await new Promise((r) => setImmediate(r));
    expect(term.text()).toMatch(/\x1B\[\?25h/); // cursor shown again
  });

  it('never shows a bar when the run ends within the delay', async () => {
    const term = fakeTerminal();
    const p = terminalProgress({ tty: true, stream: term.stream, now: () => 10, delayMs: 1000 });
    p.expect(2);
    p.tick(2);
    p.done();
    await new Promise((r) => setImmediate(r));
    expect(term.text()).toBe('');
  });
});
