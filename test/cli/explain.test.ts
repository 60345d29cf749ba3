/** `routelab explain` on the bundled demo, as a user runs it. */
import { describe, expect, it } from 'vitest';
import { routelab, T } from '../helpers/cli.ts';

describe('routelab explain', () => {
  it('tells why an order went where it went', T, () => {
    const r = routelab('explain', 'three-location', 'R100124', '--policy', 'store-for-local');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(
      /^Order R100124 placed 2026-06-29 19:14 \(UTC-04:00\), standard to 08560 NJ: SKU-0002 ×1\./,
    );
    expect(r.stdout).toContain('Policy store-for-local:');
    expect(r.stdout).toMatch(/STORE-LA\s+left out: filter radius_miles 100 \(store\)/);
    expect(r.stdout).toContain('chosen: SKU-0002 ×1 → STORE-BROOKLYN');
    expect(r.stdout).toMatch(/Outcome: 1 package/);
  });

  it('names a close order id when the one given is not replayed', T, () => {
    const r = routelab('explain', 'three-location', 'R10012');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('order "R10012" is not among the orders replayed');
    expect(r.stderr).toContain('did you mean "R100012"?');
  });
});
