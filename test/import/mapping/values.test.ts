/**
 * One cell through a column mapping: each value transform with hand-worked canonical
 * values, date formats and time zones across both 2026 US DST changes.
 */
import { describe, expect, it } from 'vitest';
import { TABLE_DEFS, type ColumnSpec, type Table } from '../../../sim/import/mapping/mapping-file.ts';
import { applySpec, checkValue, isoAtOffset, zonedIso } from '../../../sim/import/mapping/values.ts';
import { epochDay } from '../../../sim/time/calendar.ts';

/** A spec for a canonical column, reading the source column "Src" unless told otherwise. */
function spec(table: Table, name: string, extra: Partial<ColumnSpec> = {}): ColumnSpec {
  return { name, kind: TABLE_DEFS[table].columns[name]!, source: 'Src', zip: false, where: 'map.yaml:1:1', ...extra };
}
const value = (s: ColumnSpec, raw: string) => {
  const a = applySpec(s, raw);
  return a.ok ? a.value : `ERROR ${a.why}: ${a.reason} | ${a.detail}`;
};

describe('plain columns, constants and defaults', () => {
  it('passes text through trimmed', () => {
    expect(value(spec('orders', 'order_id'), '  #1001 ')).toBe('#1001');
  });
  it('writes a constant whatever the cell', () => {
    expect(value(spec('inventory', 'node_id', { source: undefined, value: 'WH-1' }), 'anything')).toBe('WH-1');
  });
  it('uses the default for an empty cell only', () => {
    const s = spec('orders', 'country', { default: 'US' });
    expect(value(s, '')).toBe('US');
    expect(value(s, '   ')).toBe('US');
    expect(value(s, 'CA')).toBe('CA');
  });
  it('leaves an empty cell empty without a default', () => {
    expect(value(spec('orders', 'customer_state'), '')).toBe('');
  });
});

describe('map', () => {
  const ship = spec('orders', 'ship_service', {
    map: new Map([
      ['flat rate', 'standard'],
      ['express', 'expedited'],
    ]),
    default: 'standard',
  });
  const status = spec('orders', 'status', {
    source: 'Order Status',
    map: new Map([
      ['completed', 'fulfilled'],
      ['refunded', 'cancelled'],
    ]),
  });

  it('matches source values ignoring case and surrounding spaces', () => {
    expect(value(ship, 'EXPRESS')).toBe('expedited');
    expect(value(ship, ' Flat Rate ')).toBe('standard');
    expect(value(status, 'Refunded')).toBe('cancelled');
  });
  it('gives the default for a value the map lacks', () => {
    expect(value(ship, 'Drone delivery')).toBe('standard');
  });
  it('makes a value the map lacks an error row when there is no default, naming the column', () => {
    expect(value(status, 'On hold')).toBe(
      'ERROR map: status (column "Order Status"): value not in the mapping\'s map (add it there, or give a default) | On hold',
    );
  });
  it('leaves an empty cell to the default, not the map', () => {
    expect(value(status, '')).toBe('');
  });
});

describe('zip: true', () => {
  const zip = spec('orders', 'customer_zip', { zip: true, source: 'Shipping Postcode' });
  it('repairs ZIP+4, apostrophes and lost leading zeros, reporting each repair', () => {
    expect(applySpec(zip, '02134-1234')).toEqual({
      ok: true,
      value: '02134',
      repair: { reason: 'customer_zip: ZIP repaired (ZIP+4 shortened)', detail: '02134-1234 → 02134' },
    });
    expect(applySpec(zip, "'2134")).toEqual({
      ok: true,
      value: '02134',
      repair: {
        reason: 'customer_zip: ZIP repaired (leading apostrophe removed, leading zeros restored)',
        detail: "'2134 → 02134",
      },
    });
    expect(applySpec(zip, '60614')).toEqual({ ok: true, value: '60614' });
  });
  it('rejects what is not a US ZIP', () => {
    expect(value(zip, 'M5V 2T6')).toBe(
      'ERROR value: customer_zip (column "Shipping Postcode") is not a US ZIP | M5V 2T6',
    );
  });
  it('without zip: true, checks the ZIP but writes it as it is (the replay repairs it with a warning)', () => {
    expect(value(spec('orders', 'customer_zip'), '2134')).toBe('2134');
    expect(value(spec('orders', 'customer_zip'), 'N/A')).toMatch(/^ERROR value: .* is not a US ZIP/);
  });
});

describe('date-times: format and timezone', () => {
  const chicago = (format?: string) =>
    spec('orders', 'placed_at', { source: 'Order Date', format, timezone: 'America/Chicago' });

  it('reads a luxon format in the time zone, writing ISO 8601 with the offset in force', () => {
    expect(value(chicago('yyyy-MM-dd HH:mm:ss'), '2026-07-01 14:05:00')).toBe('2026-07-01T14:05:00-05:00');
    expect(value(chicago('yyyy-MM-dd HH:mm:ss'), '2026-01-15 09:00:00')).toBe('2026-01-15T09:00:00-06:00');
    expect(value(chicago('MM/dd/yyyy h:mm a'), '07/01/2026 2:05 PM')).toBe('2026-07-01T14:05:00-05:00');
    expect(value(chicago('d.M.yyyy HH:mm'), '1.7.2026 14:05')).toBe('2026-07-01T14:05:00-05:00');
  });

  it('on the spring-forward day (2026-03-08): before the jump CST, a skipped time after the jump, then CDT', () => {
    const s = chicago('yyyy-MM-dd HH:mm:ss');
    expect(value(s, '2026-03-08 01:30:00')).toBe('2026-03-08T01:30:00-06:00');
    expect(value(s, '2026-03-08 02:30:00')).toBe('2026-03-08T03:30:00-05:00'); // 02:30 does not exist
    expect(value(s, '2026-03-08 03:30:00')).toBe('2026-03-08T03:30:00-05:00');
  });

  it('on the fall-back day (2026-11-01): a repeated time is its first occurrence (CDT), as the replay reads local times', () => {
    const s = chicago('yyyy-MM-dd HH:mm:ss');
    expect(value(s, '2026-11-01 00:30:00')).toBe('2026-11-01T00:30:00-05:00');
    expect(value(s, '2026-11-01 01:30:00')).toBe('2026-11-01T01:30:00-05:00');
    expect(value(s, '2026-11-01 02:30:00')).toBe('2026-11-01T02:30:00-06:00');
  });

  it('keeps an offset the text carries instead of the time zone', () => {
    expect(value(chicago('yyyy-MM-dd HH:mm ZZZ'), '2026-07-01 14:05 -0700')).toBe('2026-07-01T14:05:00-07:00');
    expect(value(chicago("yyyy-MM-dd'T'HH:mm:ssZZ"), '2026-07-01T14:05:00+00:00')).toBe('2026-07-01T14:05:00+00:00');
  });

  it('without a format, reads ISO 8601 and Shopify-style text; a time zone places times without an offset', () => {
    expect(value(chicago(), '2026-07-01 14:05:00 -0700')).toBe('2026-07-01T14:05:00-07:00');
    expect(value(chicago(), '2026-07-01T14:05:00Z')).toBe('2026-07-01T14:05:00+00:00');
    expect(value(chicago(), '2026-07-01 14:05')).toBe('2026-07-01T14:05:00-05:00');
    expect(value(chicago(), '2026-03-08T02:30:00')).toBe('2026-03-08T03:30:00-05:00');
  });

  it('without a time zone, writes a time without an offset as local time, flagged naive', () => {
    const s = spec('orders', 'placed_at', { format: 'MM/dd/yyyy HH:mm' });
    expect(applySpec(s, '07/01/2026 14:05')).toEqual({ ok: true, value: '2026-07-01T14:05:00', naive: true });
  });

  it('rejects text that does not match the format', () => {
    expect(value(chicago('yyyy-MM-dd HH:mm:ss'), '07/01/2026')).toBe(
      'ERROR value: placed_at (column "Order Date") is not a date-time in the format "yyyy-MM-dd HH:mm:ss" | 07/01/2026',
    );
    expect(value(chicago('yyyy-MM-dd HH:mm:ss'), '2026-02-30 10:00:00')).toMatch(/^ERROR value/);
  });

  it('reads dates with a format as YYYY-MM-DD', () => {
    expect(value(spec('orders', 'promised_by', { format: 'dd/MM/yyyy' }), '05/07/2026')).toBe('2026-07-05');
    expect(value(spec('inventory', 'as_of'), '2026-07-05')).toBe('2026-07-05');
  });

  it('formats instants at an offset and wall-clock times in a zone', () => {
    expect(isoAtOffset(Date.UTC(2026, 6, 1, 19, 5), -300)).toBe('2026-07-01T14:05:00-05:00');
    expect(isoAtOffset(Date.UTC(2026, 6, 1, 8, 35), 330)).toBe('2026-07-01T14:05:00+05:30');
    expect(zonedIso(epochDay(2026, 7, 1), 14 * 60 + 5, 'America/Los_Angeles')).toBe('2026-07-01T14:05:00-07:00');
  });
});

describe('multiply and numbers', () => {
  it('converts units, rounded to 6 decimals', () => {
    const grams = spec('skus', 'weight_lb', { source: 'Weight (g)', multiply: 0.00220462 });
    expect(value(grams, '500')).toBe('1.10231');
    expect(value(grams, '453.592')).toBe('0.999998'); // 453.592 × 0.00220462 = 0.99999798…
    expect(value(spec('skus', 'length_in', { multiply: 0.393701 }), '12')).toBe('4.724412');
  });
  it('rejects a source value that is not a number', () => {
    expect(value(spec('skus', 'weight_lb', { source: 'Weight (g)', multiply: 0.00220462 }), '500 g')).toBe(
      'ERROR value: weight_lb (column "Weight (g)") is not a number | 500 g',
    );
  });
  it('checks the converted value against the column (whole units for quantities)', () => {
    expect(value(spec('orders', 'quantity', { multiply: 12 }), '2')).toBe('24');
    expect(value(spec('orders', 'quantity', { multiply: 0.5 }), '3')).toBe(
      'ERROR value: quantity (column "Src") × 0.5 is not a whole number ≥ 1 | 3 → 1.5',
    );
  });
  it('accepts whole numbers written with decimals, rejects others', () => {
    expect(value(spec('orders', 'quantity'), '2.000')).toBe('2');
    expect(value(spec('orders', 'quantity'), '0')).toBe(
      'ERROR value: quantity (column "Src") is not a whole number ≥ 1 | 0',
    );
    expect(value(spec('orders', 'unit_price'), '$12')).toMatch(/is not a number ≥ 0/);
  });
  it('keeps a negative stock count as exported, noted as kept (the parser warns and reads it as 0)', () => {
    expect(applySpec(spec('inventory', 'on_hand'), '-3')).toEqual({
      ok: true,
      value: '-3',
      kept: {
        reason: 'on_hand: negative count (oversold) written as exported; run and validate read it as 0',
        detail: '-3',
      },
    });
    expect(value(spec('nodes', 'safety_stock'), '-3')).toMatch(/^ERROR value/);
  });
});

describe('canonical values', () => {
  it('writes choices in their canonical spelling and keeps other accepted forms', () => {
    expect(checkValue({ type: 'choice', options: ['warehouse', 'store', '3pl'] }, 'Warehouse')).toEqual({
      ok: true,
      value: 'warehouse',
    });
    expect(checkValue({ type: 'fraction' }, '92%')).toEqual({ ok: true, value: '92%' });
    expect(checkValue({ type: 'ship-days' }, 'Mon-Sat')).toEqual({ ok: true, value: 'Mon-Sat' });
    expect(checkValue({ type: 'time' }, '25:00')).toEqual({ ok: false });
    expect(checkValue({ type: 'timestamp' }, '2026-07-01 14:05:00 -0500')).toEqual({
      ok: true,
      value: '2026-07-01T14:05:00-05:00',
    });
  });
});
