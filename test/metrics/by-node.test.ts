/** Packages by node, worked out by hand on the hand-made run, and on a simulated run. */
import { describe, expect, it } from 'vitest';
import { allNodes, nodeLocations, nodeMix } from '../../sim/metrics/by-node.ts';
import { handRun } from '../helpers/hand-run.ts';
import { reportRun } from '../helpers/report.ts';

describe('nodeMix', () => {
  it('counts packages per node per policy, nodes that shipped nothing left out', () => {
    expect(nodeMix(handRun())).toEqual([
      { policy: 'base', node: 'WH', packages: 1, share: 0.25 },
      { policy: 'base', node: 'ST', packages: 3, share: 0.75 },
      { policy: 'alt', node: 'WH', packages: 2, share: 0.5 },
      { policy: 'alt', node: 'ST', packages: 1, share: 0.25 },
      { policy: 'alt', node: 'NEW', packages: 1, share: 0.25 },
    ]);
  });

  it('counts every package once on a simulated run', () => {
    const run = reportRun();
    for (const p of run.runs) {
      const mix = nodeMix(run).filter((m) => m.policy === p.policy);
      expect(mix.reduce((s, m) => s + m.packages, 0)).toBe(p.run.packages.count);
      expect(mix.reduce((s, m) => s + m.share, 0)).toBeCloseTo(1, 12);
    }
  });
});

describe('allNodes and nodeLocations', () => {
  it('lists the scenario nodes, then nodes a policy added', () => {
    expect(allNodes(handRun())).toEqual(['WH', 'ST', 'NEW']);
  });

  it('gives each node of a policy network its name, type and place', () => {
    expect(nodeLocations(handRun().runs[1]!)[2]).toEqual({
      node: 'NEW',
      name: 'NEW name',
      type: 'store',
      lat: 34.05,
      lon: -118.24,
    });
  });
});
