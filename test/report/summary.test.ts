/**
 * summary.md with hostile names: a policy, node, sku, ship service and scenario named with
 * a line break, three backticks and HTML must stay text. Checked with a small reader of
 * the Markdown block structure (fenced code blocks by CommonMark's rule, headings, raw HTML).
 */
import { describe, expect, it } from 'vitest';
import { runTiny, scenarioWith, TINY_NODES } from '../helpers/tiny.ts';
import { mdCodeBlock, mdEscape } from '../../sim/format/markdown.ts';
import { summaryMarkdown } from '../../sim/report/summary.ts';

const EVIL = 'x\n```\n<script>alert(1)</script>';

/** Lines outside fenced code blocks (a fence closes only with at least as many backticks), and whether every block closed. */
function outsideCode(md: string): { lines: string[]; closed: boolean } {
  const lines: string[] = [];
  let open = 0;
  for (const line of md.split('\n')) {
    const fence = /^ {0,3}(`{3,})\s*$/.exec(line) ?? /^ {0,3}(`{3,})[^`]*$/.exec(line);
    if (open === 0 && fence) open = fence[1]!.length;
    else if (open > 0 && /^ {0,3}`{3,}\s*$/.test(line) && line.trim().length >= open) open = 0;
    else if (open === 0) lines.push(line);
  }
  return { lines, closed: open === 0 };
}

/** Raw HTML tags in Markdown text: a `<` not escaped by a backslash, followed by a tag name. */
const rawHtml = (line: string) => /(^|[^\\])<\/?[a-z]/i.test(line);

describe('mdEscape and mdCodeBlock', () => {
  it('keeps a name on its line, with its formatting characters and HTML escaped', () => {
    expect(mdEscape(EVIL)).toBe('x \\`\\`\\` \\<script\\>alert(1)\\</script\\>');
    expect(mdEscape('# top')).toBe('\\# top');
    expect(mdEscape('a|b_c')).toBe('a\\|b\\_c');
  });

  it('fences text with more backticks than it holds', () => {
    expect(mdCodeBlock('plain')).toBe('```\nplain\n```');
    expect(mdCodeBlock(`policy ${EVIL}`)).toBe(`\`\`\`\`\npolicy ${EVIL}\n\`\`\`\``);
    expect(outsideCode(mdCodeBlock(`a\n\`\`\`\`\`\nb`))).toEqual({ lines: [], closed: true });
  });
});

describe('summary.md with names from the data and the scenario', () => {
  // the policy name, a node id, a sku and a ship service carry the line break, backticks and HTML
  const nodes = TINY_NODES.replace(/\nST,/, '\n"ST\n```\n<b>",');
  const orders = `order_id,placed_at,sku,quantity,customer_lat,customer_lon,ship_service
O1,2026-07-06T10:00:00-04:00,"A\n\`\`\`\n<img src=x>",1,0,0,"std\n\`\`\`\n<i>"
`;
  const skus = 'sku,weight_lb\n"A\n```\n<img src=x>",1\n';
  const inventory = 'node_id,sku,on_hand\nWH,"A\n```\n<img src=x>",5\n';
  const quoted = (t: string) => JSON.stringify(t);
  const scenario = scenarioWith(
    `  - name: ${quoted(EVIL)}
    use: warehouse-only
    node: WH
  - name: closest-with-stock
baseline: ${quoted(EVIL)}
`,
    {
      name: quoted('RouteLab\n```\n<script>x</script>'),
      extra: `description: ${quoted('a\n# injected heading\n<script>y</script>')}`,
    },
  ).replace(
    'delivery_business_days: { standard: 3 }',
    `delivery_business_days: { standard: 3, ${quoted('std\n```\n<i>')}: 3 }`,
  );

  it('keeps every name inside its line or code block: no raw HTML, no extra headings, every block closed', () => {
    expect(scenario).toContain('"std\\n```\\n<i>": 3');
    const r = runTiny({ orders, skus, nodes, inventory, scenario });
    expect(r.runs.map((p) => p.policy)).toEqual([EVIL, 'closest-with-stock']);
    const md = summaryMarkdown(r, [...r.problems.warnings]);
    expect(md).toContain('\\<script\\>alert(1)');
    const { lines, closed } = outsideCode(md);
    expect(closed).toBe(true);
    expect(lines.filter(rawHtml)).toEqual([]);
    expect(lines.filter((l) => /^ {0,3}#/.test(l))).toEqual([
      expect.stringMatching(/^# RouteLab: /),
      '## Why orders turned out as they did',
      '## Assumptions',
      '## Data notes',
    ]);
    // each table row is one line: as many cells as the header
    const tables = lines.filter((l) => l.startsWith('|'));
    for (const row of tables) expect(row.split(/(?<!\\)\|/).length, row).toBeGreaterThanOrEqual(4);
  });
});
