import { defineHistory } from '@tandem/core';
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { type ChangeHistoryMessages, useChangeHistory } from './use-change-history';

// A document small enough to read: a list of words, changed by pushing and popping.
type Words = readonly string[];
type WordChange = { readonly type: 'push'; readonly word: string } | { readonly type: 'pop' };
const words = defineHistory<Words, WordChange, { readonly message: string }>({
  apply(value, changes) {
    let current = value;
    for (const change of changes) {
      if (change.type === 'push') current = [...current, change.word];
      else if (current.length === 0) return { ok: false, error: { message: 'Nothing to pop.' } };
      else current = current.slice(0, -1);
    }
    return { ok: true, value: current };
  },
  invert: (before, change) =>
    change.type === 'push' ? [{ type: 'pop' }] : [{ type: 'push', word: before.at(-1) ?? '' }],
});
const messages: ChangeHistoryMessages = {
  undone: 'Undone.',
  redone: 'Redone.',
  nothingToUndo: 'Nothing to undo.',
  nothingToRedo: 'Nothing to redo.',
  readOnly: 'Read-only.',
  refused: (reason) => `Not changed: ${reason}`,
};

function setup(overrides: { readOnly?: boolean } = {}) {
  const onValueChange = vi.fn();
  const onAudit = vi.fn();
  const hook = renderHook(() =>
    useChangeHistory({
      history: words,
      value: undefined,
      defaultValue: ['a'] as Words,
      onValueChange,
      name: 'Words',
      actor: 'words-editor',
      readOnly: overrides.readOnly ?? false,
      messages,
      onAudit,
    }),
  );
  return { ...hook, onValueChange, onAudit };
}

describe('useChangeHistory', () => {
  it('commits, undoes and redoes one action, telling the host the changes and who made them', () => {
    const { result, onValueChange, onAudit } = setup();
    act(() => {
      result.current.dispatch([{ type: 'push', word: 'b' }], 'Pushed.');
    });
    expect(result.current.value).toEqual(['a', 'b']);
    expect(result.current.announcement).toBe('Pushed.');
    expect(onValueChange).toHaveBeenLastCalledWith(['a', 'b'], [{ type: 'push', word: 'b' }]);
    expect(onAudit.mock.lastCall?.[0]).toMatchObject([{ actor: 'words-editor', cause: 'edit' }]);

    act(() => result.current.undo());
    expect(result.current.value).toEqual(['a']);
    expect(onValueChange).toHaveBeenLastCalledWith(['a'], [{ type: 'pop' }]);
    expect(onAudit.mock.lastCall?.[0]).toMatchObject([{ cause: 'undo', change: { type: 'pop' } }]);
    expect(result.current.canRedo).toBe(true);

    act(() => result.current.redo());
    expect(result.current.value).toEqual(['a', 'b']);
    expect(result.current.announcement).toBe('Redone.');
  });

  it('counts an empty batch as done without a step, a change or an announcement', () => {
    const { result, onValueChange, onAudit } = setup();
    let done = false;
    act(() => {
      done = result.current.dispatch([]);
    });
    expect(done).toBe(true);
    expect(result.current.canUndo).toBe(false);
    expect(onValueChange).not.toHaveBeenCalled();
    expect(onAudit).not.toHaveBeenCalled();
    expect(result.current.announcement).toBe('');
  });

  it('announces a refusal with the core’s reason and keeps the document', () => {
    const { result, onValueChange } = setup();
    let done = true;
    act(() => {
      done = result.current.dispatch([{ type: 'pop' }, { type: 'pop' }]);
    });
    expect(done).toBe(false);
    expect(result.current.value).toEqual(['a']);
    expect(result.current.announcement).toBe('Not changed: Nothing to pop.');
    expect(onValueChange).not.toHaveBeenCalled();
  });

  it('says there is nothing to undo or redo, and refuses every edit when read-only', () => {
    const editable = setup();
    act(() => editable.result.current.undo());
    expect(editable.result.current.announcement).toBe('Nothing to undo.');
    act(() => editable.result.current.redo());
    expect(editable.result.current.announcement).toBe('Nothing to redo.');

    const readOnly = setup({ readOnly: true });
    let done = true;
    act(() => {
      done = readOnly.result.current.dispatch([{ type: 'push', word: 'b' }]);
    });
    expect(done).toBe(false);
    expect(readOnly.result.current.value).toEqual(['a']);
    expect(readOnly.result.current.announcement).toBe('Read-only.');
  });

  it('chains two dispatches in one tick through `latest`', () => {
    const { result } = setup();
    act(() => {
      result.current.dispatch([{ type: 'push', word: 'b' }]);
      expect(result.current.latest()).toEqual(['a', 'b']);
      result.current.dispatch([{ type: 'push', word: 'c' }]);
    });
    expect(result.current.value).toEqual(['a', 'b', 'c']);
  });
});
