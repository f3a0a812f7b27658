import {
  applyPolicyChanges,
  checkPolicy,
  type EscalationPolicy,
  type PolicyChange,
  parsePolicy,
} from '@tandem/core/escalation';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { bindMatrix } from './bind-matrix';
import { bindPolicy, type PolicyBinding, type PolicyUpdate } from './bind-policy';
import { POLICY_TYPES } from './policy-doc';
import { policy } from './test-support/escalation';
import { heldRoom } from './test-support/held-room';
import { starter } from './test-support/starter';

/** `n` peers of one policy, seeded by the first, with the network held back until `sync()`. */
function room(n = 2, start: EscalationPolicy = policy) {
  const { docs, sync, send } = heldRoom(n);
  const first = bindPolicy(docs[0] as Y.Doc, { initial: start });
  sync();
  const peers = [first, ...docs.slice(1).map((doc) => bindPolicy(doc))];
  const [internal, msp, third] = peers as [PolicyBinding, PolicyBinding, PolicyBinding];
  return { docs, peers, internal, msp, third, sync, send };
}

function applied(value: EscalationPolicy, changes: readonly PolicyChange[]): EscalationPolicy {
  const result = applyPolicyChanges(value, changes);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const ok = (result: { ok: boolean }) => expect(result.ok).toBe(true);

/** Removes the "both" step the way the flow editor does: its transition first. */
const removeBoth: PolicyChange[] = [
  { type: 'removeTransition', transitionId: 'alarm' },
  { type: 'updateStep', stepId: 'eng', patch: { terminal: true } },
  { type: 'removeStep', stepId: 'both' },
];

describe('bindPolicy', () => {
  it('seeds an empty doc with the initial policy and reads it back unchanged', () => {
    const { internal, msp } = room();
    expect(internal.getPolicy()).toEqual(policy);
    expect(msp.getPolicy()).toEqual(policy);
  });

  it('keeps both a concurrent move of a step and an edit of that step', () => {
    const { internal, msp, sync } = room();
    const move: PolicyChange = { type: 'moveStep', stepId: 'both', toIndex: 0 };
    const edit: PolicyChange = {
      type: 'updateStep',
      stepId: 'both',
      patch: { name: 'Notify everyone', mode: 'all' },
    };
    ok(internal.apply([move]));
    ok(msp.apply([edit]));
    sync();
    const expected = applied(policy, [move, edit]);
    expect(internal.getPolicy()).toEqual(expected);
    expect(msp.getPolicy()).toEqual(expected);
  });

  it('keeps the targets both teams add to one step at once', () => {
    const { internal, msp, sync } = room();
    const withTarget = (partyId: string): PolicyChange => ({
      type: 'updateStep',
      stepId: 'eng',
      patch: { targets: [{ partyId: 'msp', tier: 2 }, { partyId }] },
    });
    ok(internal.apply([withTarget('it')]));
    ok(msp.apply([withTarget('soc')]));
    sync();
    const targets = internal.getPolicy()?.steps.find((step) => step.id === 'eng')?.targets;
    expect(targets?.[0]).toEqual({ partyId: 'msp', tier: 2 });
    expect(
      targets
        ?.slice(1)
        .map((target) => target.partyId)
        .sort(),
    ).toEqual(['it', 'soc']);
    expect(msp.getPolicy()).toEqual(internal.getPolicy());
  });

  it('removes a step one team deletes while the other edits it, and stays a valid policy', () => {
    const { internal, msp, sync } = room();
    ok(internal.apply(removeBoth));
    ok(msp.apply([{ type: 'updateStep', stepId: 'both', patch: { name: 'Notify everyone' } }]));
    sync();
    const merged = internal.getPolicy() as EscalationPolicy;
    expect(merged.steps.map((step) => step.id)).toEqual(['t1', 'eng']);
    expect(parsePolicy(merged)).toEqual({ ok: true, value: merged });
    expect(msp.getPolicy()).toEqual(merged);
  });

  it('brings back a step one team removed while the other pointed a new transition at it', () => {
    const { internal, msp, sync } = room();
    ok(internal.apply(removeBoth));
    const transition = {
      id: 't1-both',
      from: 't1',
      to: 'both',
      trigger: { kind: 'manual' as const },
    };
    ok(msp.apply([{ type: 'addTransition', transition }]));
    sync();
    const merged = internal.getPolicy() as EscalationPolicy;
    expect(merged.steps.map((step) => step.id)).toEqual(['t1', 'eng', 'both']);
    expect(merged.transitions).toEqual([policy.transitions[0], transition]);
    expect(parsePolicy(merged).ok).toBe(true);
    expect(msp.getPolicy()).toEqual(merged);
  });

  it('flags a merge that strands a step, as checkPolicy flags any other policy', () => {
    const direct = { id: 'direct', from: 't1', to: 'both', trigger: { kind: 'manual' as const } };
    const start = applied(policy, [{ type: 'addTransition', transition: direct }]);
    const { internal, msp, sync } = room(2, start);
    // Each team drops one of the two ways to "both"; each alone still reaches it.
    ok(internal.apply([{ type: 'removeTransition', transitionId: 'direct' }]));
    ok(
      msp.apply([
        { type: 'removeTransition', transitionId: 'alarm' },
        { type: 'updateStep', stepId: 'eng', patch: { terminal: true } },
      ]),
    );
    const codes = (value: EscalationPolicy | undefined) =>
      checkPolicy(value as EscalationPolicy).map((found) => found.ruleId);
    expect(codes(internal.getPolicy())).not.toContain('unreachable-step');
    expect(codes(msp.getPolicy())).not.toContain('unreachable-step');
    sync();
    expect(parsePolicy(internal.getPolicy()).ok).toBe(true);
    expect(codes(internal.getPolicy())).toContain('unreachable-step');
    expect(
      checkPolicy(internal.getPolicy() as EscalationPolicy).find(
        (found) => found.ruleId === 'unreachable-step',
      )?.stepIds,
    ).toEqual(['both']);
  });

  it('converges three teams editing one step and the graph at once, whatever order updates arrive in', () => {
    const { peers, internal: a, msp: b, third: c, send, sync } = room(3);
    const move: PolicyChange = { type: 'moveStep', stepId: 'eng', toIndex: 0 };
    const rename: PolicyChange = { type: 'updateStep', stepId: 'eng', patch: { name: 'NOC' } };
    const retarget: PolicyChange = {
      type: 'updateTransition',
      transitionId: 'up',
      patch: { trigger: { kind: 'not-acknowledged', minutes: 15 }, repeat: 2 },
    };
    ok(a.apply([move]));
    ok(b.apply([rename]));
    ok(c.apply([retarget]));
    send(2, 0);
    send(0, 1);
    sync();
    const expected = applied(policy, [move, rename, retarget]);
    for (const peer of peers) expect(peer.getPolicy()).toEqual(expected);
  });

  it('hands a peer edit to listeners as Tandem changes, marked remote', () => {
    const { internal, msp, sync } = room();
    const updates: PolicyUpdate[] = [];
    internal.subscribe((update) => updates.push(update));
    const edit: PolicyChange = { type: 'setStart', stepId: 'eng' };
    msp.apply([edit]);
    sync();
    expect(updates).toEqual([{ policy: msp.getPolicy(), changes: [edit], source: 'remote' }]);
  });

  it('undoes only this user’s edits, never the other team’s', () => {
    const { internal, msp, sync } = room();
    const mine: PolicyChange = { type: 'updateStep', stepId: 't1', patch: { mode: 'round-robin' } };
    const theirs: PolicyChange = { type: 'moveStep', stepId: 'both', toIndex: 1 };
    internal.apply([mine]);
    sync();
    msp.apply([theirs]);
    sync();
    expect(internal.undo()).toBe(true);
    sync();
    expect(internal.getPolicy()).toEqual(applied(policy, [theirs]));
    expect(msp.getPolicy()).toEqual(applied(policy, [theirs]));
    expect(internal.canUndo()).toBe(false);
    expect(internal.redo()).toBe(true);
    sync();
    expect(msp.getPolicy()).toEqual(applied(policy, [mine, theirs]));
  });

  it('stays valid when this user undoes a field the other team set at the same moment', () => {
    const { docs, internal, msp, sync } = room();
    const trigger = (minutes: number): PolicyChange => ({
      type: 'updateTransition',
      transitionId: 'up',
      patch: { trigger: { kind: 'after', minutes } },
    });
    const invalid: unknown[] = [];
    const doc = docs[0] as Y.Doc;
    const watched = bindPolicy(doc, { onInvalid: (issues) => invalid.push(issues) });
    const healed: unknown[] = [];
    doc.on('afterTransaction', (t: Y.Transaction) => {
      if (t.origin === 'tandem:heal' && t.changed.size > 0) healed.push(t);
    });
    ok(internal.apply([trigger(5)]));
    ok(msp.apply([trigger(10)]));
    sync();
    // Yjs alone would leave the trigger with no value here; the binding puts one back.
    internal.undo();
    sync();
    expect(healed).toHaveLength(1);
    expect(invalid).toEqual([]);
    expect(parsePolicy(internal.getPolicy()).ok).toBe(true);
    // The value this user last saw goes back: the other team's was overwritten and is gone.
    expect(internal.getPolicy()?.transitions[0]?.trigger).toEqual({ kind: 'after', minutes: 5 });
    expect(msp.getPolicy()).toEqual(internal.getPolicy());
    watched.destroy();
  });

  it('gives a step added under a removed step’s id none of the old step’s fields', () => {
    const { internal, msp, sync } = room();
    ok(internal.apply(removeBoth));
    const fresh = { id: 'both', action: 'assign' as const, targets: [{ partyId: 'msp' }] };
    ok(internal.apply([{ type: 'addStep', step: fresh }]));
    sync();
    expect(msp.getPolicy()?.steps.at(-1)).toEqual(fresh);
  });

  it('refuses a change the core refuses and writes nothing', () => {
    const { docs, internal } = room();
    const before = Y.encodeStateVector(docs[0] as Y.Doc);
    const result = internal.apply([{ type: 'removeStep', stepId: 't1' }]);
    expect(result).toMatchObject({ ok: false, error: { code: 'step_in_use' } });
    expect(Y.encodeStateVector(docs[0] as Y.Doc)).toEqual(before);
  });

  it('refuses edits while the doc holds no policy', () => {
    const binding = bindPolicy(new Y.Doc());
    expect(binding.getPolicy()).toBeUndefined();
    expect(binding.apply([{ type: 'setStart', stepId: 't1' }])).toMatchObject({
      ok: false,
      error: { code: 'invalid_change' },
    });
  });

  it('reports a bad write through onInvalid and keeps the last valid policy', () => {
    const doc = new Y.Doc();
    const invalid: unknown[] = [];
    const binding = bindPolicy(doc, {
      initial: policy,
      onInvalid: (issues) => invalid.push(issues),
    });
    // A client that writes a step action no policy has (a bad client, not the binding).
    doc.transact(() => {
      const steps = doc.getMap(POLICY_TYPES.steps) as Y.Map<Y.Map<unknown>>;
      steps.get('t1')?.set('action', 'explode');
    });
    expect(invalid).toHaveLength(1);
    expect(binding.getPolicy()).toEqual(policy);
  });

  it('reads past a bad client’s junk in place of a step without throwing', () => {
    const doc = new Y.Doc();
    const binding = bindPolicy(doc, { initial: policy });
    doc.transact(() => doc.getMap(POLICY_TYPES.steps).set('junk', 42));
    expect(binding.getPolicy()).toEqual(policy);
  });

  it('shares a doc with the matrix without hearing its edits', () => {
    const doc = new Y.Doc();
    const matrix = bindMatrix(doc, { initial: starter });
    const binding = bindPolicy(doc, { initial: policy });
    const heard: PolicyUpdate[] = [];
    binding.subscribe((update) => heard.push(update));
    matrix.apply([{ type: 'renameRow', rowId: 'backup', name: 'Backups' }]);
    expect(heard).toEqual([]);
    // Each binding undoes its own document only.
    binding.apply([{ type: 'setStart', stepId: 'eng' }]);
    matrix.undo();
    expect(binding.getPolicy()?.startStepId).toBe('eng');
    expect(matrix.getMatrix()).toEqual(starter);
  });
});
