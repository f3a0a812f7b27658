import { applyPolicyChanges } from '@tandem/core/escalation';
import { describe, expect, it } from 'vitest';
import { everyCondition } from '../stories/condition-story-data';
import { draftChanges, draftOf, type StepDraft } from './step-draft';

const policy = everyCondition.policy;
const draft = (stepId: string) => draftOf(policy, stepId) as StepDraft;

describe('draftChanges, given conditions', () => {
  it('keeps a step with a hold, an acknowledgement and a rotation unchanged', () => {
    for (const id of ['t1', 'rota', 'major', 'morning'])
      expect(draftChanges(policy, id, draft(id))).toEqual([]);
  });

  it('sets and clears a hold, the acknowledgement mode and a rotation in one patch', () => {
    expect(
      draftChanges(policy, 'rota', {
        ...draft('rota'),
        hold: { until: 'open' },
        rotate: undefined,
      }),
    ).toEqual([
      { type: 'updateStep', stepId: 'rota', patch: { hold: { until: 'open' }, rotate: null } },
    ]);
    expect(draftChanges(policy, 'major', { ...draft('major'), ack: 'first' })).toEqual([
      { type: 'updateStep', stepId: 'major', patch: { ack: null } },
    ]);
    expect(draftChanges(policy, 'morning', { ...draft('morning'), hold: undefined })).toEqual([
      { type: 'updateStep', stepId: 'morning', patch: { hold: null } },
    ]);
  });

  it("edits a way on's conditions, removing `when` with the last one", () => {
    const t1 = draft('t1');
    const changes = draftChanges(policy, 't1', {
      ...t1,
      ways: t1.ways.map((w) =>
        w.id === 'night'
          ? { ...w, when: [...(w.when ?? []), { kind: 'priority', priorities: ['P3'] }] }
          : { ...w, when: [] },
      ),
    });
    expect(changes).toEqual([
      {
        type: 'updateTransition',
        transitionId: 'night',
        patch: {
          when: [
            { kind: 'hours', open: false, partyId: 'it' },
            { kind: 'priority', priorities: ['P3'] },
          ],
        },
      },
      { type: 'updateTransition', transitionId: 'urgent', patch: { when: null } },
    ]);
    const result = applyPolicyChanges(policy, changes);
    expect(result.ok && result.value.transitions.find((t) => t.id === 'urgent')).not.toHaveProperty(
      'when',
    );
  });

  it('adds a new way on with its conditions', () => {
    const changes = draftChanges(policy, 'major', {
      ...draft('major'),
      ways: [{ to: 't1', trigger: { kind: 'manual' }, when: [{ kind: 'holiday', holiday: true }] }],
    });
    expect(changes).toEqual([
      {
        type: 'addTransition',
        transition: {
          id: 'major-to-t1',
          from: 'major',
          to: 't1',
          trigger: { kind: 'manual' },
          when: [{ kind: 'holiday', holiday: true }],
        },
      },
    ]);
  });
});
