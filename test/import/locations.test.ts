/**
 * locations.csv → canonical nodes: ids from names, time zones from the ZIP's state, every
 * bad cell reported at once (file, line, column, text), and the import log's counts.
 */
import { describe, expect, it } from 'vitest';
import { nodeIdFromName, parseLocations } from '../../sim/import/locations.ts';
import { ImportLog } from '../../sim/import/log.ts';
import { InputError, type Problem } from '../../sim/problems.ts';

/** The problems parseLocations throws (fails when it does not throw). */
function thrown(text: string, file = 'locations.csv'): Problem[] {
  try {
    parseLocations(text, file, new ImportLog());
  } catch (e) {
    if (e instanceof InputError) return e.problems;
    throw e;
  }
  throw new Error('expected an InputError');
}

describe('nodeIdFromName', () => {
  it('upper-cases and joins runs of other characters with one hyphen', () => {
    expect(nodeIdFromName('Brooklyn Store #2')).toBe('BROOKLYN-STORE-2');
    expect(nodeIdFromName('  la -- store ')).toBe('LA-STORE'); // leading and trailing hyphens dropped
    expect(nodeIdFromName('wh1')).toBe('WH1');
  });
  it('falls back to NODE when nothing is left', () => {
    expect(nodeIdFromName('')).toBe('NODE');
    expect(nodeIdFromName('#!')).toBe('NODE');
  });
});

describe('locations.csv', () => {
  it('maps names to node ids, fills time zones from the ZIP, and keeps capacity', () => {
    const log = new ImportLog();
    const l = parseLocations(
      'name,type,zip,capacity\nColumbus Warehouse,warehouse,43219,\nLA Store #2,store,90026,25\n',
      'locations.csv',
      log,
    );
    expect(l.nodes.map((n) => `${n.node_id} ${n.type} ${n.zip} ${n.timezone} ${n.daily_order_capacity}`)).toEqual([
      'COLUMBUS-WAREHOUSE warehouse 43219 America/New_York ',
      'LA-STORE-2 store 90026 America/Los_Angeles 25',
    ]);
    expect(l.nodeOf(' la store #2 ')).toBe('LA-STORE-2');
  });

  it('reports every bad row at once', () => {
    try {
      parseLocations('name,type,zip,capacity\nA,depot,43219,\nB,store,ABCDE,x\n', 'locations.csv', new ImportLog());
      expect.unreachable();
    } catch (e) {
      expect(
        (e as InputError).problems.filter((p) => p.severity === 'error').map((p) => `${p.line}:${p.column} ${p.field}`),
      ).toEqual(['2:2 type', '3:3 zip', '3:4 capacity']);
    }
  });

  it('names the line a node id was first given on when two locations make the same id', () => {
    try {
      // "LA Store 2" and "LA store #2" are different names that both become LA-STORE-2
      parseLocations(
        'name,type,zip\nLA Store 2,store,90026\nColumbus,warehouse,43219\nLA store #2,store,90026\n',
        'locations.csv',
        new ImportLog(),
      );
      expect.unreachable();
    } catch (e) {
      expect((e as InputError).problems.map((p) => `${p.line} ${p.field} ${p.message}`)).toEqual([
        '4 node_id node_id "LA-STORE-2" is listed again (first on line 2)',
      ]);
    }
  });

  it('keeps an explicit node_id, coordinates instead of a ZIP, and the other node columns as written', () => {
    const l = parseLocations(
      'name,type,lat,lon,node_id,cutoff,ship_days,timezone,tags\nDepot,3pl,40.5,-74.25,D1,15:30,Mon-Sat,America/Chicago,east\n',
      'locations.csv',
      new ImportLog(),
    );
    expect(l.nodes).toHaveLength(1);
    expect(l.nodes[0]).toMatchObject({
      node_id: 'D1',
      type: '3pl',
      name: 'Depot',
      zip: '',
      lat: '40.5',
      lon: '-74.25',
      cutoff: '15:30',
      ship_days: 'Mon-Sat',
      timezone: 'America/Chicago',
      tags: 'east',
    });
    expect(l.nodeOf('depot')).toBe('D1');
    expect(l.nodeOf('Elsewhere')).toBeUndefined();
  });

  it('logs every row read and written, and the time-zone repair at its line', () => {
    const log = new ImportLog();
    parseLocations('name,type,zip,timezone\nA,warehouse,10001,\nB,store,90026,America/Los_Angeles\n', 'loc.csv', log);
    expect(log.files()).toEqual([
      { file: 'loc.csv', kind: 'locations', read: 2, written: 2, skipped: 0, repaired: 1, kept: 0 },
    ]);
    expect(log.entries).toEqual([
      {
        file: 'loc.csv',
        line: 2,
        action: 'repaired',
        reason: 'no timezone: taken from the state of the ZIP',
        detail: 'A: America/New_York',
      },
    ]);
  });

  it('a header-only file gives no nodes', () => {
    const l = parseLocations('name,type,zip\n', 'locations.csv', new ImportLog());
    expect(l.nodes).toEqual([]);
  });

  it('an empty file is an error at line 1', () => {
    expect(thrown('').map((p) => [p.file, p.line, p.code])).toEqual([['locations.csv', 1, 'file-empty']]);
  });

  it('reports the exact text, file, line and column of a bad cell', () => {
    const problems = thrown('name,type,zip\nWH,warehouse,ABCDE\n,store,10001\nST,store,\n', 'my-locations.csv');
    expect(problems.map((p) => [p.file, p.line, p.column, p.field, p.message])).toEqual([
      ['my-locations.csv', 2, 3, 'zip', '"ABCDE" is not a US ZIP code'],
      ['my-locations.csv', 3, 1, 'name', 'name is empty'],
      ['my-locations.csv', 4, 3, 'zip', 'location ST has neither a ZIP nor latitude and longitude'],
    ]);
  });

  it('checks the optional node columns too', () => {
    const problems = thrown(
      'name,type,zip,cutoff,inventory_accuracy,active_from\nWH,warehouse,10001,25:00,120%,2026-02-30\n',
    );
    expect(problems.map((p) => [p.line, p.column, p.field, p.code])).toEqual([
      [2, 4, 'cutoff', 'bad-time'],
      [2, 5, 'inventory_accuracy', 'bad-fraction'],
      [2, 6, 'active_from', 'bad-date'],
    ]);
  });

  it('a location name given twice (any case) is an error naming the first line', () => {
    const problems = thrown('name,type,zip\nColumbus,warehouse,43219\ncolumbus,store,43219\n');
    expect(problems.map((p) => `${p.line}:${p.column} ${p.message}`)).toEqual([
      '3:1 location "columbus" is listed again (first on line 2)',
    ]);
  });

  it('a missing required column stops the file', () => {
    const problems = thrown('name,zip\nWH,10001\n');
    expect(problems.map((p) => [p.severity, p.line, p.field, p.code])).toEqual([
      ['error', 1, 'type', 'missing-column'],
    ]);
  });
});
