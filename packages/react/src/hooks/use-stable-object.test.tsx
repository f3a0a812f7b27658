import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useStableObject } from './use-stable-object';

describe('useStableObject', () => {
  it('keeps the first object while no field changes, and takes the next one when one does', () => {
    const undo = () => {};
    const { result, rerender } = renderHook(
      (props: { count: number }) => useStableObject({ count: props.count, undo }),
      { initialProps: { count: 1 } },
    );
    const first = result.current;
    rerender({ count: 1 });
    expect(result.current).toBe(first);
    rerender({ count: 2 });
    expect(result.current).not.toBe(first);
    expect(result.current).toEqual({ count: 2, undo });
  });

  it('compares fields by identity, so an equal but new array is a change', () => {
    const { result, rerender } = renderHook(
      (props: { list: number[] }) => useStableObject({ list: props.list }),
      { initialProps: { list: [1] } },
    );
    const first = result.current;
    rerender({ list: [1] });
    expect(result.current).not.toBe(first);
  });
});
