import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ChangeModel, defineHistory } from './change-history';

// A document small enough to check by eye: a list of words, changed by inserts and removals.
type Words = readonly string[];
type WordChange =
  | { readonly type: 'insert'; readonly index: number; readonly word: string }
  | { readonly type: 'remove'; readonly index: number };
interface WordError {
  readonly changeIndex: number;
}

const words: ChangeModel<Words, WordChange, WordError> = {
  apply(value, changes) {
    let current = value;
    for (const [changeIndex, change] of changes.entries()) {
      if (change.index < 0 || change.index > current.length - (change.type === 'remove' ? 1 : 0))
        return { ok: false, error: { changeIndex } };
      current =
        change.type === 'insert'
          ? current.toSpliced(change.index, 0, change.word)
          : current.toSpliced(change.index, 1);
    }
    return { ok: true, value: current };
  },
  invert: (before, change) =>
    change.type === 'insert'
      ? [{ type: 'remove', index: change.index }]
      : [{ type: 'insert', index: change.index, word: before[change.index] as string }],
};
const history = defineHistory(words);
const meta = { actor: 'ana', at: 0 };
const insert = (index: number, word: string): WordChange => ({ type: 'insert', index, word });

function committed(changes: readonly WordChange[], start = history.create(['a'])) {
  const result = history.commit(start, changes, meta);
  if (!result.ok) throw new Error(`refused change ${result.error.changeIndex}`);
  return result;
}

describe('defineHistory', () => {
  it('records one step per action and one audit entry per change', () => {
    const result = committed([insert(1, 'b'), insert(2, 'c')]);
    expect(result.history.value).toEqual(['a', 'b', 'c']);
    expect(result.history.past).toHaveLength(1);
    expect(result.entries).toEqual([
      { actor: 'ana', at: '1970-01-01T00:00:00.000Z', cause: 'edit', change: insert(1, 'b') },
      { actor: 'ana', at: '1970-01-01T00:00:00.000Z', cause: 'edit', change: insert(2, 'c') },
    ]);
  });

  it('undoes the action in reverse order and redoes it, saying who and why', () => {
    const edited = committed([insert(1, 'b'), insert(2, 'c')]).history;
    const undone = history.undo(edited, { actor: 'ben', at: '2026-01-01T00:00:00Z' });
    expect(undone.history.value).toEqual(['a']);
    expect(undone.changes).toEqual([
      { type: 'remove', index: 2 },
      { type: 'remove', index: 1 },
    ]);
    expect(undone.entries.map((e) => [e.actor, e.cause])).toEqual([
      ['ben', 'undo'],
      ['ben', 'undo'],
    ]);
    const redone = history.redo(undone.history, meta);
    expect(redone.history.value).toEqual(['a', 'b', 'c']);
    expect(redone.entries.map((e) => e.cause)).toEqual(['redo', 'redo']);
    expect(history.canRedo(redone.history)).toBe(false);
  });

  it('treats an empty action as no step: same history, redo stack kept, no entries', () => {
    const undone = history.undo(committed([insert(1, 'b')]).history, meta).history;
    const result = history.commit(undone, [], meta);
    expect(result).toEqual({ ok: true, history: undone, entries: [] });
    expect(result.ok && result.history).toBe(undone);
    expect(history.canRedo(undone)).toBe(true);
  });

  it('refuses an action as a whole, with the model naming the change in the action', () => {
    const start = history.create(['a']);
    expect(history.commit(start, [insert(1, 'b'), insert(9, 'x')], meta)).toEqual({
      ok: false,
      error: { changeIndex: 1 },
    });
  });

  it('returns the same history and no changes with nothing to undo or redo', () => {
    const start = history.create(['a']);
    expect(history.undo(start, meta)).toEqual({ history: start, changes: [], entries: [] });
    expect(history.redo(start, meta).history).toBe(start);
  });

  it('keeps at most `limit` steps, and at least one', () => {
    let current = history.create(['a'], { limit: 2 });
    for (const word of ['b', 'c', 'd']) current = committed([insert(0, word)], current).history;
    expect(current.past).toHaveLength(2);
    expect(history.create([], { limit: 0 }).limit).toBe(1);
  });

  it('undoing everything gives back the start, whatever was committed', () => {
    const change = fc.oneof(
      fc.record({ type: fc.constant('insert' as const), index: fc.nat(4), word: fc.string() }),
      fc.record({ type: fc.constant('remove' as const), index: fc.nat(4) }),
    );
    fc.assert(
      fc.property(fc.array(fc.array(change, { maxLength: 3 }), { maxLength: 8 }), (actions) => {
        const start = history.create(['a', 'b']);
        let current = start;
        for (const action of actions) {
          const result = history.commit(current, action, meta);
          if (result.ok) current = result.history;
        }
        while (history.canUndo(current)) current = history.undo(current, meta).history;
        expect(current.value).toEqual(start.value);
      }),
      { numRuns: 300 },
    );
  });
});
