import { applyPolicyChanges } from '@tandem/core/escalation';
import { describe, expect, it } from 'vitest';
import { securityEvent, tierOneToEngineering } from '../stories/story-data';
import {
  connectChanges,
  moveStepChanges,
  newStepChanges,
  removeStepChanges,
  uniqueId,
} from './drop-changes';
import { draftChanges, draftOf, retrigger } from './step-draft';

const policy = tierOneToEngineering.policy;
const apply = (changes: Parameters<typeof applyPolicyChanges>[1]) => {
  const result = applyPolicyChanges(policy, changes);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};

describe('moveStepChanges', () => {
  it('reassigns a step dropped in another lane, keeping its tier', () => {
    expect(moveStepChanges(policy, 't1', 'msp', 0)).toEqual([
      { type: 'updateStep', stepId: 't1', patch: { targets: [{ partyId: 'msp', tier: 1 }] } },
    ]);
  });

  it('moves a step along the flow and clamps past the last step', () => {
    expect(moveStepChanges(policy, 't1', 'it', 9)).toEqual([
      { type: 'moveStep', stepId: 't1', toIndex: 2 },
    ]);
    expect(apply(moveStepChanges(policy, 't1', 'it', 9)).steps.map((s) => s.id)).toEqual([
      'eng',
      'review',
      't1',
    ]);
  });

  it('makes no change for a drop where the step already is', () => {
    expect(moveStepChanges(policy, 'eng', 'msp', 1)).toEqual([]);
  });

  it('drops a duplicate when the new lane was already a further target', () => {
    const both = securityEvent.policy;
    expect(moveStepChanges(both, 'both', 'it', 0)).toEqual([
      { type: 'updateStep', stepId: 'both', patch: { targets: [{ partyId: 'it', tier: 1 }] } },
    ]);
  });
});

describe('new, connect and remove', () => {
  it('adds a palette step at the dropped column with a fresh id', () => {
    const next = apply(newStepChanges(policy, 'notify', 'soc', 1, 'New notify step'));
    expect(next.steps[1]).toEqual({
      id: 'notify-step',
      name: 'New notify step',
      action: 'notify',
      targets: [{ partyId: 'soc' }],
    });
  });

  it('connects two steps, capping a loop onto the same step', () => {
    expect(apply(connectChanges(policy, 'review', 't1')).transitions.at(-1)).toMatchObject({
      from: 'review',
      to: 't1',
    });
    expect(connectChanges(policy, 'eng', 'eng')).toMatchObject([{ transition: { repeat: 2 } }]);
  });

  it('removes a step with its transitions, but never the start', () => {
    expect(apply(removeStepChanges(policy, 'eng') ?? []).transitions).toEqual([]);
    expect(removeStepChanges(policy, 't1')).toBeUndefined();
  });

  it('finds an unused id', () => {
    expect(uniqueId(new Set(['a', 'a-2']), 'a')).toBe('a-3');
  });
});

describe('draftChanges', () => {
  it('is empty when nothing changed', () => {
    expect(draftChanges(policy, 'eng', draftOf(policy, 'eng') as never)).toEqual([]);
  });

  it('patches changed fields, edits, removes and adds ways on, and sets the start', () => {
    const draft = draftOf(policy, 'eng');
    if (!draft) throw new Error('no draft');
    const changes = draftChanges(policy, 'eng', {
      ...draft,
      name: '  ',
      terminal: true,
      start: true,
      ways: [{ to: 't1', trigger: { kind: 'manual' } }],
    });
    expect(changes).toEqual([
      { type: 'updateStep', stepId: 'eng', patch: { name: null, terminal: true } },
      { type: 'removeTransition', transitionId: 'late' },
      {
        type: 'addTransition',
        transition: { id: 'eng-to-t1', from: 'eng', to: 't1', trigger: { kind: 'manual' } },
      },
      { type: 'setStart', stepId: 'eng' },
    ]);
    expect(apply(changes).startStepId).toBe('eng');
  });

  it('keeps minutes and calendar when a trigger changes kind', () => {
    expect(retrigger({ kind: 'after', minutes: 20, calendarId: 'office' }, 'not-resolved')).toEqual(
      {
        kind: 'not-resolved',
        minutes: 20,
        calendarId: 'office',
      },
    );
    expect(retrigger({ kind: 'manual' }, 'sla')).toEqual({
      kind: 'sla',
      target: 'response',
      percent: 75,
    });
  });
});
