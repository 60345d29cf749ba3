/**
 * The CLI as a measured child process, as `npm run routelab` starts it (`node
 * sim/cli/routelab.mjs …`): its wall seconds, peak RSS (GNU time's %M when /usr/bin/time
 * exists, else VmHWM polled from /proc) and, when it fails, why (from its stderr).
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** GNU time measures the child (BENCH_NO_GNU_TIME=1 polls /proc instead). */
export const GNU_TIME = existsSync('/usr/bin/time') && !process.env.BENCH_NO_GNU_TIME;
const CLI = resolve('sim/cli/routelab.mjs');

export interface Child {
  code: number | null;
  seconds: number;
  /** Peak resident set, KiB. */
  peakKiB: number;
  /** Why it failed, from its stderr, when it did. */
  why: string;
}

/** Runs `node sim/cli/routelab.mjs …args`, measuring wall time and peak RSS. */
export function runCli(args: string[]): Promise<Child> {
  const node = [process.execPath, CLI, ...args];
  const [cmd, ...rest] = GNU_TIME ? ['/usr/bin/time', '-f', 'PEAK_KIB %M', ...node] : node;
  const t0 = performance.now();
  const child = spawn(cmd!, rest, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => {
    stderr = (stderr + d.toString()).slice(-20_000);
  });
  // without GNU time: the high-water mark of the child's resident set, polled
  let polled = 0;
  const poll = GNU_TIME
    ? null
    : setInterval(() => {
        try {
          const m = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
          if (m) polled = Math.max(polled, Number(m[1]));
        } catch {
          /* exited */
        }
      }, 50);
  return new Promise((done) => {
    child.on('close', (code, signal) => {
      if (poll) clearInterval(poll);
      const seconds = (performance.now() - t0) / 1000;
      const peak = /PEAK_KIB (\d+)/.exec(stderr);
      const err = stderr.replace(/PEAK_KIB \d+\s*$/, '');
      // GNU time reports "Command exited with non-zero status N" or "Command terminated by signal N"
      const status = /Command exited with non-zero status (\d+)/.exec(err);
      const sig = /Command terminated by signal (\d+)/.exec(err);
      const exit = status ? Number(status[1]) : sig ? 128 + Number(sig[1]) : signal ? 128 : code;
      const why = /heap out of memory/i.test(err)
        ? 'heap out of memory'
        : /Invalid string length|Cannot create a string longer/i.test(err)
          ? 'string too long'
          : (err
              .split('\n')
              .map((l) => l.trim())
              .find((l) => /^[A-Za-z]*Error\b/.test(l)) ??
            err
              .split('\n')
              .map((l) => l.trim())
              .find((l) => /error/i.test(l) && !l.startsWith('at ')) ??
            err.trim().split('\n').pop() ??
            '');
      if (exit !== 0) {
        const saved = join(tmpdir(), `routelab-bench-child-${child.pid}.stderr`);
        writeFileSync(saved, err);
        console.error(`${args[0]} failed (exit ${exit}); its stderr: ${saved}`);
      }
      done({ code: exit, seconds, peakKiB: peak ? Number(peak[1]) : polled, why: why.slice(0, 80) });
    });
  });
}
