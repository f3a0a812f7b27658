import {
  applyRoutingChanges,
  checkRouting,
  type PolicyChange,
  parseRouting,
  type Routing,
} from '@tandem/core/escalation';
import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { bindRouting, type RoutingBinding, type RoutingUpdate } from './bind-routing';
import { routing } from './test-support/escalation';
import { heldRoom } from './test-support/held-room';

/** Two peers of one routing table, with the network held back until `sync()`. */
function room(start: Routing = routing) {
  const { docs, sync } = heldRoom(2);
  const internal = bindRouting(docs[0] as Y.Doc, { initial: start });
  sync();
  const msp: RoutingBinding = bindRouting(docs[1] as Y.Doc);
  return { internal, msp, sync };
}

function applied(value: Routing, changes: readonly PolicyChange[]): Routing {
  const result = applyRoutingChanges(value, changes);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('bindRouting', () => {
  it('seeds an empty doc with the initial table and reads it back unchanged', () => {
    const { internal, msp } = room();
    expect(internal.getRouting()).toEqual(routing);
    expect(msp.getRouting()).toEqual(routing);
  });

  it('seeds and reads back an empty table with no default', () => {
    const { msp } = room({ rules: [] });
    expect(msp.getRouting()).toEqual({ rules: [] });
  });

  it('keeps both a concurrent move of a rule and an edit of that rule', () => {
    const { internal, msp, sync } = room();
    const move: PolicyChange = { type: 'moveRule', ruleId: 'm365', toIndex: 0 };
    const edit: PolicyChange = {
      type: 'updateRule',
      ruleId: 'm365',
      patch: { name: 'Microsoft 365 and Teams', queue: { partyId: 'msp', tier: 2 } },
    };
    expect(internal.apply([move]).ok).toBe(true);
    expect(msp.apply([edit]).ok).toBe(true);
    sync();
    const expected = applied(routing, [move, edit]);
    expect(internal.getRouting()).toEqual(expected);
    expect(msp.getRouting()).toEqual(expected);
  });

  it('merges two teams narrowing one rule by different conditions', () => {
    const { internal, msp, sync } = room();
    internal.apply([
      {
        type: 'updateRule',
        ruleId: 'security',
        patch: { when: { sources: ['security'], vip: false } },
      },
    ]);
    msp.apply([
      {
        type: 'updateRule',
        ruleId: 'security',
        patch: { when: { sources: ['security'], priorities: ['P1', 'P2'] } },
      },
    ]);
    sync();
    const rule = internal.getRouting()?.rules.find((r) => r.id === 'security');
    expect(rule?.when).toEqual({ sources: ['security'], vip: false, priorities: ['P1', 'P2'] });
    expect(msp.getRouting()).toEqual(internal.getRouting());
  });

  it('converges when both teams add a rule at the same place, and the table parses', () => {
    const { internal, msp, sync } = room();
    const rule = (id: string) => ({
      id,
      when: { siteIds: [id] },
      queue: { partyId: 'it', tier: 1 },
    });
    internal.apply([{ type: 'addRule', rule: rule('hq'), index: 1 }]);
    msp.apply([{ type: 'addRule', rule: rule('branch'), index: 1 }]);
    sync();
    const merged = internal.getRouting() as Routing;
    expect(merged.rules.map((r) => r.id)).toEqual(['vip', 'branch', 'hq', 'security', 'm365']);
    expect(parseRouting(merged)).toEqual({ ok: true, value: merged });
    expect(msp.getRouting()).toEqual(merged);
  });

  it('flags a merge that shadows a rule, as checkRouting flags any other table', () => {
    const { internal, msp, sync } = room();
    const shadowed = (value: Routing | undefined) =>
      checkRouting(value as Routing).filter((issue) => issue.ruleId === 'shadowed-rule');
    // One team turns the security rule into a catch-all at the bottom; the other moves the VIP
    // rule to the bottom. Each table alone is fine; merged, the catch-all comes first.
    internal.apply([
      { type: 'updateRule', ruleId: 'security', patch: { when: {} } },
      { type: 'moveRule', ruleId: 'security', toIndex: 2 },
    ]);
    msp.apply([{ type: 'moveRule', ruleId: 'vip', toIndex: 2 }]);
    expect(shadowed(internal.getRouting())).toEqual([]);
    expect(shadowed(msp.getRouting())).toEqual([]);
    sync();
    const merged = internal.getRouting() as Routing;
    expect(merged.rules.map((r) => r.id)).toEqual(['m365', 'security', 'vip']);
    expect(shadowed(merged).flatMap((issue) => issue.ruleIds)).toContain('vip');
    expect(msp.getRouting()).toEqual(merged);
  });

  it('hands a peer’s new default queue to listeners as a Tandem change', () => {
    const { internal, msp, sync } = room();
    const updates: RoutingUpdate[] = [];
    internal.subscribe((update) => updates.push(update));
    const change: PolicyChange = { type: 'setDefault', queue: null };
    msp.apply([change]);
    sync();
    expect(updates).toEqual([{ routing: msp.getRouting(), changes: [change], source: 'remote' }]);
  });

  it('undoes only this user’s edits, never the other team’s', () => {
    const { internal, msp, sync } = room();
    const mine: PolicyChange = { type: 'removeRule', ruleId: 'vip' };
    const theirs: PolicyChange = { type: 'updateRule', ruleId: 'm365', patch: { name: 'M365' } };
    internal.apply([mine]);
    msp.apply([theirs]);
    sync();
    expect(internal.undo()).toBe(true);
    sync();
    expect(internal.getRouting()).toEqual(applied(routing, [theirs]));
    expect(msp.getRouting()).toEqual(applied(routing, [theirs]));
  });
});
