/**
 * A progress bar for long runs on a terminal. It appears only when stdout and stderr are
 * both terminals and the run has already taken longer than `delayMs` (short runs print
 * nothing extra); it is drawn on stderr and cleared when done, so stdout carries only the
 * results. In CI logs (no TTY) it never appears.
 */
import cliProgress from 'cli-progress';

export interface Progress {
  /** Adds `steps` to the work expected (known as the run goes: policies, then charts). */
  expect(steps: number): void;
  /** Names what is being done now. */
  stage(label: string): void;
  /** Marks `n` steps done. */
  tick(n?: number): void;
  /** Removes the bar (call it on success and on failure). */
  done(): void;
}

/** A progress that shows nothing. */
export const noProgress: Progress = { expect() {}, stage() {}, tick() {}, done() {} };

export interface TerminalProgressOptions {
  /** Show the bar only once the run has taken this long (default 1000 ms). */
  delayMs?: number;
  now?: () => number;
  stream?: NodeJS.WriteStream;
  /** Whether the output is a terminal (default: stdout and `stream` both are). */
  tty?: boolean;
}

/** A bar on stderr, for runs on a terminal that take more than a second. */
export function terminalProgress(o: TerminalProgressOptions = {}): Progress {
  const stream = o.stream ?? process.stderr;
  const tty = o.tty ?? (process.stdout.isTTY === true && stream.isTTY === true);
  if (!tty) return noProgress;
  const now = o.now ?? (() => performance.now());
  const started = now();
  const delay = o.delayMs ?? 1000;
  let total = 0,
    value = 0,
    label = '';
  let bar: cliProgress.SingleBar | null = null;
  let finished = false;
  const show = () => {
    if (finished) return;
    if (!bar) {
      if (now() - started < delay) return;
      bar = new cliProgress.SingleBar(
        {
          format: 'routelab {bar} {percentage}% | {stage}',
          stream,
          barsize: 30,
          hideCursor: true,
          clearOnComplete: true,
          fps: 10,
        },
        cliProgress.Presets.shades_classic,
      );
      bar.start(Math.max(total, 1), value, { stage: label });
      return;
    }
    bar.setTotal(Math.max(total, 1));
    bar.update(value, { stage: label });
  };
  return {
    expect(steps) {
      total += steps;
      show();
    },
    stage(l) {
      label = l;
      show();
    },
    tick(n = 1) {
      value = Math.min(total, value + n);
      show();
    },
    done() {
      finished = true;
      bar?.stop();
      bar = null;
    },
  };
}
