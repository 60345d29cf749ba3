/**
 * RouteLab's statistics and finance core: pure functions over plain numbers, no I/O, no
 * clock, randomness only from an `Rng` passed in. One concept per file; see each file's
 * doc comment for definitions, units and examples.
 *
 * - Distributions: `normalQuantile`, `normalCdf`, `tCdf`, `tTail`, `tPdf`, `tQuantile`,
 *   `tCritical`, `regularizedIncompleteBeta`.
 * - Comparisons: `pairedDifference` (replicates, common random numbers),
 *   `dayBlockBootstrap` (one replay, days as the resampling unit).
 * - Pre/post cohorts: `standardizeToPre`, `directStandardize`, `kitagawa`,
 *   `differenceInDifferences`.
 * - Finance (monthly flows, `flows[0]` now): `npv`, `monthlyRate`, `annualRate`, `irr`,
 *   `payback`, `breakEvenVolume`.
 * - Pilot sizing: `pilotSize`, `pairedPower` (paired days); `didDays`, `didPower`,
 *   `didMinimumEffect`, `didStandardError` (a real pilot: cohort against the rest).
 */
export { contains, excludesZero, width, type Interval } from './interval.ts';
export { normalQuantile } from './normal-quantile.ts';
export { normalCdf } from './normal-cdf.ts';
export { betaTails, regularizedIncompleteBeta } from './incomplete-beta.ts';
export { tCdf, tPdf, tTail } from './t-cdf.ts';
export { tCritical, tQuantile } from './t-quantile.ts';
export { pairedDifference, type PairedDifference, type PairedOptions, type UnpairedComparison } from './paired.ts';
export {
  dayBlockBootstrap,
  dayBlockBootstraps,
  BootstrapDraws,
  type BootstrapStatistic,
  type DayBlockBootstrap,
  type DayBlockBootstrapOptions,
  type DayBlockBootstrapsOptions,
} from './block-bootstrap.ts';
export { crudeRate, type RateCell } from './rate-cells.ts';
export { directStandardize, standardizeToPre, type StandardizedChange } from './standardize.ts';
export { kitagawa, type KitagawaCell, type KitagawaDecomposition } from './kitagawa.ts';
export {
  differenceInDifferences,
  type DidCell,
  type DidCellSummary,
  type DidOptions,
  type DifferenceInDifferences,
} from './did.ts';
export { annualRate, monthlyRate, npv, npvAtMonthlyRate } from './npv.ts';
export { irr, type Irr } from './irr.ts';
export { payback, type Payback, type PaybackOptions } from './payback.ts';
export { breakEvenVolume, type BreakEvenOptions } from './break-even.ts';
export {
  pairedPower,
  pilotSize,
  type PilotSize,
  type PilotSizeOptions,
  type PowerOptions,
  type PowerPoint,
} from './power.ts';
export { didDays, didMinimumEffect, didPower, didStandardError, type DidPowerOptions } from './did-power.ts';
