/** `routelab explain`: one order's story under one policy, from the engine's recorded events. */
import type { ExplainEvent } from '../engine/explain.ts';
import type { OrderOutcomes } from '../engine/outcomes.ts';
import { orderRecord } from '../metrics/orders.ts';
import { dayLabel } from '../time/day-label.ts';
import type { Model } from '../model/types.ts';
import { tzOffsetMinutes } from '../time/zone.ts';

/** A UTC instant as local time in `tz`: `2026-07-01 10:15 (UTC-04:00)`. */
export function localTime(utc: number, tz: string): string {
  const off = tzOffsetMinutes(utc, tz);
  const s = new Date(utc + off * 60_000).toISOString();
  const sign = off < 0 ? '-' : '+';
  const a = Math.abs(off);
  return `${s.slice(0, 10)} ${s.slice(11, 16)} (UTC${sign}${String(Math.floor(a / 60)).padStart(2, '0')}:${String(a % 60).padStart(2, '0')})`;
}

const fmt = (v: number | string) =>
  typeof v === 'string' || Number.isInteger(v) ? String(v) : Math.abs(v) >= 100 ? v.toFixed(0) : v.toFixed(2);

/** The order in a few words: when, what, where, what was promised. */
export function orderHeader(model: Model, o: number, tz: string): string {
  const { orders, skus, dests } = model;
  const lines: string[] = [];
  for (let l = orders.lineStart[o]!; l < orders.lineStart[o + 1]!; l++)
    lines.push(`${skus.ids[orders.lineSku[l]!]} ×${orders.lineQty[l]}`);
  const d = orders.dest[o]!;
  return (
    `Order ${orders.ids[o]} placed ${localTime(orders.placedUtc[o]!, tz)}, ${orders.serviceNames[orders.service[o]!]} to ${dests.labels[d]}${dests.state[d] ? ` ${dests.state[d]}` : ''}: ${lines.join(', ')}.\n` +
    `Ship by ${dayLabel(model, orders.shipByDay[o]!)}; delivery promised by ${dayLabel(model, orders.promiseDay[o]!)}.`
  );
}

/** The story of order `o` under one policy. */
export function explainText(
  model: Model,
  policy: string,
  use: string,
  o: number,
  events: ExplainEvent[],
  out: OrderOutcomes,
  tz: string,
  segment: string | null,
): string {
  const { nodes, skus, orders } = model;
  const sku = (line: number) => skus.ids[orders.lineSku[line]!]!;
  const id = (n: number) => nodes.ids[n]!;
  const lines: string[] = [
    `Policy ${policy}${use !== policy ? ` (uses ${use})` : ''}${segment ? `, group "${segment}"` : ''}:`,
  ];
  for (const e of events) {
    switch (e.type) {
      case 'decision': {
        const stage =
          e.stage === 'initial'
            ? 'Routing'
            : e.stage === 'reroute'
              ? 'Rerouting'
              : 'Offering a receipt to the waiting units';
        lines.push(
          `  ${stage} at ${localTime(e.time, tz)}: ${e.asked.map((a) => `${sku(a.line)} ×${a.need}`).join(', ')}`,
        );
        const kept = e.trace.candidates.filter((c) => c.removedBy === null);
        const removed = e.trace.candidates.filter((c) => c.removedBy !== null);
        if (kept.length) {
          lines.push('    candidates, best first:');
          for (const c of kept)
            lines.push(
              `      ${c.node.padEnd(20)} ${Object.entries(c.values)
                .map(([k, v]) => `${k} ${fmt(v)}`)
                .join(', ')}`,
            );
        }
        for (const c of removed) lines.push(`      ${c.node.padEnd(20)} left out: ${c.removedBy}`);
        if (e.trace.options.length > 1) {
          lines.push('    allocations weighed (units filled, then the criteria in order):');
          for (const opt of e.trace.options.slice(0, 12))
            lines.push(
              `      ${opt.chosen ? '→' : ' '} {${opt.nodes.join(', ')}} fills ${opt.unitsFilled}; ${Object.entries(
                opt.values,
              )
                .map(([k, v]) => `${k} ${fmt(v)}`)
                .join(', ')}`,
            );
          if (e.trace.options.length > 12) lines.push(`        … and ${e.trace.options.length - 12} more`);
        }
        for (const n of e.trace.notes) lines.push(`    ${n}`);
        lines.push(
          e.allocation.length
            ? `    chosen: ${e.allocation.map((a) => `${sku(a.line)} ×${a.qty} → ${id(a.node)}`).join('; ')}`
            : '    chosen: nothing (no allowed node has the stock)',
        );
        break;
      }
      case 'review':
        lines.push(
          `  Review: rule "${e.rule}" sends the order to a person (1 manual touch); released ${localTime(e.release, tz)}.`,
        );
        break;
      case 'pick-failed':
        lines.push(
          `  Pick failed at ${id(e.node)} for ${sku(e.line)} ×${e.qty} (the stock record was wrong), found ${localTime(e.found, nodes.timezone[e.node]!)}: 1 manual touch, the line goes back to the policy without ${id(e.node)}.`,
        );
        break;
      case 'package':
        lines.push(
          `  Package from ${id(e.node)}: ${e.units} unit${e.units === 1 ? '' : 's'}, ships ${dayLabel(model, e.shipDay)}${e.capacityWait ? ' (the node was full on an earlier day)' : ''}, delivered ${dayLabel(model, e.deliveredDay)}; carrier $${e.cost.toFixed(2)}, pick/pack $${e.pick.toFixed(2)}.`,
        );
        break;
      case 'unfilled':
        lines.push(
          `  ${sku(e.line)} ×${e.qty}: no allowed node has it; ${e.action === 'cancelled' ? 'cancelled' : 'waits for a receipt (backorder)'}.`,
        );
        break;
      case 'backorder-expired':
        lines.push(`  ${sku(e.line)} ×${e.qty}: no receipt in time; cancelled.`);
        break;
    }
  }
  const x = orderRecord(model, out, o);
  const pk = x.packages;
  const reason = x.reason;
  lines.push(
    `  Outcome: ${pk} package${pk === 1 ? '' : 's'}${x.unitsCancelled ? `, ${x.unitsCancelled} unit(s) cancelled` : ''}, ` +
      `${pk ? `${x.onTimeDelivery ? 'delivered on time' : 'delivered late'}, ` : ''}cost $${x.totalCost.toFixed(2)}; reason ${reason.code} (${reason.text}).`,
  );
  return lines.join('\n');
}
