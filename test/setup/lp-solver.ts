/** Every test file may prepare look-ahead policies or solve a bound without going through sim/io: load HiGHS first. */
import { loadLpSolver } from '../../sim/lp/solver.ts';

await loadLpSolver();
