/** `routelab generate`: write a seeded synthetic data set in the canonical format. */
import { writeFolderAtomically } from '../io/files.ts';
import { displayPath } from '../io/scenario.ts';
import { PRESETS } from '../generate/presets.ts';
import { generateDataset } from '../generate/synthetic.ts';
import { InputError } from '../problems.ts';
import { msg } from '../messages.ts';
import { parseIsoDate } from '../time/calendar.ts';

export interface GenerateOptions {
  preset: string;
  seed: string;
  start: string;
  days: string;
  ordersPerDay?: string;
  out: string;
}

function bad(field: string, m: { code: string; message: string; hint: string }): never {
  throw new InputError([{ severity: 'error', file: 'command line', field, ...m }]);
}

/** Generates and writes the data set; returns a one-line description. */
export function generateCommand(o: GenerateOptions): string {
  const preset = PRESETS[o.preset];
  if (!preset) bad('--preset', msg.notOneOf(o.preset, Object.keys(PRESETS)));
  if (parseIsoDate(o.start) === null) bad('--start', msg.notDate(o.start));
  const days = Number(o.days);
  if (!Number.isInteger(days) || days < 1) bad('--days', msg.notInteger(o.days, 1));
  const ordersPerDay = o.ordersPerDay === undefined ? preset.ordersPerDay : Number(o.ordersPerDay);
  if (!Number.isFinite(ordersPerDay) || ordersPerDay <= 0) bad('--orders-per-day', msg.notNumber(String(o.ordersPerDay), 0));
  const files = generateDataset({ ...preset, ordersPerDay, seed: o.seed, start: o.start, days });
  writeFolderAtomically(o.out, files);
  const orders = new Set(files['orders.csv']!.split('\n').slice(1, -1).map((l) => l.slice(0, l.indexOf(',')))).size;
  return `Wrote ${Object.keys(files).length} files with ${orders} orders to ${displayPath(o.out)}`;
}
