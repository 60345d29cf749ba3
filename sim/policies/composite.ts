/**
 * Policies made of other policies: a pilot scoped to a cohort with a fallback for the rest,
 * and a rollout that switches policies by date. Both label each order's group, so one run
 * shows the pilot against the rest, or each period of a rollout.
 */
import { z } from 'zod';
import { US_STATE_CODES } from '../geo/timezones.ts';
import { schemaText, settingText } from '../messages.ts';
import type { Model } from '../model/types.ts';
import { closestName } from '../suggest.ts';
import { parseIsoDate } from '../time/calendar.ts';
import { PolicySettingError, type PolicyDefinition, type PolicyFn } from './types.ts';

const isoDate = z.string().refine((s) => parseIsoDate(s) !== null, { message: schemaText.isoDateShort });
const names = z.array(z.union([z.string(), z.number()]).transform(String)).min(1);
const STATES = new Set(US_STATE_CODES);
/** A state or territory code, any case; a code that is none is reported at its own line and column. */
const stateCode = z.string().superRefine((s, ctx) => {
  if (!STATES.has(s.toUpperCase()))
    ctx.addIssue({
      code: 'custom',
      message: settingText.unknownState(s, closestName(s.toUpperCase(), US_STATE_CODES), US_STATE_CODES),
    });
});

const cohortSchema = z.strictObject({
  /** Orders whose every line is one of these skus. */
  skus: names.optional(),
  /** Orders whose every line is in one of these categories. */
  categories: names.optional(),
  /** Orders to these states (two-letter codes). */
  states: z.array(stateCode).min(1).optional(),
  /** Orders to these ZIP3s (first three digits). */
  zip3: names.optional(),
  /** Orders placed on or after this date. */
  from: isoDate.optional(),
  /** Orders placed on or before this date. */
  to: isoDate.optional(),
});

/** Per order: 1 when it belongs to the cohort (every condition given holds). */
export function cohortMembers(model: Model, c: z.infer<typeof cohortSchema>): Uint8Array {
  const { orders, skus, dests, calendar } = model;
  const start = calendar.startEpochDay;
  const from = c.from === undefined ? -Infinity : parseIsoDate(c.from)! - start;
  const to = c.to === undefined ? Infinity : parseIsoDate(c.to)! - start;
  const skuSet = c.skus && new Set(c.skus),
    catSet = c.categories && new Set(c.categories);
  const states = c.states && new Set(c.states.map((s) => s.toUpperCase()));
  const zip3 = c.zip3 && new Set(c.zip3.map((z) => z.padStart(3, '0')));
  if (skuSet)
    for (const s of skuSet)
      if (!skus.ids.includes(s))
        throw new PolicySettingError(settingText.skuNotInSkus('cohort.skus', s), 'cohort.skus');
  if (catSet)
    for (const s of catSet)
      if (!skus.categories.includes(s))
        throw new PolicySettingError(settingText.noSkuInCategory('cohort.categories', s), 'cohort.categories');
  const inCohort = new Uint8Array(orders.count);
  for (let o = 0; o < orders.count; o++) {
    const day = orders.placedDay[o]!;
    if (day < from || day > to) continue;
    const d = orders.dest[o]!;
    if (states && !states.has(dests.state[d]!.toUpperCase())) continue;
    if (zip3 && !zip3.has(dests.labels[d]!.slice(0, 3))) continue;
    let all = true;
    for (let l = orders.lineStart[o]!; l < orders.lineStart[o + 1]! && all; l++) {
      const s = orders.lineSku[l]!;
      if (skuSet && !skuSet.has(skus.ids[s]!)) all = false;
      if (catSet && !catSet.has(skus.categories[s]!)) all = false;
    }
    if (all) inCohort[o] = 1;
  }
  return inCohort;
}

const pilotSettings = z.strictObject({
  /** The policy tried on the cohort (a scenario entry or a built-in policy). */
  policy: z.string(),
  /** The policy for every other order (today's routing). */
  fallback: z.string(),
  cohort: cohortSchema,
});

export const pilot: PolicyDefinition<typeof pilotSettings> = {
  name: 'pilot',
  description:
    'One policy for a cohort (skus or categories, destination states or ZIP3s, a date window), a fallback for every other order.',
  settings: pilotSettings,
  create(model, s, ctx) {
    const inCohort = cohortMembers(model, s.cohort);
    const trial = ctx.resolve(s.policy, 'policy');
    const rest = ctx.resolve(s.fallback, 'fallback');
    const fn: PolicyFn = (req, out) => {
      req.trace?.notes.push(
        inCohort[req.order]
          ? `in the pilot cohort: routed by ${s.policy}`
          : `outside the pilot cohort: routed by ${s.fallback}`,
      );
      (inCohort[req.order] ? trial : rest)(req, out);
    };
    fn.segmentOf = (o) => (inCohort[o] ? 'pilot' : 'rest');
    return fn;
  },
};

const rolloutSettings = z.strictObject({
  phases: z
    .array(
      z.strictObject({
        /** First day of the phase (the first phase also covers any earlier orders). */
        from: isoDate,
        /** The policy of the phase (a scenario entry or a built-in policy). */
        policy: z.string(),
        /** Name of the period in outcomes and reports (default: the policy). */
        label: z.string().optional(),
      }),
    )
    .min(1)
    .superRefine((phases, ctx) => {
      // each phase runs until the next starts, so a phase written out of date order is a mistake
      for (let k = 1; k < phases.length; k++) {
        const from = parseIsoDate(phases[k]!.from),
          before = parseIsoDate(phases[k - 1]!.from);
        if (from === null || before === null || from > before) continue;
        ctx.addIssue({
          code: 'custom',
          path: [k, 'from'],
          message: settingText.phasesOutOfOrder(phases[k]!.from, phases[k - 1]!.from, k - 1),
        });
        return;
      }
    }),
});

export const rollout: PolicyDefinition<typeof rolloutSettings> = {
  name: 'rollout',
  description:
    "Switches policies on given dates (e.g. month 1 today's routing, month 2 a pilot, month 3 stores ship local orders); outcomes are labelled by period.",
  settings: rolloutSettings,
  create(model, s, ctx) {
    const phases = s.phases;
    const fns = phases.map((p, k) => ctx.resolve(p.policy, `phases[${k}].policy`));
    const starts = phases.map((p) => parseIsoDate(p.from)! - model.calendar.startEpochDay);
    const phaseOf = new Uint8Array(model.orders.count);
    for (let o = 0; o < model.orders.count; o++) {
      let k = 0;
      while (k + 1 < starts.length && model.orders.placedDay[o]! >= starts[k + 1]!) k++;
      phaseOf[o] = k;
    }
    const label = (k: number) => phases[k]!.label ?? phases[k]!.policy;
    const fn: PolicyFn = (req, out) => {
      req.trace?.notes.push(
        `rollout period "${label(phaseOf[req.order]!)}": routed by ${phases[phaseOf[req.order]!]!.policy}`,
      );
      fns[phaseOf[req.order]!]!(req, out);
    };
    fn.segmentOf = (o) => label(phaseOf[o]!);
    return fn;
  },
};
