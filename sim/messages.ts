/**
 * Every message RouteLab shows about user input, in one place: what is wrong and what to
 * do. Each builder returns the stable `code` plus the two texts.
 */

export interface MessageText {
  code: string;
  message: string;
  hint: string;
}

const q = (v: string) => JSON.stringify(v.length > 60 ? `${v.slice(0, 57)}...` : v);
const first = (v: string | readonly string[]) => (typeof v === 'string' ? v : (v[0] ?? ''));

/** Likely causes of a fill or cancellation rate far from a working business (analytics/guards.ts). */
export const guardCauses = {
  noReplenishment: 'the scenario has no `replenishment:` and receipts.csv brings no stock, so stock only runs down',
  staleInventory: (what: string) => `the starting stock is not the period's (${what})`,
  missingReceipts: 'receipts (purchase orders, transfers) missing from receipts.csv',
  generic:
    'starting stock too low for the orders (stale or partial inventory.csv), no replenishment, or missing receipts',
};

export const msg = {
  // ---- files and CSV structure
  fileMissing: (what: string): MessageText => ({
    code: 'file-missing',
    message: `the ${what} does not exist`,
    hint: 'check the path (paths in a scenario are relative to the scenario file; data files live in the data folder)',
  }),
  argFileMissing: (flag: string): MessageText => ({
    code: 'file-missing',
    message: `the file given to ${flag} does not exist`,
    hint: 'check the path (it is relative to the folder you run the command in)',
  }),
  dataFileMissing: (what: string): MessageText => ({
    code: 'file-missing',
    message: `the ${what} file does not exist, and every run needs one`,
    hint: `add it to the data folder (its columns are under "Data files" in the README), or point the scenario's data: at the folder that has it`,
  }),
  noDataRows: (): MessageText => ({
    code: 'no-rows',
    message: 'the file has a header but no data rows',
    hint: 'export the data again, or check that the right file is in the data folder',
  }),
  fileEmpty: (): MessageText => ({
    code: 'file-empty',
    message: 'the file is empty: a header row is required',
    hint: 'write the header row with the column names listed in the README',
  }),
  csvSyntax: (detail: string): MessageText => ({
    code: 'csv-syntax',
    message: `the CSV cannot be read: ${detail}`,
    hint: 'check for an unclosed double quote on this line; quote fields that contain commas, quotes or line breaks',
  }),
  unclosedQuote: (): MessageText => ({
    code: 'csv-syntax',
    message: 'a double quote opened in this field is never closed, so the rest of the file reads as one field',
    hint: 'close the quote, or double it ("") if it is part of the text',
  }),
  notUtf8: (byte: string, before: string): MessageText => ({
    code: 'not-utf8',
    message: `byte ${byte}${before ? ` after ${q(before)}` : ' at the start of the line'} is not UTF-8: the file was probably saved as Latin-1 or Windows-1252 (where it is a letter such as é or a dash)`,
    hint: 're-save the file as UTF-8 (in Excel: Save As → CSV UTF-8 (Comma delimited); in Numbers or LibreOffice choose the UTF-8 encoding) and run again',
  }),
  lineTooLong: (maxBytes: number): MessageText => ({
    code: 'line-too-long',
    message: `this line is longer than ${maxBytes / (1 << 20)} MB, far longer than any real row; the file is probably not a CSV export, or has lost its line breaks`,
    hint: 'check that this is the right file and that it has one row per line; a cell this long is not supported',
  }),
  wrongFieldCount: (got: number, want: number): MessageText => ({
    code: 'field-count',
    message: `this row has ${got} fields but the header has ${want}`,
    hint: 'quote fields that contain commas, or add the missing fields',
  }),
  /** `col` is the column's name, or every name it may have (`"Lineitem quantity" or "Quantity"`). */
  missingColumn: (col: string | readonly string[], file: string, suggestion?: string): MessageText => ({
    code: 'missing-column',
    message: `required column ${typeof col === 'string' ? q(col) : col.map(q).join(' or ')} is missing from the header`,
    hint: suggestion
      ? `rename ${q(suggestion)} to ${q(first(col))}, or add a ${q(first(col))} column (columns are matched by name, in any order)`
      : `add a ${q(first(col))} column to ${file} (columns are matched by name, in any order)`,
  }),
  missingOneOf: (options: string[]): MessageText => ({
    code: 'missing-column',
    message: `the header needs ${options.join(' or ')}`,
    hint: `add ${options.join(', or ')} columns`,
  }),
  extraColumns: (cols: string[]): MessageText => ({
    code: 'extra-columns',
    message: `column${cols.length === 1 ? '' : 's'} ${cols.map(q).join(', ')} ${cols.length === 1 ? 'is' : 'are'} not used and will be ignored`,
    hint: 'nothing to do unless you meant one of the documented columns (check the spelling)',
  }),
  duplicateColumn: (col: string): MessageText => ({
    code: 'duplicate-column',
    message: `column ${q(col)} appears twice in the header`,
    hint: 'remove or rename one of them',
  }),

  // ---- where RouteLab writes (--out)
  outEmpty: (): MessageText => ({
    code: 'out-empty',
    message: 'the output path is empty',
    hint: 'give a folder or file name after --out, or leave --out out for the default',
  }),
  outNotOurs: (what: 'report' | 'data'): MessageText => ({
    code: 'out-not-routelab',
    message: `the folder exists and is not a RouteLab ${what === 'report' ? 'report' : 'data'} folder (it has no routelab-manifest.json), so RouteLab will not ${what === 'report' ? 'replace it' : 'write into it'}`,
    hint:
      what === 'report'
        ? 'pick another --out (a new or empty folder, or an earlier RouteLab report), or empty this folder first'
        : 'pick another --out (a new or empty folder, or one RouteLab wrote), or empty this folder first',
  }),
  outIsFile: (): MessageText => ({
    code: 'out-is-file',
    message: 'this is a file, and RouteLab writes a folder here',
    hint: 'pick another --out: a new or empty folder, or one RouteLab wrote before',
  }),
  outIsFolder: (): MessageText => ({
    code: 'out-is-folder',
    message: 'this is a folder, and RouteLab writes a file here',
    hint: 'give a file name, e.g. this folder followed by /sweep.csv',
  }),
  outFileNotOurs: (): MessageText => ({
    code: 'out-file-not-routelab',
    message: 'the file exists and RouteLab did not write it, so it is not overwritten',
    hint: 'pick another --out, or move the file away first',
  }),
  outFileChanged: (): MessageText => ({
    code: 'out-file-changed',
    message: 'RouteLab wrote this file, but it has been changed since, so it is not replaced',
    hint: 'move the file elsewhere to keep your changes (or delete it), then run again; or pick another --out',
  }),
  outUnderFile: (): MessageText => ({
    code: 'out-under-file',
    message: 'a part of this path is a file, not a folder, so nothing can be written under it',
    hint: 'pick another --out whose parent folders are folders',
  }),
  outNotWritable: (readOnly: boolean): MessageText => ({
    code: 'out-not-writable',
    message: readOnly ? 'this place is on a read-only file system' : 'you do not have permission to write here',
    hint: 'pick an --out in a folder you can write to (e.g. under your home folder)',
  }),
  outNameTooLong: (): MessageText => ({
    code: 'out-name-too-long',
    message: 'the path (or one of its names) is too long for the file system',
    hint: 'pick a shorter --out',
  }),
  initExists: (): MessageText => ({
    code: 'init-exists',
    message: 'this already exists, and init never writes into an existing file or folder',
    hint: 'give init the name of a new folder (it creates it), or move this one away first',
  }),

  // ---- field values
  required: (col: string): MessageText => ({
    code: 'required-value',
    message: `${col} is empty`,
    hint: `fill in ${col} on this line`,
  }),
  notInteger: (v: string, min: number): MessageText => ({
    code: 'bad-integer',
    message: `${q(v)} is not a whole number ≥ ${min}`,
    hint: `write a whole number of at least ${min} (no decimals, units or thousands separators)`,
  }),
  notNumber: (v: string, min?: number, max?: number): MessageText => ({
    code: 'bad-number',
    message: `${q(v)} is not a number${min !== undefined && max !== undefined ? ` between ${min} and ${max}` : min !== undefined ? ` ≥ ${min}` : ''}`,
    hint: 'write a plain number like 12.5 (a dot for decimals, no currency signs or units)',
  }),
  notFraction: (v: string): MessageText => ({
    code: 'bad-fraction',
    message: `${q(v)} is not a fraction between 0 and 1`,
    hint: 'write a value like 0.92 (or 92%)',
  }),
  notDate: (v: string): MessageText => ({
    code: 'bad-date',
    message: `${q(v)} is not a date`,
    hint: 'write dates as YYYY-MM-DD, e.g. 2026-07-01',
  }),
  notTimestamp: (v: string): MessageText => ({
    code: 'bad-timestamp',
    message: `${q(v)} is not a date-time`,
    hint: 'write ISO 8601 with an offset, e.g. 2026-07-01T14:05:00-05:00 (Shopify\'s "2026-07-01 14:05:00 -0500" also works)',
  }),
  notTime: (v: string): MessageText => ({
    code: 'bad-time',
    message: `${q(v)} is not a time of day`,
    hint: 'write local 24-hour time as HH:MM, e.g. 14:00',
  }),
  notBoolean: (v: string): MessageText => ({
    code: 'bad-boolean',
    message: `${q(v)} is not yes/no`,
    hint: 'write true or false (yes/no and 1/0 also work)',
  }),
  notWeekdays: (v: string): MessageText => ({
    code: 'bad-ship-days',
    message: `${q(v)} is not a list of weekdays`,
    hint: 'write weekdays like Mon-Fri or Mon,Wed,Fri or Mon-Sat',
  }),
  notTimeZone: (v: string): MessageText => ({
    code: 'bad-timezone',
    message: `${q(v)} is not an IANA time zone`,
    hint: 'write a zone name like America/Chicago or America/Los_Angeles',
  }),
  notOneOf: (v: string, options: readonly string[]): MessageText => ({
    code: 'bad-choice',
    message: `${q(v)} is not one of ${options.join(', ')}`,
    hint: `write one of: ${options.join(', ')}`,
  }),
  notZip3: (v: string): MessageText => ({
    code: 'bad-zip3',
    message: `${q(v)} is not a ZIP3 (the first three digits of a ZIP)`,
    hint: 'write three digits, e.g. 021 for ZIPs 02100–02199',
  }),
  badZip: (v: string): MessageText => ({
    code: 'bad-zip',
    message: `${q(v)} is not a US ZIP code`,
    hint: 'write a 5-digit ZIP (ZIP+4 is fine), or give customer_lat and customer_lon instead',
  }),
  zipRepaired: (v: string, zip5: string, how: string): MessageText => ({
    code: 'zip-repaired',
    message: `ZIP ${q(v)} was read as ${zip5} (${how})`,
    hint: 'nothing to do if that is right; store ZIPs as text to avoid the repair',
  }),
  zipUnknown: (zip5: string): MessageText => ({
    code: 'zip-unknown',
    message: `ZIP ${zip5} is not in the ZIP database and neither is its ZIP3; this order is skipped`,
    hint: 'correct the ZIP, or give customer_lat and customer_lon for this order',
  }),
  zip3Fallback: (zip5: string): MessageText => ({
    code: 'zip3-fallback',
    message: `ZIP ${zip5} is not in the ZIP database; its ZIP3 centroid is used`,
    hint: 'nothing to do if the ZIP is new; otherwise correct it',
  }),
  noLocation: (what: string): MessageText => ({
    code: 'no-location',
    message: `${what} has neither a ZIP nor latitude and longitude`,
    hint: 'fill in the ZIP, or both coordinates',
  }),
  nonUsCountry: (v: string): MessageText => ({
    code: 'non-us',
    message: `destination country ${q(v)} is outside the US; this order is skipped`,
    hint: 'RouteLab models US parcel shipping only; nothing to do unless the country is wrong',
  }),
  naiveTimestamps: (n: number, column: string, zone: string): MessageText => ({
    code: 'timestamp-no-offset',
    message: `${n} ${column} value${n === 1 ? ' has' : 's have'} no UTC offset and ${n === 1 ? 'is' : 'are'} read as local time in ${zone} (first one here)`,
    hint: 'add offsets (e.g. -05:00) if the export was written in another time zone',
  }),
  receiptsBeforePeriod: (n: number): MessageText => ({
    code: 'receipt-before-period',
    message: `${n} receipt${n === 1 ? ' arrives' : 's arrive'} before the period starts and ${n === 1 ? 'is' : 'are'} taken to be in on_hand already (first one here)`,
    hint: 'nothing to do if inventory.csv is a snapshot taken at the period start',
  }),
  nodeLocationUnknown: (node: string, zip5: string): MessageText => ({
    code: 'node-location-unknown',
    message: `node ${q(node)} has ZIP ${zip5}, which is not in the ZIP database`,
    hint: 'correct the ZIP, or give lat and lon for the node',
  }),
  capacityBacklog: (b: {
    policy: string;
    waited: number;
    orders: number;
    longestDays: number;
    full: { node: string; days: number; shipDays: number }[];
    pastHorizon: { packages: number; lastDay: string; horizonDays: number } | null;
  }): MessageText => ({
    code: 'capacity-backlog',
    message:
      `under ${b.policy}, ${b.waited} of ${b.orders} orders (${((100 * b.waited) / b.orders).toFixed(1)}%) waited for a node's daily_order_capacity, ` +
      `${b.pastHorizon ? 'at least' : 'up to'} ${b.longestDays} days` +
      (b.full.length
        ? `; full: ${b.full.map((f, i) => `${f.node} on ${f.days} of ${i === 0 ? 'its ' : ''}${f.shipDays}${i === 0 ? ' ship days in the period' : ''}`).join(', ')}`
        : '') +
      (b.pastHorizon
        ? `; ${b.pastHorizon.packages} package${b.pastHorizon.packages === 1 ? '' : 's'} would have waited past ${b.pastHorizon.lastDay}, the last day modelled (${b.pastHorizon.horizonDays} days after the period end), and ${b.pastHorizon.packages === 1 ? 'is' : 'are'} counted as leaving then, so their delivery dates are understated`
        : ''),
    hint: "a finding about capacity, not a data error: raise daily_order_capacity, add ship_days, or route fewer orders to the full nodes; this policy's on-time and click-to-door figures include the backlog",
  }),
  negativeOnHand: (v: string, sku: string, node: string): MessageText => ({
    code: 'negative-on-hand',
    message: `on_hand ${q(v)} of sku ${q(sku)} at ${q(node)} is negative: the export shows ${countOf(-Number(v), 'more unit', 'more units')} sold than were on hand (oversold or backordered); RouteLab reads it as 0, so the replay starts with none there and does not owe those units`,
    hint: 'nothing to do if your system oversells (the units owed were ordered before the count); otherwise count the stock and correct the row',
  }),

  // ---- data readiness (routelab validate)
  dimsMissing: (sku: string, missing: string[], used: boolean): MessageText => ({
    code: 'dims-missing',
    message: `sku ${q(sku)} has no ${missing.join(', ')}; ${used ? 'its packages are billed by actual weight only (no DIM weight)' : 'the linear cost model does not use dimensions, but a rate card will'}`,
    hint: 'add length_in, width_in and height_in to skus.csv; light, bulky items cost more to ship than their weight says',
  }),
  duplicateLine: (orderId: string, sku: string, firstLine: number): MessageText => ({
    code: 'duplicate-line',
    message: `order ${q(orderId)} lists sku ${q(sku)} again (first on line ${firstLine}); both lines are replayed as demand`,
    hint: 'if the export repeated the row, remove the copy; if it is real, merge the two lines into one with the total quantity',
  }),
  skuNotStocked: (sku: string, lines: number): MessageText => ({
    code: 'sku-not-stocked',
    message: `sku ${q(sku)} is ordered on ${lines} line${lines === 1 ? '' : 's'} (first one here) but no node has it in inventory.csv or receipts.csv, so every unit is cancelled under every policy`,
    hint: 'add its stock to inventory.csv (check that the sku is spelled the same in both exports), or leave it if it really was out of stock everywhere',
  }),
  inventoryStale: (asOf: string, start: string, days: number): MessageText => ({
    code: 'inventory-stale',
    message: `inventory as_of ${asOf} is ${days} days before the period start ${start}; sales and receipts in between are missing from the starting stock`,
    hint: 'export inventory as of the period start (at most 7 days before it), or move period.start closer to the snapshot',
  }),
  inventoryAfterStart: (asOf: string, start: string, days: number): MessageText => ({
    code: 'inventory-after-start',
    message: `inventory as_of ${asOf} is ${days} day${days === 1 ? '' : 's'} after the period start ${start}: the replay starts the period with stock counted later, i.e. today's stock against last quarter's orders`,
    hint: "use a snapshot taken at the period start, or have RouteLab rebuild it from today's stock plus the units sold since: inventory: { start: rebuild } in the scenario (import shopify --rebuild-start-stock writes it); results on cancellations and fill rate are not trustworthy until then",
  }),
  startStockRebuilt: (summary: string): MessageText => ({
    code: 'start-stock-rebuilt',
    message: `start stock rebuilt from the counted stock (inventory: { start: rebuild }): ${summary}`,
    hint: 'an approximation: a stock-out or a split in the history is not replayed; give fulfilled_from in orders.csv (where each line shipped from) and receipts.csv for a closer figure',
  }),
  startStockImplausible: (
    f: {
      nodeId: string;
      sku: string;
      kind: 'negative' | 'far-above';
      today: number;
      sold: number;
      received: number;
      start: number;
      maxSeen: number;
    },
    factor: number,
  ): MessageText => ({
    code: 'start-stock-implausible',
    message: `rebuilt start stock of sku ${q(f.sku)} at ${f.nodeId} is ${f.start} (${f.today} counted + ${f.sold} sold since the start${f.received ? ` − ${f.received} received` : ''}): ${f.kind === 'negative' ? 'below zero, read as 0' : `more than ${factor} × the most any node counts today (${f.maxSeen})`}`,
    hint:
      f.kind === 'negative'
        ? 'a receipt in receipts.csv may be dated wrong, or the count is missing units: check this row'
        : 'stock was probably received in between: add those receipts to receipts.csv (they are then taken off), or set this row to what the node held at the period start',
  }),
  inventoryDateUnknown: (): MessageText => ({
    code: 'inventory-date-unknown',
    message: 'this inventory row has no as_of date, so its stock cannot be checked against the period start',
    hint: 'add an as_of column with the date the stock was counted (YYYY-MM-DD); the replay takes on_hand to be the stock at the period start',
  }),
  validateTargetNotFound: (arg: string, known: string[]): MessageText => ({
    code: 'target-not-found',
    message: `no data folder or scenario ${q(arg)}`,
    hint: `pass a data folder (orders.csv, skus.csv, nodes.csv, inventory.csv), a scenario folder or a scenario.yaml${known.length ? `; bundled scenarios: ${known.join(', ')}` : ''}`,
  }),

  // ---- cross-file references
  duplicateKey: (what: string, key: string, firstLine: number): MessageText => ({
    code: 'duplicate-key',
    message: `${what} ${q(key)} is listed again (first on line ${firstLine})`,
    hint: `keep one row per ${what}`,
  }),
  unknownSku: (sku: string, suggestion?: string): MessageText => ({
    code: 'unknown-sku',
    message: `sku ${q(sku)} is not in skus.csv`,
    hint: suggestion
      ? `did you mean ${q(suggestion)}? Otherwise add the sku to skus.csv`
      : 'add the sku to skus.csv (weights and dimensions price its packages)',
  }),
  nodeExists: (node: string): MessageText => ({
    code: 'node-exists',
    message: `node ${q(node)} already exists, so it cannot be added`,
    hint: 'give the new node another node_id, or use change: to alter the existing one',
  }),
  unknownNode: (node: string, known: string[]): MessageText => ({
    code: 'unknown-node',
    message: `node ${q(node)} is not in nodes.csv`,
    hint: `use one of ${known.join(', ')}, or add the node to nodes.csv`,
  }),
  orderFieldConflict: (field: string, orderId: string, firstLine: number): MessageText => ({
    code: 'order-conflict',
    message: `order ${q(orderId)} has a different ${field} than on line ${firstLine}`,
    hint: `order-level columns must be the same on every line of an order; make ${field} match`,
  }),
  ordersOutsidePeriod: (n: number, start: string, end: string): MessageText => ({
    code: 'outside-period',
    message: `${n} order${n === 1 ? ' was' : 's were'} placed outside the scenario period ${start} … ${end} and ${n === 1 ? 'is' : 'are'} not replayed (first one here)`,
    hint: 'widen period in scenario.yaml if they should count',
  }),
  noOrders: (
    start: string,
    end: string,
    orders: number,
    span: { first: string; last: string } | null,
    file: string,
  ): MessageText => ({
    code: 'no-orders',
    message: span
      ? `no orders fall in the scenario period ${start} … ${end}, so there is nothing to replay: the ${orders} order${orders === 1 ? '' : 's'} in ${file} ${orders === 1 ? 'was' : 'were'} placed from ${span.first} to ${span.last}`
      : `no orders fall in the scenario period ${start} … ${end}: ${file} has no order rows, so there is nothing to replay`,
    hint: span
      ? `set period to days within the orders' dates, e.g. period: { start: ${span.first}, end: ${span.last} }, or use the orders export of ${start} … ${end}`
      : `export the orders of ${start} … ${end} into ${file} (one row per order line)`,
  }),
  allOrdersCancelled: (n: number, start: string, end: string): MessageText => ({
    code: 'all-cancelled',
    message: `all ${n} order${n === 1 ? '' : 's'} placed in the period ${start} … ${end} ${n === 1 ? 'is' : 'are'} cancelled in the history (status cancelled, first one here), and cancelled orders are not replayed, so there is nothing to replay`,
    hint: 'set replay_cancelled: true in the scenario to replay them as demand, or choose a period with orders that were not cancelled',
  }),
  nothingToReplay: (n: number, left: { n: number; line: number; why: string }[]): MessageText => ({
    code: 'nothing-to-replay',
    message:
      `none of the ${n} order${n === 1 ? '' : 's'} placed in the period can be replayed: ` +
      left
        .filter((k) => k.n > 0)
        .map((k) => `${k.n} ${k.why} (${k.n === 1 ? 'line' : 'the first on line'} ${k.line})`)
        .join(', '),
    hint: 'correct the countries or ZIPs of those orders, set replay_cancelled: true in the scenario to replay cancelled orders, or choose another period',
  }),
  cancelledOrdersLeftOut: (n: number): MessageText => ({
    code: 'cancelled-left-out',
    message: `${n} order${n === 1 ? ' was' : 's were'} cancelled in the history and ${n === 1 ? 'is' : 'are'} not replayed (first one here)`,
    hint: 'set replay_cancelled: true in the scenario to replay them as demand',
  }),
  weightDefaulted: (sku: string, lb: number): MessageText => ({
    code: 'weight-defaulted',
    message: `sku ${q(sku)} has no weight_lb; ${lb} lb is assumed`,
    hint: 'add weight_lb to skus.csv; shipping cost depends on it',
  }),
  nodeDefaulted: (node: string, field: string, value: string): MessageText => ({
    code: 'node-defaulted',
    message: `node ${q(node)} has no ${field}; ${value} is assumed`,
    hint: `set ${field} in nodes.csv (or in the scenario's node_defaults)`,
  }),
  unknownShipService: (service: string, known: string[]): MessageText => ({
    code: 'unknown-ship-service',
    message: `ship_service ${q(service)} has no promise in the scenario`,
    hint: `add it under promise.delivery_business_days in the scenario (known: ${known.join(', ')})`,
  }),
  rateCardGap: (carrierService: string, zone: number): MessageText => ({
    code: 'rate-card-gap',
    message: `${carrierService} has no prices for zone ${zone}`,
    hint: 'every carrier service in the rate card needs rows for zones 1 to 8',
  }),
  rateCardWeightGap: (g: {
    service: string;
    zone: number;
    missing: number[];
    below: { lb: number } | null;
    above: { lb: number; line: number } | null;
  }): MessageText => {
    const m = g.missing,
      lo = m[0]!,
      hi = m[m.length - 1]!;
    const whole = m.every((lb, i) => Number.isInteger(lb) && (i === 0 || lb === m[i - 1]! + 1));
    const list = m.length >= 3 && whole ? `${lo} to ${hi}` : m.join(', ');
    const where =
      g.below && g.above
        ? `jumps from ${g.below.lb} lb (this row) to ${g.above.lb} lb (line ${g.above.line})`
        : g.above
          ? `starts at ${g.above.lb} lb (this row)`
          : `stops at ${g.below!.lb} lb (this row)`;
    const packages = g.below ? `over ${g.below.lb} lb${g.above ? ` up to ${hi} lb` : ''}` : `up to ${hi} lb`;
    return {
      code: 'rate-card-weight-gap',
      message:
        `${g.service} zone ${g.zone} ${where}: it has no row${m.length === 1 ? '' : 's'} for max_weight_lb ${list}, which other zones of ${g.service} have, ` +
        `so its packages ${packages} would be priced at the ${(g.above ?? g.below)!.lb} lb rate`,
      hint:
        `add the missing row${m.length === 1 ? '' : 's'} for zone ${g.zone} (max_weight_lb ${list}) from the carrier's price list; ` +
        "if the carrier really prices those weights as one bracket in this zone, write that bracket's price on each of them",
    };
  },
  transitGap: (carrierService: string, zone: number): MessageText => ({
    code: 'transit-gap',
    message: `${carrierService} has no transit days for zone ${zone}`,
    hint: 'add a row for it to transit.csv (carrier, service, zone, business_days)',
  }),
  unknownCarrierService: (name: string, known: string[]): MessageText => ({
    code: 'unknown-carrier-service',
    message: `carrier service ${q(name)} is not in the rate card`,
    hint: `write it as carrier/service, one of: ${known.join(', ')}`,
  }),
  overweightPackages: (n: number, maxLb: number, byPolicy: string): MessageText => ({
    code: 'overweight-packages',
    message: `${n} package${n === 1 ? '' : 's'} weighed more than the rate card's ${maxLb} lb and ${n === 1 ? 'was' : 'were'} priced at the ${maxLb} lb rate (by policy: ${byPolicy})`,
    hint: 'add heavier weight rows to the rate card if these packages matter',
  }),
  // ---- guards on the replay's outcomes (analytics/guards.ts)
  boundUnsolved: (reason: string): MessageText => ({
    code: 'bound-unsolved',
    message: `the hindsight bound could not be computed (${reason}), so cost_gap_to_bound is empty`,
    hint: 'the rest of the run is unaffected; please report this scenario so the bound can be fixed',
  }),
  boundPriced: (groups: number, sampled: number): MessageText => ({
    code: 'bound-priced',
    message: `the hindsight bound was priced, not solved as one LP: ${groups.toLocaleString('en-US')} kinds of order are too many for one LP in seconds, so stock and capacity were priced from ${sampled.toLocaleString('en-US')} of them and each order routed at those prices`,
    hint: 'it is still a lower bound, a little looser than one LP would give (cost_gap_to_bound can only read a little higher); nothing to do',
  }),
  baselineImplausible: (policy: string, what: string, causes: string): MessageText => ({
    code: 'baseline-implausible',
    message: `the baseline ${q(policy)} ${what}: a replay this far from a working business prices the wrong problem, so no pilot verdict is given`,
    hint: `likely causes: ${causes}; fix the scenario or the data and run again`,
  }),
  policyServiceDrop: (policy: string, what: string, against: string, causes: string): MessageText => ({
    code: 'policy-service-drop',
    message: `${q(policy)} ${what} than ${q(against)}`,
    hint: `likely causes: ${causes}; the nodes it routes to may run out of stock`,
  }),
  seriousReadiness: (title: string, example: string, share: string): MessageText => ({
    code: 'serious-readiness',
    message: `${title} (${share} of the orders or units): ${example}`,
    hint: 'see `routelab validate` for every location; the decision figures rest on this data',
  }),

  unknownLocation: (name: string): MessageText => ({
    code: 'unknown-location',
    message: `location ${q(name)} is not in locations.csv`,
    hint: 'add a row for it to locations.csv (name, type, zip), spelled exactly as in the export',
  }),
  noLocations: (names: string[]): MessageText => ({
    code: 'no-locations',
    message: `the inventory export names location${names.length === 1 ? '' : 's'} ${names.map(q).join(', ')}, but no locations file was given`,
    hint: 'Shopify does not export locations: write a small locations.csv (name, type, zip) and pass it with --locations',
  }),

  // ---- column mapping file (routelab import csv)
  emptyMapping: (): MessageText => ({
    code: 'empty-mapping',
    message: 'the mapping file is empty (or not a list of tables)',
    hint: 'write at least an orders: section with its columns; examples/mappings/woocommerce.yaml is a complete example',
  }),
  mappingNeedsColumn: (table: string, needed: string): MessageText => ({
    code: 'mapping-missing-column',
    message: `${table}.columns does not map ${needed}, which ${table}.csv needs`,
    hint: `add ${needed.split(' ')[0]}: <source column name> under ${table}.columns (or a constant: { value: ... })`,
  }),
  badMapping: (
    detail: string,
    hint = 'see "Mapping reference" in the README for the settings of each column',
  ): MessageText => ({
    code: 'bad-mapping',
    message: detail,
    hint,
  }),
  mappingSourceMissing: (col: string, where: string, file: string, suggestion?: string): MessageText => ({
    code: 'missing-column',
    message: `column ${q(col)}, named by the mapping at ${where}, is not in the header`,
    hint: suggestion
      ? `did you mean ${q(suggestion)}? Correct the name at ${where} (names are matched ignoring case and surrounding spaces)`
      : `correct the name at ${where} to one of the columns of ${file}, or export that column`,
  }),
  mappingNoFile: (table: string, flag: string): MessageText => ({
    code: 'file-missing',
    message: `no ${table} file was given: the mapping's ${table} section has no file: and ${flag} was not passed`,
    hint: `pass ${flag} <file>, or add file: <path relative to the mapping> to the ${table} section`,
  }),
  mappingFileMissing: (table: string, path: string, flag: string): MessageText => ({
    code: 'file-missing',
    message: `the ${table} file ${q(path)} named by ${table}.file does not exist`,
    hint: `pass ${flag} <file>, or correct ${table}.file (a path relative to the mapping file)`,
  }),
  mappingNoSection: (flag: string, table: string): MessageText => ({
    code: 'mapping-no-table',
    message: `${flag} was given but the mapping has no ${table} section`,
    hint: `add a ${table}: section with its columns to the mapping, or leave out ${flag}`,
  }),

  // ---- scenario file
  emptyScenario: (): MessageText => ({
    code: 'empty-scenario',
    message: 'the scenario file is empty (or not a list of settings)',
    hint: 'write at least data, period, shipping and policies; scenarios/three-location/scenario.yaml is a complete example',
  }),
  chartWarning: (chart: string, detail: string): MessageText => ({
    code: 'chart-warning',
    message: `the chart ${q(chart)} was drawn, but vega warned: ${detail}`,
    hint: 'the chart may lack some marks or legend entries; the tables in summary.md and metrics.csv have every figure. Please report it with the scenario',
  }),
  yamlAliases: (subject = 'scenario'): MessageText => ({
    code: 'yaml-aliases',
    message: `the ${subject}'s YAML aliases (*name) expand to too many values (an alias bomb?)`,
    hint: 'write the values out, or use each anchor (&name) only a few times',
  }),
  yamlSyntax: (detail: string, subject = 'scenario'): MessageText => ({
    code: 'yaml-syntax',
    message: `the ${subject} is not valid YAML: ${detail}`,
    hint: 'check indentation (spaces, not tabs) and that every key is followed by a colon',
  }),
  unknownKey: (key: string, suggestion?: string, subject = 'scenario'): MessageText => ({
    code: 'unknown-key',
    message: `${q(key)} is not a ${subject} setting here`,
    hint: suggestion
      ? `did you mean ${q(suggestion)}?`
      : 'remove it, or check the README for the settings allowed here',
  }),
  keyOfOtherVariant: (key: string, variant: string): MessageText => ({
    code: 'unknown-key',
    message: `${q(key)} does not apply here`,
    hint: `it is a setting of ${variant}; remove it, or switch to ${variant}`,
  }),
  schemaIssue: (detail: string, subject = 'scenario'): MessageText => ({
    code: 'bad-setting',
    message: detail,
    hint: `see the ${subject} reference in the README`,
  }),
  unknownPolicy: (name: string, known: string[], suggestion?: string): MessageText => ({
    code: 'unknown-policy',
    message: `policy ${q(name)} is not a known policy`,
    hint: `${suggestion ? `did you mean ${q(suggestion)}? ` : ''}known policies: ${known.join(', ')}`,
  }),
  customPolicyThrew: (policy: string, when: string, detail: string): MessageText => ({
    code: 'custom-policy-threw',
    message: `the custom policy ${q(policy)} failed in its ${when === 'routing' ? 'routing function' : `${when} function`}: ${detail}`,
    hint: "this is the policy file's own code (not RouteLab): fix it at this line, then run again",
  }),
  customPolicy: (use: string, detail: string): MessageText => ({
    code: 'custom-policy',
    message: `the custom policy ${q(use)} could not be used: ${detail}`,
    hint: 'give a path relative to the scenario file to a .ts module whose default export is a PolicyDefinition (see examples/policies/)',
  }),
  unknownOrder: (id: string, suggestion?: string): MessageText => ({
    code: 'unknown-order',
    message: `order ${q(id)} is not among the orders replayed`,
    hint: suggestion
      ? `did you mean ${q(suggestion)}? Order ids are matched exactly (a cancelled order, or one outside the period, is not replayed)`
      : 'order ids are matched exactly; check outcomes.csv for the ids (cancelled orders and orders outside the period are not replayed)',
  }),
  badSetting: (text: string, reason?: string): MessageText => ({
    code: 'bad-sweep-setting',
    message: `cannot use --set ${q(text)}${reason ? `: ${reason}` : ''}`,
    hint: 'write PATH=v1,v2,… with PATH a scenario key (costs.manual_touch), policies.<name>.<setting>, or nodes.<node id or type>.<inventory_accuracy|daily_order_capacity|pick_cost_per_order|pick_cost_per_extra_unit|safety_stock>',
  }),
  badShard: (text: string, reason: string): MessageText => ({
    code: 'bad-shard',
    message: `cannot use --shard ${q(text)}: ${reason}`,
    hint: 'write i/N with 1 ≤ i ≤ N, e.g. --shard 2/3 for the second of three shards (a scheduler gives i: JOB_COMPLETION_INDEX + 1, SLURM_ARRAY_TASK_ID, or GNU parallel {#})',
  }),
  notPartial: (why: string): MessageText => ({
    code: 'not-sweep-partial',
    message: `this is not a partial sweep result that \`routelab sweep --shard\` wrote (${why})`,
    hint: 'give merge the files `sweep … --shard i/N --out FILE` wrote, one per shard',
  }),
  partialDiffers: (what: string, other: string): MessageText => ({
    code: 'sweep-partial-mismatch',
    message: `this partial's ${what} differs from ${other}'s, so they are not shards of the same sweep`,
    hint: 'run every shard with the same RouteLab version, scenario and data, --set values (in the same order), --seed, --replicates and N, and merge only those',
  }),
  partialDuplicate: (shard: string, other: string): MessageText => ({
    code: 'sweep-partial-duplicate',
    message: `shard ${shard} is given twice (also ${other})`,
    hint: 'give each shard once (a rerun of a shard writes the same rows: keep one of the two files)',
  }),
  partialMissing: (missing: string[], given: string[]): MessageText => ({
    code: 'sweep-partial-missing',
    message: `shard${missing.length === 1 ? '' : 's'} ${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} missing (given: ${given.join(', ')})`,
    hint: 'run the missing shards (`sweep … --shard i/N`) and merge every one of them',
  }),
  noPartials: (): MessageText => ({
    code: 'no-sweep-partials',
    message: 'merge needs the partial results of a sharded sweep, and none was given',
    hint: "give every shard's file: mergeShards(['part-1.json', 'part-2.json'])",
  }),
  compareNeedsPolicies: (): MessageText => ({
    code: 'compare-needs-policies',
    message: 'compare needs two policies, --a and --b (or --history with --switch)',
    hint: 'e.g. compare three-location --a warehouse-only --b store-for-local',
  }),
  noHistory: (): MessageText => ({
    code: 'no-history',
    message:
      'no order has a recorded outcome to compare: the status, fulfilled_from, shipped_at, delivered_at and shipping_cost columns are missing or empty',
    hint: '--history compares what really happened before and after a change: add these columns to orders.csv (see README "Data files"); `import shopify` fills status and shipped_at from the orders export, the rest can come from your shipping software',
  }),
  switchOutsideHistory: (
    date: string,
    side: 'before' | 'on or after',
    first: string,
    last: string,
    states: string[] | null,
  ): MessageText => ({
    code: 'switch-outside-history',
    message: `no orders${states ? ` to ${states.join(', ')}` : ''} were placed ${side} ${date}, so there is nothing to compare with`,
    hint: `pick the day routing changed between ${first} and ${last}, the first and last days of the orders`,
  }),
  /** `compare --history --policy P` naming no pilot entry, or one without a start date. */
  notAPilotEntry: (name: string, pilots: string[]): MessageText => ({
    code: 'not-a-pilot-entry',
    message: `--policy ${q(name)} is not a \`use: pilot\` entry of the scenario with a cohort start date (\`cohort: { from: … }\`)`,
    hint: pilots.length
      ? `name one of the pilot entries: ${pilots.join(', ')}`
      : 'add a pilot entry (use: pilot, with cohort: { states: [...], from: the switch day }) to replay beside the history',
  }),
  noPilotOrders: (states: string[]): MessageText => ({
    code: 'no-pilot-orders',
    message: `no orders ship to ${states.join(', ')}`,
    hint: 'name the pilot region by the two-letter state codes the orders ship to, comma-separated, e.g. --pilot-states NY,NJ',
  }),
  // ---- the library (sim/index.ts): calls that lack what they need
  noReplicates: (what: string): MessageText => ({
    code: 'no-replicates',
    message: `${what} needs the run's replicates, and none were given`,
    hint: 'pass the replicates (replicate 0 is the run itself: [replicateFromRun(run), …]), or use runScenario(s, { replicates: N }) and compareResult / decideResult on its result',
  }),
  baselineNotRun: (baseline: string, policies: readonly string[]): MessageText => ({
    code: 'baseline-not-run',
    message: `the baseline ${q(baseline)} is not among the policies replayed (${policies.join(', ') || 'none'})`,
    hint: "set `baseline:` to the name of one of the scenario's policies, and replay that policy too",
  }),
  notPolicyOfRun: (name: string, policies: readonly string[]): MessageText => ({
    code: 'not-policy-of-run',
    message: `${q(name)} is not a policy of this run (its policies: ${policies.join(', ')})`,
    hint: `name one of: ${policies.join(', ')} (a policy's name is its scenario entry's \`name:\`)`,
  }),
  badOutcomesForm: (v: string): MessageText => ({
    code: 'bad-outcomes-form',
    message: `${q(v)} is not a form of outcomes.csv`,
    hint: 'write --outcomes csv (outcomes.csv, the default), --outcomes gz (outcomes.csv.gz) or --no-outcomes (none)',
  }),
  /** The report's Files entry for the outcomes, as HTML (the link given). */
  outcomesFileItem: (link: string, gz: boolean): string =>
    `${link}: one row per order per policy (nodes, packages, costs, dates, reason, segment)${gz ? ', gzip-compressed CSV' : ''}`,
  outcomesNotWritten: (): string =>
    'outcomes.csv: not written (the run was made with --no-outcomes; rerun without it for one row per order per policy)',
  unknownChart: (id: string, charts: readonly string[]): MessageText => ({
    code: 'unknown-chart',
    message: `${q(id)} is not a chart of this report`,
    hint: `name one of: ${charts.join(', ')}`,
  }),
  noSettings: (): MessageText => ({
    code: 'no-settings',
    message: 'a sweep needs at least one setting to vary, and none was given',
    hint: "give set: { 'costs.manual_touch': [3, 5, 8] } (each path a scenario setting or nodes.<id>.<column>)",
  }),
  policyIsBaseline: (name: string): MessageText => ({
    code: 'policy-is-baseline',
    message: `${q(name)} is the baseline; there is nothing to compare it with`,
    hint: 'name another policy of the scenario with --policy, or set roi.policy',
  }),
  rebuildNeedsInventory: (): MessageText => ({
    code: 'rebuild-needs-inventory',
    message: '--rebuild-start-stock rebuilds the start stock from an inventory export, and none was given',
    hint: 'add --inventory inventory_export.csv (Products → Inventory → Export), or leave out --rebuild-start-stock',
  }),
  builtinNeedsSettings: (name: string): MessageText => ({
    code: 'builtin-needs-settings',
    message: `the built-in policy ${q(name)} cannot run without its settings, and the scenario has no entry called ${q(name)}`,
    hint: `add an entry for it under policies: in scenario.yaml (see README "Pilots and rollouts") and name that entry`,
  }),
  unknownBaseline: (name: string, names: string[]): MessageText => ({
    code: 'unknown-baseline',
    message: `baseline ${q(name)} is not one of the scenario's policies`,
    hint: `set baseline to one of: ${names.join(', ')}`,
  }),
  duplicatePolicyName: (name: string): MessageText => ({
    code: 'duplicate-policy',
    message: `two policies are named ${q(name)}`,
    hint: 'give each policy its own name',
  }),
  unknownCompareTo: (name: string, names: string[], suggestion?: string): MessageText => ({
    code: 'unknown-compare-to',
    message: `compare_to ${q(name)} is not one of the scenario's policies`,
    hint: `${suggestion ? `did you mean ${q(suggestion)}? ` : ''}compare_to names the entry this one changes: one of ${names.join(', ')}`,
  }),
  compareToLoop: (chain: string[]): MessageText => ({
    code: 'compare-to-loop',
    message: `compare_to goes round in a loop: ${chain.join(' → ')}`,
    hint: 'each entry is measured against the entry it changes, back to the baseline: make one of them compare_to the baseline (or leave compare_to out)',
  }),
  baselineCompareTo: (name: string): MessageText => ({
    code: 'baseline-compare-to',
    message: `${q(name)} is the baseline, the first rung of every effect ladder, so it is compared with nothing`,
    hint: 'remove compare_to from the baseline entry, or choose another baseline',
  }),
  useLoop: (chain: string[]): MessageText => ({
    code: 'use-loop',
    message: `entries use each other in a loop: ${chain.join(' → ')}`,
    hint: 'an entry that uses another entry inherits its policy and settings; one of them must use a built-in policy (or a ./policy.ts)',
  }),
  policyParam: (policy: string, detail: string): MessageText => ({
    code: 'bad-policy-setting',
    message: `policy ${q(policy)}: ${detail}`,
    hint: 'see the policy reference in the README',
  }),
  scenarioNotFound: (arg: string, known: string[]): MessageText => ({
    code: 'scenario-not-found',
    message: `no scenario ${q(arg)}`,
    hint: known.length
      ? `pass a scenario folder or scenario.yaml; bundled scenarios: ${known.join(', ')}`
      : 'pass a scenario folder or a scenario.yaml file',
  }),
  periodOrder: (): MessageText => ({
    code: 'bad-period',
    message: 'period.end is before period.start',
    hint: 'swap them, or fix the dates',
  }),
};

/** A readiness finding of `routelab validate`: its title, what its count counts, and the fix. */
export interface FindingText {
  title: string;
  /** What the count counts, singular and plural. */
  unit: readonly [string, string];
  fix: string;
}

/** Findings with a name of their own; every other problem is reported under its own message. */
export const FINDINGS: Record<string, FindingText> = {
  'unknown-sku-in-orders': {
    title: 'Unknown SKUs in orders',
    unit: ['order line', 'order lines'],
    fix: 'correct the sku in orders.csv, or add it to skus.csv with its weight and dimensions',
  },
  'weight-missing': {
    title: 'SKUs without weight',
    unit: ['sku', 'skus'],
    fix: 'add weight_lb to skus.csv: until then these units weigh default_weight_lb and their shipping cost is a guess',
  },
  'dims-missing': {
    title: 'SKUs without dimensions',
    unit: ['sku', 'skus'],
    fix: 'add length_in, width_in and height_in to skus.csv: without them bulky items are billed by actual weight only',
  },
  'sku-not-stocked': {
    title: 'Ordered SKUs that no node stocks',
    unit: ['sku', 'skus'],
    fix: 'add their stock to inventory.csv; check that sku spellings match between the order and inventory exports',
  },
  'negative-on-hand': {
    title: 'Negative inventory',
    unit: ['inventory row', 'inventory rows'],
    fix: 'nothing to do if your system oversells; otherwise recount and correct these rows. Each is read as 0 on hand (none there at the start, no units owed)',
  },
  'inventory-stale': {
    title: 'Stale inventory (as_of more than 7 days before the period start)',
    unit: ['inventory row', 'inventory rows'],
    fix: 'export inventory as of the period start, or move period.start to within 7 days after the snapshot',
  },
  'inventory-after-start': {
    title: "Inventory counted after the period start (today's stock against past orders)",
    unit: ['inventory row', 'inventory rows'],
    fix: "use a snapshot from the period start, or set inventory: { start: rebuild } in the scenario to rebuild it from today's stock plus the units sold since; until then fill and cancellation results are not trustworthy",
  },
  'start-stock-implausible': {
    title: 'Rebuilt start stock implausible (below zero, or far above any level counted)',
    unit: ['inventory row', 'inventory rows'],
    fix: 'add the receipts between the period start and the count to receipts.csv, or correct these rows by hand',
  },
  'inventory-date-unknown': {
    title: 'Inventory snapshot date unknown',
    unit: ['inventory row', 'inventory rows'],
    fix: 'add as_of (the date the stock was counted) to inventory.csv',
  },
  'node-location-unknown': {
    title: 'Nodes without coordinates (ZIP not found)',
    unit: ['node', 'nodes'],
    fix: "correct the node's ZIP in nodes.csv, or give its lat and lon",
  },
  'zip-unknown': {
    title: 'Customer ZIPs not found (orders not replayed)',
    unit: ['order', 'orders'],
    fix: 'correct the ZIPs, or give customer_lat and customer_lon for these orders',
  },
  'zip3-fallback': {
    title: 'Customer ZIPs located only by their ZIP3 centroid',
    unit: ['ZIP', 'ZIPs'],
    fix: 'nothing to do if the ZIPs are new; otherwise correct them (distances and zones use the ZIP3 centre)',
  },
  'duplicate-line': {
    title: 'Duplicate order lines (same order_id and sku twice)',
    unit: ['order line', 'order lines'],
    fix: 'remove rows the export repeated, or merge real repeats into one line with the total quantity',
  },
  'outside-period': {
    title: 'Orders outside the period',
    unit: ['order', 'orders'],
    fix: 'widen period in scenario.yaml if they should count, or leave them out of orders.csv',
  },
  'node-defaulted': {
    title: 'Node pick costs or inventory accuracy not given (planning defaults used)',
    unit: ['value', 'values'],
    fix: 'set pick_cost_per_order, pick_cost_per_extra_unit and inventory_accuracy in nodes.csv (or node_defaults in the scenario) from your own costs',
  },
  'store-accuracy-unknown': {
    title: 'Stores whose inventory accuracy is unknown (defaulted)',
    unit: ['store', 'stores'],
    fix: 'set inventory_accuracy in nodes.csv (or node_defaults.store in the scenario) from a cycle count: store pick failures drive reroutes and cancellations',
  },
};

/** What a readiness verdict means, in words (after "ready", "ready with warnings" or "not ready"). */
export const verdictText = {
  ready: 'nothing found that would change the results.',
  readyWithWarnings: (warnings: number, serious: number): string =>
    `the data can be replayed, but ${warnings} finding${warnings === 1 ? '' : 's'} change${warnings === 1 ? 's' : ''} what the results mean` +
    (serious
      ? `; ${serious} of them touch${serious === 1 ? 'es' : ''} 10% or more of the orders or units: fix ${serious === 1 ? 'it' : 'them'} before trusting the results.`
      : '.'),
  notReady: (errors: number): string =>
    `${errors} problem${errors === 1 ? '' : 's'} block${errors === 1 ? 's' : ''} a run; fix ${errors === 1 ? 'it' : 'them'} first (each is listed with file:line:column).`,
};

/** Policy settings that do not fit, as said at their line and column in the scenario. */
export const settingText = {
  unknownState: (code: string, suggestion: string | undefined, known: readonly string[]): string =>
    `${q(code)} is not a US state or territory code${suggestion ? ` (did you mean ${q(suggestion)}?)` : ''}; write two-letter USPS codes: ${known.join(', ')}`,
  phasesOutOfOrder: (from: string, previous: string, previousIndex: number): string =>
    `this phase starts on ${from}, ${from === previous ? 'the same day as' : 'before'} phases[${previousIndex}] (${previous}): ` +
    'write the phases in date order, each starting after the one before',
  unknownCriterion: (name: string, known: readonly string[]): string =>
    `rank: ${q(name)} is not a ranking criterion; the criteria are ${known.join(', ')}`,
  rankedWithoutOrder: 'rank uses "ranked" but node_order is empty: list the nodes, most preferred first',
  duplicateCriterion: (name: string): string =>
    `two ranking criteria are both called ${q(name)}: each criterion needs its own name`,
  nodeNotInNodes: (setting: string, id: string, nodes: readonly string[]): string =>
    `${setting}: node "${id}" is not in nodes.csv (nodes: ${nodes.join(', ')})`,
  skuNotInSkus: (setting: string, sku: string): string => `${setting}: sku "${sku}" is not in skus.csv`,
  noSkuInCategory: (setting: string, category: string): string => `${setting}: no sku has category "${category}"`,
  noSkuInCategoryOf: (setting: string, category: string, categories: readonly string[]): string =>
    `${setting}: no sku has category "${category}" (categories: ${categories.join(', ') || 'none'})`,
  nameTheWarehouse: (warehouses: readonly string[]): string =>
    `needs node: there are ${warehouses.length} warehouses (${warehouses.join(', ') || 'none'}), so name the one that ships`,
};

/** What `routelab validate` could not check, and why. */
export const notCheckedText = {
  replay:
    'capacity backlogs and packages heavier than the rate card show only when the orders are replayed (routelab run)',
  rateCard: 'shipping prices: the folder has no rate_card.csv or transit.csv, so no rate card was checked',
  scenario:
    'promises, ship services and policy settings: they live in a scenario, and the folder has none (the scenario defaults were used for everything else)',
  period:
    'the period: orders.csv has no readable orders, so inventory dates and orders outside the period were not checked',
  compile: (tables: string[]): string =>
    `customer and node locations, weights, node defaults and orders outside the period: ${tables.join(', ')} could not be read; fix that and validate again`,
  data: (why: string): string => `the data files: ${why}`,
  customPolicies: (files: string[]): string =>
    `custom policy code (${files.join(', ')}): validate does not run it, so neither the code nor its settings were checked; run or explain --policy runs it`,
};

/** Faults while writing the output that are not bad input (exit 1 with this sentence, no stack trace). */
export const outputFaultText = {
  diskFull: (path: string): string =>
    `the disk is full (or your quota is used up) while writing ${path}; nothing was replaced: free some space and run again.`,
  cannotWrite: (path: string, detail: string): string =>
    `could not write ${path} (the system said ${detail}); nothing was replaced: check that the place can be written, or pick another --out.`,
};

/**
 * A payback for people, one wording everywhere: "12.9 months", "at once" (no one-time
 * costs), or "never" (null: it does not pay back within the horizon, or loses money).
 */
export function paybackLabel(months: number | null, horizon: number): string {
  if (months === null) return `never (not within the ${horizon} months projected)`;
  if (months === 0) return 'at once (no one-time costs)';
  return `${months.toFixed(1)} months`;
}

/** What a scenario or mapping value should look like, said by the schema at the value's line and column. */
export const schemaText = {
  isoDate: 'not a calendar date; write dates as YYYY-MM-DD, e.g. 2026-07-01',
  isoDateShort: 'write dates as YYYY-MM-DD',
  timeZone: 'write an IANA time zone such as America/Chicago',
  shippingModel: 'model must be rate-card (a zone rate card) or linear (a per-package/per-mile cost model)',
  cutoff: 'write local 24-hour time as HH:MM, e.g. 14:00',
  shipDays: 'write weekdays like Mon-Fri or Mon,Wed,Fri',
  data: 'data is a folder (relative to the scenario) or { generate: { preset, seed, start, days } }',
  seed: 'write a whole number (or a word) as the seed',
  oneReviewRule: (kinds: readonly string[]): string => `each review rule names exactly one of: ${kinds.join(', ')}`,
  trueOrFalse: 'write true or false',
  nonZero: 'write a number other than 0',
};

/** Why a `--set` override does not apply (after "the setting … "). */
export const overrideText = {
  noPolicy: (name: string): string => `no policy named "${name}"`,
  nodeColumns: (columns: readonly string[]): string => `nodes.<id or type>.<${columns.join('|')}> takes numbers`,
  noNode: (target: string): string => `no node or node type "${target}"`,
};

/** Why orders in the period were not replayed (each with its count and first line). */
export const unreplayedText = {
  cancelledInHistory: 'cancelled in the history',
  toAnotherCountry: 'to another country',
  toUnknownZip: 'to a ZIP that is not found',
};

/** Why `routelab import` left a row out or repaired it (import-report.md and import-issues.csv). */
export const importText = {
  outsideUs: 'destination outside the US',
  noShippingZip: 'no shipping ZIP (pickup, digital or draft order)',
  notUsZip: 'shipping ZIP is not a US ZIP',
  noOrderName: 'no order Name',
  noShipping: 'does not require shipping (gift card or digital)',
  createdNotDateTime: 'Created at is not a date-time',
  quantityNotWhole: 'Lineitem quantity is not a whole number ≥ 1',
  skuFromItemName: 'no Lineitem sku: sku made from the item name',
  priceNotNumber: 'Lineitem price is not a number: left empty',
  noSku: 'no SKU',
  negativeOnHand: 'negative on hand (oversold): written as exported; run and validate read it as 0',
  /** A negative count a mapping file's column wrote as exported. */
  negativeKept: (column: string) =>
    `${column}: negative count (oversold) written as exported; run and validate read it as 0`,
  nothingToKeep: 'nothing to keep (not stocked, not a number, or listed already)',
  locationsLeftOut: 'some locations left out (not stocked, not a number, or listed already)',
  variantWithoutSku: 'variant without a SKU',
  imageOrOptionRow: 'image or option row (no variant)',
  skuAgain: 'SKU listed again (first one kept)',
  noWeight: 'no weight (0 g or empty): left empty, the scenario default applies',
  skipRule: (rule: string): string => `left out by the mapping's skip rule: ${rule}`,
  empty: (column: string): string => `${column} is empty`,
  noDestination: (hasLatLon: boolean): string =>
    `no destination: no customer_zip${hasLatLon ? ' nor customer_lat and customer_lon' : ''} (pickup, digital or draft order?)`,
  differsFromFirstLine: (column: string): string =>
    `${column} differs from the order's first line (list ${column} in fill_down if the export gives it only on an order's first row)`,
  skuListedAgain: 'sku listed again (the first row is kept)',
  nodeListedAgain: 'node_id listed again (the first row is kept)',
  noLocation: 'no location: neither zip nor lat and lon',
  timezoneFromZip: 'no timezone: taken from the state of the ZIP',
  nodeNotInNodesFile: 'node_id is not in the nodes file',
  nodeSkuListedAgain: 'node and sku listed again (the first row is kept)',
  /** import-report.md notes about the inventory's count date and the start stock. */
  inventoryRebuilt: (asOf: string, source: string): string =>
    `Inventory is the stock counted on ${asOf} (the ${source}); the start stock is rebuilt from it (see "Start stock" above).`,
  inventoryAfterFirstOrder: (asOf: string, source: string, first: string): string =>
    `Inventory is the stock counted on ${asOf} (the ${source}), after the first order (${first}): the replay would start the period with it, i.e. with today's stock against past orders, and validate warns about it. Import again with --rebuild-start-stock to rebuild the stock at the period start from it plus the units sold since. (--inventory-date only says when the stock was counted: it changes no figure.)`,
  inventoryAsCounted: (asOf: string, source: string, first: string, last: string): string =>
    `Inventory is the stock counted on ${asOf} (the ${source}); the replay starts the period with it. Check it against the order period (${first} … ${last}).`,
  /** The note about the starter scenario's store-ships-local entries. */
  ownerQuestion: (radius: number, local: number, localMiles: number, store: string, orders: number): string =>
    `scenario.yaml asks the owner's question: store-for-local (stores ship orders within ${radius} miles: half of the ${local} order${local === 1 ? '' : 's'} within ${localMiles} miles of a store), ${store} alone, and a one-store pilot of it (${orders} order${orders === 1 ? '' : 's'} within the radius), against today's routing; fill in the commented roi: block with your costs.`,
};

/** "1 policy", "3 policies": a count and its noun, singular or plural. */
export const countOf = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** A run's warnings and notes (terminal, summary.md, the report's data-quality section). */
export const dataQualityText = {
  /** "21 warnings in 7 findings and 1 note": the notes are not counted as findings. */
  counts: (warnings: number, findings: number, notes: number): string =>
    `${countOf(warnings, 'warning', 'warnings')} in ${countOf(findings, 'finding', 'findings')}${notes ? ` and ${countOf(notes, 'note', 'notes')}` : ''}`,
  /** The terminal's first line. */
  terminal: (counts: string, notes: number): string =>
    `${counts} (the run went ahead), most important first as validate ranks them; ${notes ? 'the notes and ' : ''}more locations in summary.md:`,
  /** The first line of summary.md's data notes and of the report's data-quality section. */
  written: (counts: string): string =>
    `${counts}, most important first as validate ranks them. The run went ahead; check whether they matter for the decision.`,
  none: 'No warnings: every input row was used as written.',
  /** The terminal's first line over the history report's warnings (its charts'). */
  history: (warnings: number): string =>
    `${countOf(warnings, 'warning', 'warnings')} (the history report was written; details in summary.md):`,
  /** Said when the findings' shares are of more orders than the run replayed. */
  sharesOf: (orders: number, replayed: number): string =>
    `Shares are of the ${countOf(orders, 'order', 'orders')} in orders.csv, as validate counts them; ${replayed} ${replayed === 1 ? 'was' : 'were'} replayed (the notes say why not the others).`,
  /** The tag of a guard (an implausible baseline, a policy far worse on service). */
  guard: 'check first',
  /** The tag of what only the replay finds (capacity backlogs, overweight packages, chart warnings). */
  replay: 'found by the replay',
};

/** What `run` prints about its speed. */
/** Words of `sweep --shard` and `merge`: why a --shard value is refused, and what they print. */
export const sweepText = {
  shardNotNumbers: 'i and N must be whole numbers',
  shardOutOfRange: (i: number, n: number): string =>
    i < 1 ? `i must be at least 1, not ${i}` : `i = ${i} is beyond N = ${n}`,
  shardTooMany: (n: number, points: number): string =>
    `the grid has ${countOf(points, 'point', 'points')}, so ${n} shards would leave some empty; use N ≤ ${points}`,
  shardDone: (i: number, n: number, points: number, of: number, out: string): string =>
    `Shard ${i}/${n}: ${points} of ${countOf(of, 'grid point', 'grid points')}, written to ${out}. When all ${n} shards are done: routelab merge <the ${n} partials> --out FILE`,
  merged: (shards: number, out: string): string =>
    `Merged ${countOf(shards, 'shard', 'shards')}. Every metric in ${out} (one row per point, policy, replicate and metric; the file an unsharded sweep writes).`,
  readFailed: (detail: string): string => `it could not be read as JSON: ${detail}`,
  wrongKind: 'it does not begin with "kind": "routelab-sweep-partial"',
  badField: (field: string): string => `its ${field} is missing or malformed`,
};

export const runText = {
  solvingBound: 'solving the hindsight bound (the least any routing of these orders could cost)',
  analyzing: 'analyzing: intervals, ROI, sensitivity, store readiness, pilot size',
  waitingForBound: 'waiting for the hindsight bound',
  replaying: (orders: number, policies: number): string =>
    `replaying ${countOf(orders, 'order', 'orders')} under ${countOf(policies, 'policy', 'policies')}`,
  replayed: (orders: number, policies: number, seconds: number, perSecond: number): string =>
    `Replayed ${countOf(orders, 'order', 'orders')} under ${countOf(policies, 'policy', 'policies')} in ${seconds.toFixed(1)} s (${countOf(perSecond, 'order-run', 'order-runs')}/s, including loading and writing).`,
};

/** Words of the history report (`compare --history`): small samples, columns and where to get them, the placebo. */
export const historyWords = {
  tooFew: (n: number): string => `too few orders (n = ${n})`,
  tooFewShort: 'too few',
  noInterval: 'no interval: a group needs two weeks on each side',
  noShipmentColumns:
    "This history has no carrier cost, shipping location or delivery date (a Shopify orders export alone has none of them): a shipping app's or 3PL's shipment export adds shipping_cost, fulfilled_from and delivered_at.",
  whereToGet: 'Which export or column adds each missing measure: "What the history holds" in the report.',
  smallSample: (min: number): string =>
    `No rate or change is shown from fewer than ${min} orders (a period, a cell, a week, or a group-period of the difference in differences); n is shown instead.`,
  /** Where each outcome column of orders.csv can come from. */
  columnSource: {
    status:
      '`import shopify` fills it from the orders export (Cancelled at, Fulfillment Status); other platforms: the order status',
    fulfilled_from:
      "the location that shipped each line: Shopify's orders CSV does not have it (its fulfillments do, through the Admin API or an app); your OMS, WMS or 3PL's shipment export has it",
    shipped_at:
      '`import shopify` fills it from "Fulfilled at"; a shipping app\'s shipment export has the ship date too',
    delivered_at:
      "the carrier's delivery scan: a shipping or tracking app's export (ShipStation, Shippo, AfterShip) or the carrier's tracking report",
    shipping_cost:
      'what the carrier charged per order: a shipping app\'s shipments export or the carrier invoice (Shopify\'s "Shipping" column is what the customer paid, not the label cost)',
    promised_by:
      "optional: the promised delivery date per order; without it the scenario's promise in business days is used",
  } as Record<string, string>,
  /** Why a contract metric cannot come from any history column. */
  notInHistory: {
    fulfillment_cost_per_order:
      'no history column records pick/pack, manual-touch and cancellation costs per order; the carrier part is ship_cost_per_order, the rest is modelled by `run`',
    manual_touches_per_order:
      'no history column records staff touches (reviews, reroutes after a failed pick); a support or exception log would, but RouteLab does not read one',
  } as Record<string, string>,
  missingColumns: (cols: string[]): string => `no order has ${cols.join(' or ')}${cols.length ? '' : 'a value for it'}`,
  placeboNear: 'near zero',
  placeboFar: 'not near zero',
  placeboNoInterval: 'no interval (each group needs two weeks on each side of the fake switch)',
  placeboMeaning:
    'Near zero: the placebo interval contains 0, as it should when the pilot and control states moved in parallel before the switch. Not near zero: they already drifted apart before it, so the difference in differences may be measuring that drift rather than the switch.',
  placeboLine: (date: string, near: string[], far: string[]): string =>
    `Placebo (a fake switch on ${date}, before-period orders only): ${[
      near.length ? `near zero for ${near.join(', ')}` : '',
      far.length
        ? `NOT near zero for ${far.join(', ')} (the states already drifted apart before the switch: read that DiD with care)`
        : '',
    ]
      .filter(Boolean)
      .join('; ')}.`,
  didCovers: (confidence: number): string =>
    `The ${Math.round(confidence * 100)}% interval covers sampling noise between weeks (weekly cells as the independent units, Welch–Satterthwaite degrees of freedom); it does not cover a failure of parallel trends, other changes made on the same day, or orders moving between states.`,
  /** "Replay predicted vs history measured" (sim/analytics/replay-vs-history.ts). */
  replayTitle: 'Replay predicted vs history measured',
  replayIntro: (policy: string, start: string, baseline: string): string =>
    `The scenario's pilot entry ${policy} (from ${start}) replayed on these orders against ${baseline}: its difference in differences (the pilot cohort against every other order, before and after the pilot's start, on weekly cells) beside the history's measured effect for the same states.`,
  replayBasis: {
    'replay-difference-in-differences': 'replay, diff-in-diff on weekly cells',
    'difference-in-differences': 'history, diff-in-diff vs other states',
    'change-at-pre-mix': 'history, change at the pre mix (no control)',
  } as Record<string, string>,
  replayAgreement: {
    'replay-inside-observed': "agree: the replay's effect is inside the history's interval",
    'observed-inside-replay': "agree: the history's effect is inside the replay's interval",
    'intervals-overlap': 'roughly agree: the intervals overlap, though neither estimate is inside the other interval',
    disagree: 'disagree: the intervals do not overlap',
    'cannot-tell': 'cannot tell: a side has no estimate or neither has an interval',
  } as Record<string, string>,
  replayReasonsLead: 'Why a replay and a history can differ:',
  replayReason: {
    'same-orders-vs-other-weeks':
      "the replay's effect is on the same orders with the same random draws (pilot against today's routing on identical demand), while the history's is measured against other orders and other weeks, so it carries their noise, and parallel trends are an assumption",
    'rates-vs-bills':
      "the replay prices every parcel by the scenario's rate card, while the history has the carrier's real bills (surcharges, negotiated rates, re-bills)",
    'illustrative-rates':
      "the replay prices every parcel by the scenario's rate card, which is marked illustrative (not your carrier's prices), while the history has the carrier's real bills",
    'transit-vs-tracking':
      "the replay's delivery days come from transit.csv and its delay draws, while the history has the carrier's tracked deliveries",
    'stock-vs-picks':
      "the replay splits an order when its stock and policy say so, while the history's splits are what the store's real shelves, counts and staff did",
    'different-start': 'the pilot entry starts on another day than the switch',
  } as Record<string, string>,
  noReplayPilot: (states: string): string =>
    `No pilot entry of the scenario has cohort states ${states} and a start date: add one (use: pilot, cohort: { states: [...], from: the switch day }) or name it with --policy to see the replay's prediction beside this history.`,
};

/** What the look-ahead (LP) policies tell `explain`. */
export const lpText = {
  dilatedDescription:
    'Look-ahead: each line ships where a rounding of the expected-demand LP sends it (shared random clocks keep an order together); nearest node with stock when that one cannot.',
  priorityDescription:
    'Look-ahead: nodes ranked by how much the expected-demand LP uses them for the order; the whole order from the first that has all of it, else line by line in that order.',
  notEligible: 'not open to this request',
  plan: (bound: number, hindsight: boolean, solves: number): string =>
    `routed by the expected-demand LP (bound $${bound.toFixed(2)} per order` +
    `${hindsight ? ', learned from the replayed orders themselves: hindsight-informed' : ''}; ${solves} solve${solves === 1 ? '' : 's'} so far)`,
  resolved: (day: number, perOrder: number): string =>
    `re-planned the rest of the period from day ${day} with the live stock ($${perOrder.toFixed(2)} per expected order)`,
  rounded: (sku: string, node: string): string =>
    `${sku}: the LP shares and the order's clocks pick ${node} (smallest clock ÷ share)`,
  unplanned: (sku: string): string => `${sku}: not in the plan (its order type and region were not seen in training)`,
  lpUnfilled: (sku: string): string => `${sku}: the LP leaves this share unfilled`,
  noStock: (sku: string, node: string): string => `${sku}: ${node} cannot ship all of it now`,
  fallback: (node: string | null): string =>
    node ? `  so the nearest node with stock: ${node}` : '  and no open node has any: left unfilled',
  ranked: (nodes: string[]): string => `nodes by the LP's use for this order: ${nodes.join(', ')}`,
  whole: (node: string): string => `${node} has the whole order`,
  byLine: 'no ranked node has the whole order: each line from the first ranked node that has it',
};
