/** Reading a parsed table by column name, with problems at file:line:column. */
import { describe, expect, it } from 'vitest';
import { fromCSV } from '../../sim/parse/csv.ts';
import { parseInteger } from '../../sim/parse/fields.ts';
import { readRows, readTableRows, TableReader, type TableSchema } from '../../sim/parse/table.ts';
import { Problems } from '../../sim/problems.ts';
import { msg } from '../../sim/messages.ts';

const SCHEMA: TableSchema = { required: ['sku', 'quantity'], optional: ['name'] };

function reader(text: string, schema: TableSchema = SCHEMA) {
  const problems = new Problems();
  const table = fromCSV(text, 'items.csv', problems);
  if (!table) throw new Error('test CSV did not parse');
  return { r: new TableReader(table, schema, problems), problems };
}

const qty = (t: string) => parseInteger(t, 1);

describe('TableReader: header checks', () => {
  it('a clean header: usable, no problems', () => {
    const { r, problems } = reader('quantity,sku,name\n1,A,Mug\n');
    expect(r.usable).toBe(true);
    expect(problems.list).toEqual([]);
    expect(r.hasColumn('sku')).toBe(true);
    expect(r.hasColumn('colour')).toBe(false);
  });

  it('a missing required column suggests a close misspelled header', () => {
    const { r, problems } = reader('sku,quantitty,name\nA,1,Mug\n');
    expect(r.usable).toBe(false);
    const errors = problems.errors;
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: 'items.csv', line: 1, field: 'quantity', code: 'missing-column' });
    expect(errors[0]!.message).toBe('required column "quantity" is missing from the header');
    expect(errors[0]!.hint).toContain('rename "quantitty" to "quantity"');
  });

  it('suggests across case and separator differences', () => {
    const { problems } = reader('SKU_ID,quantity\nA,1\n', { required: ['sku_id', 'quantity'], optional: [] });
    // "SKU_ID" is not "sku_id" (matching is exact), but it is the obvious rename
    expect(problems.errors.map((p) => p.hint)).toEqual([expect.stringContaining('rename "SKU_ID" to "sku_id"')]);
  });

  it('a missing required column with no look-alike says to add it', () => {
    const { problems } = reader('sku,colour\nA,red\n');
    const e = problems.errors;
    expect(e).toHaveLength(1);
    expect(e[0]!.field).toBe('quantity');
    expect(e[0]!.hint).toBe('add a "quantity" column to items.csv (columns are matched by name, in any order)');
  });

  it('every missing required column is reported', () => {
    const { r, problems } = reader('name\nMug\n');
    expect(r.usable).toBe(false);
    expect(problems.errors.map((p) => p.field)).toEqual(['sku', 'quantity']);
  });

  it('extra columns produce one note listing them all', () => {
    const { r, problems } = reader('sku,colour,quantity,size\nA,red,1,L\n');
    expect(r.usable).toBe(true);
    expect(problems.list).toHaveLength(1);
    expect(problems.list[0]).toMatchObject({ severity: 'note', file: 'items.csv', line: 1, code: 'extra-columns' });
    expect(problems.list[0]!.message).toBe('columns "colour", "size" are not used and will be ignored');
  });

  it('one extra column reads in the singular', () => {
    const { problems } = reader('sku,quantity,colour\nA,1,red\n');
    expect(problems.list.map((p) => p.message)).toEqual(['column "colour" is not used and will be ignored']);
  });

  it('a duplicated column is an error at its position and makes the table unusable', () => {
    const { r, problems } = reader('sku,quantity,sku\nA,1,B\n');
    expect(r.usable).toBe(false);
    expect(problems.errors).toHaveLength(1);
    expect(problems.errors[0]).toMatchObject({
      file: 'items.csv',
      line: 1,
      column: 3,
      field: 'sku',
      code: 'duplicate-column',
    });
    expect(problems.errors[0]!.message).toBe('column "sku" appears twice in the header');
  });

  it('header problems are reported at the header’s own line when blank lines come first', () => {
    // 1 (blank) | 2 (blank) | 3 sku,quantity,sku
    const { problems } = reader('\n\nsku,quantity,sku\nA,1,B\n');
    expect(problems.errors.map((p) => [p.line, p.column, p.code])).toEqual([[3, 3, 'duplicate-column']]);
  });

  it('oneOf: at least one group must be fully present', () => {
    const schema: TableSchema = {
      required: ['order_id'],
      optional: [],
      oneOf: [['customer_zip'], ['customer_lat', 'customer_lon']],
    };
    expect(reader('order_id,customer_zip\n1,10001\n', schema).r.usable).toBe(true);
    expect(reader('order_id,customer_lat,customer_lon\n1,40,-74\n', schema).r.usable).toBe(true);
    const { r, problems } = reader('order_id,customer_lat\n1,40\n', schema);
    expect(r.usable).toBe(false);
    expect(problems.errors.map((p) => [p.line, p.code, p.message])).toEqual([
      [1, 'missing-column', 'the header needs customer_zip or customer_lat + customer_lon'],
    ]);
  });
});

describe('TableReader: cells', () => {
  // 1 header | 2 A,1 | 3 B,x | 4 C,"" | 5 D,"2\n" spans 5–6 | 7 E,3
  const text = 'sku,quantity,name\nA,1, Mug \nB,x,Bowl\nC,,Cup\nD,2,"Big\nplate"\nE,3,\n';

  it('walks rows and reads trimmed text', () => {
    const { r } = reader(text);
    expect(r.length).toBe(5);
    expect(r.at(0).text('sku')).toBe('A');
    expect(r.text('name')).toBe('Mug');
    expect(r.line).toBe(2);
    expect(r.text('colour')).toBe(''); // absent column
  });

  it('get() parses a good cell', () => {
    const { r, problems } = reader(text);
    expect(r.at(0).get('quantity', qty)).toBe(1);
    expect(r.rowOk).toBe(true);
    expect(problems.list).toEqual([]);
  });

  it('get() records a bad cell at its 1-based line and column and returns undefined', () => {
    const { r, problems } = reader(text);
    expect(r.at(1).get('quantity', qty)).toBeUndefined();
    expect(r.rowOk).toBe(false);
    expect(problems.list).toEqual([
      {
        severity: 'error',
        file: 'items.csv',
        line: 3,
        column: 2,
        field: 'quantity',
        code: 'bad-integer',
        message: '"x" is not a whole number ≥ 1',
        hint: 'write a whole number of at least 1 (no decimals, units or thousands separators)',
      },
    ]);
  });

  it('moving to another row clears the row flag', () => {
    const { r } = reader(text);
    r.at(1).get('quantity', qty);
    expect(r.rowOk).toBe(false);
    r.at(0);
    expect(r.rowOk).toBe(true);
  });

  it('an empty cell is undefined, and an error only when required', () => {
    const { r, problems } = reader(text);
    expect(r.at(2).get('quantity', qty)).toBeUndefined();
    expect(problems.list).toEqual([]);
    expect(r.rowOk).toBe(true);
    expect(r.at(2).get('quantity', qty, { required: true })).toBeUndefined();
    expect(r.rowOk).toBe(false);
    expect(problems.list.map((p) => [p.line, p.column, p.field, p.code, p.message])).toEqual([
      [4, 2, 'quantity', 'required-value', 'quantity is empty'],
    ]);
  });

  it('rows after a quoted line break report their own line', () => {
    const { r, problems } = reader(text);
    expect(r.at(3).line).toBe(5);
    expect(r.text('name')).toBe('Big\nplate');
    expect(r.at(4).line).toBe(7);
    r.at(4).error('name', { code: 'x', message: 'm', hint: 'h' });
    expect(problems.list.map((p) => [p.line, p.column, p.field])).toEqual([[7, 3, 'name']]);
  });

  it('columns are found by name in any order', () => {
    const { r, problems } = reader('name,quantity,sku\nMug,x,A\n');
    r.at(0).get('quantity', qty);
    expect(problems.list.map((p) => [p.line, p.column])).toEqual([[2, 2]]);
    expect(r.text('sku')).toBe('A');
  });

  it('warnings are recorded at the cell without failing the row', () => {
    const { r, problems } = reader(text);
    r.at(0).warning('sku', { code: 'w', message: 'm', hint: 'h' });
    expect(r.rowOk).toBe(true);
    expect(problems.list).toEqual([
      { severity: 'warning', file: 'items.csv', line: 2, column: 1, field: 'sku', code: 'w', message: 'm', hint: 'h' },
    ]);
  });
});

describe('readTableRows: a table read row by row', () => {
  const build = (r: TableReader) => ({ line: r.line, sku: r.text('sku'), quantity: r.get('quantity', qty) });
  /** fromCSV then readRows, the table held whole: what readTableRows must give. */
  const whole = (text: string, requireRows = false) => {
    const problems = new Problems();
    const table = fromCSV(text, 'items.csv', problems);
    if (!table) return { rows: null, problems: problems.list };
    if (requireRows && table.rows.length === 0) problems.error({ file: 'items.csv', line: 1, ...msg.noDataRows() });
    return { rows: readRows(table, SCHEMA, problems, build), problems: problems.list };
  };
  const streamed = (text: string, requireRows = false) => {
    const problems = new Problems();
    const read = readTableRows(text, 'items.csv', SCHEMA, problems, build, { requireRows, pieceChars: 8 });
    return { rows: read && read.rows, problems: problems.list };
  };

  it('the rows and problems of the whole table, in the same order', () => {
    // line 3: a bad quantity; line 4: a row too wide (reported first, with the text's own)
    const text = 'sku,quantity,colour\nA,1,red\nB,x,blue\nC,1,red,extra\n\nD,2,\n';
    const got = streamed(text);
    expect(got).toEqual(whole(text));
    expect(got.rows).toEqual([
      { line: 2, sku: 'A', quantity: 1 },
      { line: 6, sku: 'D', quantity: 2 },
    ]);
    expect(got.problems.map((p) => [p.line, p.column, p.code])).toEqual([
      [4, undefined, 'field-count'],
      [1, undefined, 'extra-columns'],
      [3, 2, 'bad-integer'],
    ]);
  });

  it('a header without a required column: no rows read, the header reported', () => {
    const text = 'sku,qty\nA,1\n';
    expect(streamed(text).rows).toEqual([]);
    expect(streamed(text).problems.map((p) => p.code)).toEqual(whole(text).problems.map((p) => p.code));
  });

  it('no data rows: the error when asked for, before the header’s problems', () => {
    const got = streamed('sku,quantity,colour\n', true);
    expect(got.problems.map((p) => p.code)).toEqual(['no-rows', 'extra-columns']);
  });

  it('text that cannot be parsed: its problem only, no cell’s', () => {
    const got = streamed('sku,quantity\nA,x\nB,"1\n');
    expect(got.rows).toBeNull();
    expect(got.problems.map((p) => [p.line, p.code])).toEqual([[3, 'csv-syntax']]);
  });
});
