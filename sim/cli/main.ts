#!/usr/bin/env node
/**
 * The `routelab` command. The only place that sets exit codes: 0 success, 2 bad input
 * (every problem listed), 1 internal error (or a full disk, said in one sentence).
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command, CommanderError } from 'commander';
import { VERB_EXAMPLES } from './examples.ts';
import { generateCommand } from './generate.ts';
import { importShopify } from '../io/import-shopify.ts';
import { runCommand, runReport } from './run.ts';
import { OutputFault } from '../io/out-errors.ts';
import { runEnvironment } from '../io/environment.ts';
import { formatProblems, InputError } from '../problems.ts';
import { dataQualityText, msg } from '../messages.ts';
import type { RunEnvironment } from '../report/run-info.ts';
import { dataQualityTerminal, type DataQuality } from '../report/data-quality.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

const environment = (): RunEnvironment => runEnvironment(ROOT);

function program(): Command {
  const p = new Command('routelab')
    .description('Replay orders against alternative routing policies before paying for a pilot.')
    .version(environment().routelab, '-V, --version', 'print the RouteLab version')
    .showHelpAfterError()
    .exitOverride();
  p.command('run')
    .description('replay every policy of a scenario and write reports/<scenario>/')
    .argument('<scenario>', 'bundled scenario name, scenario folder, or scenario.yaml')
    .option('--seed <seed>', 'override the scenario seed')
    .option('--out <dir>', 'write the report here instead of reports/<scenario>/')
    .option('--quiet', 'print only the report path')
    .option('--json', 'print machine-readable results')
    .option(
      '--replicates <n>',
      'draw the orders and the random parts this many times for the intervals (default 1: intervals over days)',
    )
    .option('--workers <n>', 'worker threads for the replicates (default: the cores)')
    .option('--outcomes <form>', 'outcomes.csv as csv (default) or gz (outcomes.csv.gz, for big runs)')
    .option('--no-outcomes', 'write no outcomes.csv (the per-order rows; every other file is the same)')
    .action(
      async (
        scenario: string,
        opts: {
          seed?: string;
          out?: string;
          quiet?: boolean;
          json?: boolean;
          replicates?: string;
          workers?: string;
          outcomes?: string | boolean;
        },
      ) => {
        const res = await runCommand(scenario, opts, ROOT, environment(), () => performance.now());
        for (const line of warningLines(res.quality, opts)) process.stderr.write(`${line}\n`);
        process.stdout.write(`${runReport(res, opts)}\n`);
      },
    );
  p.command('generate')
    .description('write a seeded synthetic data set (canonical CSV files)')
    .option('--preset <name>', 'network and demand preset', 'three-location')
    .option('--seed <seed>', 'random seed', '1')
    .option('--start <date>', 'first day, YYYY-MM-DD', '2026-06-29')
    .option('--days <n>', 'number of days', '90')
    .option('--orders-per-day <n>', "mean orders per day (default: the preset's)")
    .requiredOption('--out <dir>', 'folder to write')
    .action(
      (opts: { preset: string; seed: string; start: string; days: string; ordersPerDay?: string; out: string }) => {
        process.stdout.write(`${generateCommand(opts)}\n`);
      },
    );
  const imp = p.command('import').description('turn exports from a store platform into a canonical data folder');
  imp
    .command('shopify')
    .description('import Shopify orders (and optionally products, inventory and your locations)')
    .requiredOption('--orders <file>', 'orders export (Orders → Export, CSV)')
    .option('--products <file>', 'products export, for weights and categories')
    .option('--inventory <file>', 'inventory export (any of its three layouts)')
    .option('--locations <file>', 'your locations.csv: name, type, zip (Shopify does not export locations)')
    .option(
      '--inventory-date <date>',
      'the day the inventory was counted, YYYY-MM-DD (default: the file date); changes no figure',
    )
    .option(
      '--rebuild-start-stock',
      "rebuild the stock at the period start from the counted stock plus the units sold since (today's export)",
    )
    .requiredOption('--out <dir>', 'data folder to write')
    .action(
      async (opts: {
        orders: string;
        products?: string;
        inventory?: string;
        locations?: string;
        inventoryDate?: string;
        rebuildStartStock?: boolean;
        out: string;
      }) => {
        process.stdout.write(`${(await importShopify(opts)).text}\n`);
      },
    );
  imp
    .command('csv')
    .description('import any other CSV export (WooCommerce, ERP, WMS) through a column mapping file')
    .requiredOption('--map <mapping.yaml>', 'column mapping (see examples/mappings/woocommerce.yaml)')
    .option('--orders <file>', 'orders export (default: orders.file in the mapping)')
    .option('--skus <file>', 'products export (default: skus.file in the mapping)')
    .option('--inventory <file>', 'inventory export (default: inventory.file in the mapping)')
    .option('--nodes <file>', 'nodes / locations file (default: nodes.file in the mapping)')
    .requiredOption('--out <dir>', 'data folder to write')
    .action(
      async (opts: {
        map: string;
        orders?: string;
        skus?: string;
        inventory?: string;
        nodes?: string;
        out: string;
      }) => {
        const { importCsv } = await import('../io/import-csv.ts');
        process.stdout.write(`${(await importCsv(opts)).text}\n`);
      },
    );
  p.command('compare')
    .description('policy B against policy A on every metric, with 95% intervals')
    .argument('<scenario>', 'bundled scenario name, scenario folder, or scenario.yaml')
    .option('--a <policy>', "policy A (e.g. today's routing)")
    .option('--b <policy>', 'policy B (the change)')
    .option('--history', "instead: compare the orders' own history before and after --switch")
    .option('--switch <date>', 'with --history: the day routing changed, YYYY-MM-DD')
    .option(
      '--pilot-states <list>',
      'with --history: the pilot region (e.g. NY,NJ) for a difference in differences against the other states',
    )
    .option(
      '--policy <name>',
      'with --history: the pilot entry to replay beside the history (default: the one whose cohort states are --pilot-states)',
    )
    .option('--out <dir>', 'with --history: write the report here instead of reports/<scenario>-history/')
    .option('--replicates <n>', 'draw the orders and the random parts this many times (common random numbers)', '1')
    .option('--workers <n>', 'worker threads for the replicates (default: the cores)')
    .option('--seed <seed>', 'override the scenario seed')
    .option('--json', 'print machine-readable results')
    .action(
      async (
        scenario: string,
        opts: {
          a?: string;
          b?: string;
          history?: boolean;
          switch?: string;
          pilotStates?: string;
          policy?: string;
          out?: string;
          replicates?: string;
          workers?: string;
          seed?: string;
          json?: boolean;
        },
      ) => {
        const { compareCommand, historyCommand } = await import('./analyze.ts');
        if (opts.history) {
          const res = await historyCommand(scenario, opts, ROOT);
          const shown = res.warnings.filter((w) => w.severity === 'warning');
          if (shown.length && !opts.json)
            process.stderr.write(`${dataQualityText.history(shown.length)}\n${formatProblems(shown, 3)}\n\n`);
          process.stdout.write(`${res.text}\n`);
          return;
        }
        if (!opts.a || !opts.b)
          throw new InputError([
            { severity: 'error', file: 'command line', field: opts.a ? '--b' : '--a', ...msg.compareNeedsPolicies() },
          ]);
        process.stdout.write(`${await compareCommand(scenario, opts.a, opts.b, opts, ROOT)}\n`);
      },
    );
  p.command('roi')
    .description(
      'what the change is worth: savings, cash flows, payback, NPV, IRR, sensitivity, pilot size, buy/no-buy verdict',
    )
    .argument('<scenario>', 'bundled scenario name, scenario folder, or scenario.yaml')
    .option(
      '--policy <name>',
      'the policy to decide on (default: roi.policy, else the largest saving per order that keeps service)',
    )
    .option('--replicates <n>', "draw the orders and the random parts this many times for the saving's interval", '1')
    .option('--workers <n>', 'worker threads for the replicates (default: the cores)')
    .option('--seed <seed>', 'override the scenario seed')
    .option('--json', 'print machine-readable results')
    .action(
      async (
        scenario: string,
        opts: { policy?: string; replicates?: string; workers?: string; seed?: string; json?: boolean },
      ) => {
        const { roiCommand } = await import('./analyze.ts');
        process.stdout.write(`${await roiCommand(scenario, opts, ROOT)}\n`);
      },
    );
  p.command('sweep')
    .description('replay a grid of settings (in parallel) and write every metric to a tidy CSV')
    .argument('<scenario>', 'bundled scenario name, scenario folder, or scenario.yaml')
    .requiredOption(
      '--set <path=v1,v2,...>',
      'a setting and its values; repeat for a grid (e.g. policies.store-for-local.radius_miles=50,100 or nodes.store.inventory_accuracy=0.85,0.95)',
      (v: string, prev: string[] = []) => [...prev, v],
    )
    .option('--replicates <n>', 'replicates per grid point', '1')
    .option('--workers <n>', 'worker threads (default: the cores)')
    .option('--seed <seed>', 'override the scenario seed')
    .option(
      '--out <file>',
      'CSV to write (default: reports/<scenario>-sweep.csv; with --shard, the partial: reports/<scenario>-sweep-shard-<i>-of-<N>.json)',
    )
    .option(
      '--shard <i/N>',
      'replay only shard i of N (grid points k with k mod N = i-1) and write a partial result for `merge`',
    )
    .action(
      async (
        scenario: string,
        opts: { set: string[]; replicates?: string; workers?: string; seed?: string; out?: string; shard?: string },
      ) => {
        const { sweepCommand } = await import('./sweep.ts');
        process.stdout.write(`${await sweepCommand(scenario, opts, ROOT)}\n`);
      },
    );
  p.command('merge')
    .description('combine the partial results of `sweep --shard i/N` (one per shard) into the sweep CSV')
    .argument('<partial...>', 'the partial files the shards wrote, every shard once, in any order')
    .requiredOption('--out <file>', 'the sweep CSV to write (the file the unsharded sweep writes)')
    .action(async (partials: string[], opts: { out: string }) => {
      const { mergeCommand } = await import('./merge.ts');
      process.stdout.write(`${mergeCommand(partials, opts)}\n`);
    });
  p.command('explain')
    .description('say why an order went to the nodes it went to, under each policy (or one)')
    .argument('<scenario>', 'bundled scenario name, scenario folder, or scenario.yaml')
    .argument('<order_id>', 'the order id as in orders.csv')
    .option('--policy <name>', 'only this policy of the scenario')
    .option('--seed <seed>', 'override the scenario seed')
    .option('--json', 'print the recorded events as JSON')
    .action(async (scenario: string, orderId: string, opts: { policy?: string; seed?: string; json?: boolean }) => {
      const { explainCommand } = await import('./explain.ts');
      process.stdout.write(`${await explainCommand(scenario, orderId, opts, ROOT)}\n`);
    });
  p.command('validate')
    .description('report whether a data folder or scenario is fit to replay, and what to fix first')
    .argument('<data-folder|scenario>', 'data folder, bundled scenario name, scenario folder, or scenario.yaml')
    .option('--out <file>', 'also write the report as Markdown (nothing is written when a problem blocks a run)')
    .option('--json', 'print the findings as JSON')
    .action(async (target: string, opts: { out?: string; json?: boolean }) => {
      const { validateAction } = await import('./validate.ts');
      await validateAction(target, opts, ROOT);
    });
  p.command('init')
    .description('write a starter data folder and scenario.yaml to edit (never into an existing folder)')
    .argument('<folder>', 'the new folder to create')
    .action(async (folder: string) => {
      const { initCommand } = await import('./init.ts');
      process.stdout.write(`${initCommand(folder)}\n`);
    });
  for (const c of [...p.commands, ...imp.commands])
    if (VERB_EXAMPLES[c.name()]) c.addHelpText('after', `\nExample:\n  ${VERB_EXAMPLES[c.name()]}`);
  return p;
}

/** The run's warnings on stderr: ranked findings, as `validate` lists them (none with --quiet or --json). */
function warningLines(quality: DataQuality, opts: { quiet?: boolean; json?: boolean }): string[] {
  if (opts.quiet || opts.json) return [];
  const lines = dataQualityTerminal(quality);
  return lines.length ? [...lines, ''] : [];
}

async function main(argv: string[]): Promise<number> {
  try {
    await program().parseAsync(argv);
    return 0;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    if (e instanceof InputError) {
      const errors = e.problems.filter((p) => p.severity === 'error');
      process.stderr.write(
        `routelab: ${errors.length} problem${errors.length === 1 ? '' : 's'} in the input; nothing was written.\n\n`,
      );
      process.stderr.write(`${formatProblems(errors, 50)}\n`);
      return 2;
    }
    if (e instanceof OutputFault) {
      process.stderr.write(`routelab: ${e.message}\n`);
      return 1;
    }
    process.stderr.write(
      `routelab: internal error (this is a bug; please report it with the command you ran):\n${(e as Error).stack ?? String(e)}\n`,
    );
    return 1;
  }
}

process.exitCode = await main(process.argv);
