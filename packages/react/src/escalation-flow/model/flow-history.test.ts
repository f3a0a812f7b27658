import type { PolicyChange } from '@tandem/core/escalation';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tierOneToEngineering as value } from '../stories/story-data';
import { commitFlowChanges, createFlowHistory, redoFlow, undoFlow } from './flow-history';
import { applyFlowChanges } from './flow-value';

describe('applyFlowChanges', () => {
  it('applies a mixed batch of policy and routing changes in order', () => {
    const result = applyFlowChanges(value, [
      { type: 'moveStep', stepId: 'review', toIndex: 0 },
      { type: 'moveRule', ruleId: 'helpdesk', toIndex: 0 },
    ]);
    expect(result.ok && result.value.policy.steps[0]?.id).toBe('review');
    expect(result.ok && result.value.routing.rules[0]?.id).toBe('helpdesk');
  });

  it('refuses the whole batch and names the refused change by its place in the batch', () => {
    const result = applyFlowChanges(value, [
      { type: 'moveRule', ruleId: 'vip', toIndex: 1 },
      { type: 'removeStep', stepId: 'ghost' },
    ]);
    expect(result.ok ? -1 : result.error.changeIndex).toBe(1);
  });
});

describe('flow history', () => {
  it('undoes and redoes one action as one step', () => {
    const changes: PolicyChange[] = [
      { type: 'updateStep', stepId: 't1', patch: { name: 'First line' } },
      { type: 'moveRule', ruleId: 'vip', toIndex: 2 },
    ];
    const committed = commitFlowChanges(createFlowHistory(value), changes);
    if (!committed.ok) throw new Error(committed.error.message);
    const undone = undoFlow(committed.history);
    expect(undone?.history.value).toEqual(value);
    expect(undone?.changes).toEqual([
      { type: 'moveRule', ruleId: 'vip', toIndex: 0 },
      { type: 'updateStep', stepId: 't1', patch: { name: 'Tier 1' } },
    ]);
    const redone = undone && redoFlow(undone.history);
    expect(redone?.history.value).toEqual(committed.history.value);
  });

  it('clears the redo stack on a fresh edit and keeps at most `limit` steps', () => {
    let history = createFlowHistory(value, { limit: 2 });
    for (const name of ['a', 'b', 'c']) {
      const r = commitFlowChanges(history, [{ type: 'updateStep', stepId: 't1', patch: { name } }]);
      if (r.ok) history = r.history;
    }
    expect(history.past).toHaveLength(2);
    const undone = undoFlow(history);
    const fresh =
      undone && commitFlowChanges(undone.history, [{ type: 'setStart', stepId: 'eng' }]);
    expect(fresh?.ok && fresh.history.future).toEqual([]);
  });

  it('says there is nothing to undo or redo on a new history', () => {
    expect(undoFlow(createFlowHistory(value))).toBeUndefined();
    expect(redoFlow(createFlowHistory(value))).toBeUndefined();
  });

  it('returns to the start after undoing every committed action, whatever they were', () => {
    const change: fc.Arbitrary<PolicyChange> = fc.oneof(
      fc
        .record({ stepId: fc.constantFrom('t1', 'eng', 'review', 'x'), toIndex: fc.nat(3) })
        .map((c) => ({ type: 'moveStep' as const, ...c })),
      fc
        .record({ ruleId: fc.constantFrom('vip', 'apps', 'x'), toIndex: fc.nat(5) })
        .map((c) => ({ type: 'moveRule' as const, ...c })),
      fc.constantFrom('t1', 'eng', 'review').map((stepId) => ({
        type: 'updateStep' as const,
        stepId,
        patch: { targets: [{ partyId: 'soc' }] },
      })),
      fc
        .constantFrom('up', 'late')
        .map((transitionId) => ({ type: 'removeTransition' as const, transitionId })),
    );
    fc.assert(
      fc.property(fc.array(fc.array(change, { maxLength: 3 }), { maxLength: 8 }), (actions) => {
        let history = createFlowHistory(value);
        for (const changes of actions) {
          const r = commitFlowChanges(history, changes);
          if (r.ok) history = r.history;
        }
        for (let u = undoFlow(history); u; u = undoFlow(history)) history = u.history;
        expect(history.value).toEqual(value);
      }),
      { numRuns: 200 },
    );
  });
});
