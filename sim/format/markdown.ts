/** Names from the data and the scenario made safe inside Markdown (summary.md, analysis.md, import-report.md). */

/**
 * Text made safe inside a line of Markdown (a table cell, a heading, a list item): line
 * breaks become spaces, so a name cannot start a new block; a backslash goes before every
 * character that would format it or open HTML (`<`), and before a `#` starting the text.
 * @example mdEscape('a|b_c') // 'a\\|b\\_c'
 * @example mdEscape('x\n```\n<script>') // 'x \\`\\`\\` \\<script\\>'
 */
export function mdEscape(s: string): string {
  return s
    .replace(/\r\n|\r|\n/g, ' ')
    .replace(/[\\|*_`<>[\]]/g, (ch) => `\\${ch}`)
    .replace(/^#/, '\\#');
}

/**
 * Text as a fenced Markdown code block whose fence is longer than any run of backticks in
 * it, so nothing inside (a name with a line break and three backticks) can close it early.
 * @example mdCodeBlock('a ``` b') // '````\na ``` b\n````'
 */
export function mdCodeBlock(text: string): string {
  let longest = 0;
  for (const run of text.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}\n${text}\n${fence}`;
}
