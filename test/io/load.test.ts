import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadScenario } from '../../sim/io/load.ts';
import { dataFindings } from '../../sim/validate/serious.ts';

const ROOT = join(import.meta.dirname, '../..');

describe('loadScenario', () => {
  it('lets the order rows go after compiling, and parses the same rows again when they are read', async () => {
    const loaded = await loadScenario('three-location', ROOT);
    // no rows are held: data.orders is a getter until something reads it
    expect(typeof Object.getOwnPropertyDescriptor(loaded.data, 'orders')!.get).toBe('function');
    const rows = loaded.data.orders;
    const { orders } = loaded.model;
    // every line of the demo's orders.csv is a line of the model (none is refused), in file order
    expect(rows.length).toBe(orders.lineStart[orders.count]);
    expect(rows[0]!.orderId).toBe(orders.ids[0]);
    expect(loaded.data.orders).toBe(rows); // parsed once, then kept
    // the findings worked out at load are the ones the rows give again
    expect(loaded.findings).toEqual(dataFindings(loaded.data, loaded.scenario.config, loaded.problems.list));
  });
});
