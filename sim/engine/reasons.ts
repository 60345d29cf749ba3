/**
 * The reason code of an order's outcome: the most important thing that happened to it.
 * Checked in this order; the first that applies is the order's reason.
 */
export const REASONS = [
  { code: 'cancelled', text: 'no node could supply any of the order; every unit was cancelled' },
  { code: 'partial-cancel', text: 'some units could not be supplied and were cancelled' },
  { code: 'rerouted', text: 'a pick failed (inventory record was wrong) and the line was rerouted by hand' },
  { code: 'reviewed', text: 'a review rule sent the order to a person before release' },
  { code: 'backordered', text: 'some units waited for a receipt before shipping' },
  { code: 'capacity-wait', text: 'a node was at its daily order capacity, so a package shipped on a later day' },
  { code: 'split-needed', text: 'no single node had everything, so the order shipped in several packages' },
  { code: 'split-chosen', text: 'one node had everything, but the policy shipped several packages' },
  { code: 'single', text: 'shipped complete in one package' },
] as const;

export type ReasonCode = (typeof REASONS)[number]['code'];

export const REASON_CANCELLED = 0;
export const REASON_PARTIAL_CANCEL = 1;
export const REASON_REROUTED = 2;
export const REASON_REVIEWED = 3;
export const REASON_BACKORDERED = 4;
export const REASON_CAPACITY_WAIT = 5;
export const REASON_SPLIT_NEEDED = 6;
export const REASON_SPLIT_CHOSEN = 7;
export const REASON_SINGLE = 8;
