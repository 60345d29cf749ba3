import { describe, expect, it } from 'vitest';
import type { DecisionModel } from '../../sim/analytics/analyze.ts';
import { savingLine } from '../../sim/report/decision-text.ts';

/** Only the fields savingLine reads. */
const model = (saving: Partial<DecisionModel['saving']>) =>
  ({ against: 'warehouse-only', interval: null, saving }) as unknown as DecisionModel;

describe('savingLine', () => {
  it("rounds the components so their cents add up to the fulfillment saving's", () => {
    // 4 × 0.46 cents = 1.84 cents → fulfillment $0.02; one by one each part would read $0.00 and add
    // to $0.00. Largest remainder: floors 0, two cents missing, equal remainders → the first two parts.
    const line = savingLine(
      model({
        carrier: 0.0046,
        pickPack: 0.0046,
        touches: 0.0046,
        cancellations: 0.0046,
        fulfillment: 0.0184,
        margin: 0.1,
        marginCounted: true,
        total: 0.1184,
      }),
    );
    expect(line).toBe(
      'Saving per order against warehouse-only: $0.12 = carrier $0.01 + pick/pack $0.01 + manual touches $0.00 + cancellations $0.00 (fulfillment cost $0.02) + margin on avoided cancellations $0.10.',
    );
  });
});
