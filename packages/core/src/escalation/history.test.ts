import { describe, expect, it } from 'vitest';
import { escalationHistory } from './history';
import { policy, routing } from './test-fixtures';

const meta = { actor: 'sam@northwind.example', at: '2026-11-25T09:00:00Z' };

describe('escalationHistory', () => {
  it('undoes a mixed policy and routing action as one step, auditing who and when', () => {
    const start = escalationHistory.create({ policy, routing });
    const committed = escalationHistory.commit(
      start,
      [
        { type: 'setStart', stepId: 'eng' },
        { type: 'moveRule', ruleId: 'helpdesk', toIndex: 0 },
      ],
      meta,
    );
    if (!committed.ok) throw new Error(committed.error.message);
    expect(committed.entries.map((e) => [e.actor, e.at, e.cause, e.change.type])).toEqual([
      [meta.actor, '2026-11-25T09:00:00.000Z', 'edit', 'setStart'],
      [meta.actor, '2026-11-25T09:00:00.000Z', 'edit', 'moveRule'],
    ]);
    const undone = escalationHistory.undo(committed.history, { actor: 'ana', at: 0 });
    expect(undone.history.value).toEqual({ policy, routing });
    expect(undone.entries.map((e) => [e.actor, e.cause, e.change.type])).toEqual([
      ['ana', 'undo', 'moveRule'],
      ['ana', 'undo', 'setStart'],
    ]);
  });

  it('refuses an action with a bad change, naming it by its place in the action', () => {
    const start = escalationHistory.create({ policy, routing });
    const result = escalationHistory.commit(
      start,
      [
        { type: 'setStart', stepId: 'eng' },
        { type: 'removeRule', ruleId: 'ghost' },
      ],
      meta,
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown_rule', changeIndex: 1 } });
  });
});
