/** `routelab generate`: write a seeded synthetic data set in the canonical format. */
import { writeDataFiles } from '../io/data-out.ts';
import { displayPath } from '../io/scenario.ts';
import { DATA_PRESETS as PRESETS } from '../generate/data-presets.ts';
import { generateDataset } from '../generate/synthetic.ts';
import { msg } from '../messages.ts';
import { parseIsoDate } from '../time/calendar.ts';
import { badOption, positiveInteger } from './options.ts';

export interface GenerateOptions {
  preset: string;
  seed: string;
  start: string;
  days: string;
  ordersPerDay?: string;
  out: string;
}

/** Generates and writes the data set; returns a one-line description. */
export function generateCommand(o: GenerateOptions): string {
  const preset = PRESETS[o.preset];
  if (!preset) badOption('--preset', msg.notOneOf(o.preset, Object.keys(PRESETS)));
  if (parseIsoDate(o.start) === null) badOption('--start', msg.notDate(o.start));
  const days = positiveInteger(o.days, '--days', 0);
  const ordersPerDay = o.ordersPerDay === undefined ? preset.ordersPerDay : Number(o.ordersPerDay);
  if (!Number.isFinite(ordersPerDay) || ordersPerDay <= 0)
    badOption('--orders-per-day', msg.notNumber(String(o.ordersPerDay), 0));
  const files = generateDataset({ ...preset, ordersPerDay, seed: o.seed, start: o.start, days });
  writeDataFiles(o.out, files);
  const orders = new Set(
    files['orders.csv']!.split('\n')
      .slice(1, -1)
      .map((l) => l.slice(0, l.indexOf(','))),
  ).size;
  return `Wrote ${Object.keys(files).length} files with ${orders} orders to ${displayPath(o.out)}`;
}
