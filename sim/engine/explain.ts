/** What the engine records about one order when `explain` asks: every decision and its consequences, in order. */
import type { PolicyTrace } from '../policies/types.ts';

export type ExplainEvent =
  | {
      type: 'decision';
      /** UTC ms of the decision. */
      time: number;
      stage: 'initial' | 'reroute' | 'backorder';
      /** Lines asked for (global line index) and units needed. */
      asked: { line: number; need: number }[];
      trace: PolicyTrace;
      allocation: { line: number; node: number; qty: number }[];
    }
  | { type: 'review'; time: number; rule: string; release: number }
  | { type: 'pick-failed'; line: number; node: number; qty: number; found: number }
  | {
      type: 'package';
      node: number;
      shipDay: number;
      deliveredDay: number;
      units: number;
      cost: number;
      pick: number;
      stage: number;
      capacityWait: boolean;
    }
  | { type: 'unfilled'; time: number; line: number; qty: number; action: 'cancelled' | 'backordered' }
  | { type: 'backorder-expired'; time: number; line: number; qty: number };

/** The order to explain and where its events go. */
export interface ExplainRequest {
  order: number;
  events: ExplainEvent[];
}
