/** HTML escaping for the report page. */
import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../sim/report/html.ts';

describe('escapeHtml', () => {
  it('neutralizes a tag', () => {
    expect(escapeHtml('<img src=x onerror=alert(1)>')).toBe('&lt;img src=x onerror=alert(1)&gt;');
    expect(escapeHtml('</script><script>alert(1)</script>')).toBe('&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('escapes quotes and ampersands', () => {
    expect(escapeHtml(`"Tom & Jerry's"`)).toBe('&quot;Tom &amp; Jerry&#39;s&quot;');
    expect(escapeHtml('x" onmouseover="alert(1)')).toBe('x&quot; onmouseover=&quot;alert(1)');
  });

  it('escapes an ampersand that already starts an entity', () => {
    expect(escapeHtml('&amp; &lt;')).toBe('&amp;amp; &amp;lt;');
  });

  it('leaves other text alone', () => {
    expect(escapeHtml('')).toBe('');
    expect(escapeHtml('Warehouse → Store, 93.4% on time — ok')).toBe('Warehouse → Store, 93.4% on time — ok');
  });
});
