/**
 * The machine's own parallel ceiling: a fixed piece of plain typed-array arithmetic run twice
 * on one worker thread, against twice at once on two worker threads started beforehand (no module
 * to load, no data to share, no garbage). No program can scale better than this on the same
 * machine, so bench/parallel.ts prints it beside RouteLab's figures.
 */
import { Worker } from 'node:worker_threads';

/** The work: `rounds` passes over 64 Ki doubles (about 0.3 s at 3,000 rounds here); returns a checksum so it is not optimised away. */
export function plainWork(rounds: number): number {
  const a = new Float64Array(1 << 16);
  let s = 0;
  for (let r = 0; r < rounds; r++)
    for (let i = 0; i < a.length; i++) {
      a[i] = a[i]! * 0.5 + i;
      s += a[i]!;
    }
  return s;
}

/** The worker's code: runs `plainWork(rounds)` for each message and posts the checksum back. */
const WORKER = `
const { parentPort } = require('node:worker_threads');
${plainWork.toString()}
parentPort.on('message', (rounds) => parentPort.postMessage(plainWork(rounds)));
`;

/** Seconds for the work done twice on one warm thread, and twice at once on two (one piece each; the same code and threads). */
export async function ceilingPair(rounds: number): Promise<{ serial: number; parallel: number }> {
  const workers = [0, 1].map(() => new Worker(WORKER, { eval: true }));
  try {
    const once = (w: Worker) =>
      new Promise<number>((done, fail) => {
        w.once('message', done);
        w.once('error', fail);
        w.postMessage(rounds);
      });
    await Promise.all(workers.map(once)); // started and warm
    let t = performance.now();
    await once(workers[0]!);
    await once(workers[0]!);
    const serial = (performance.now() - t) / 1000;
    t = performance.now();
    await Promise.all(workers.map(once));
    return { serial, parallel: (performance.now() - t) / 1000 };
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
