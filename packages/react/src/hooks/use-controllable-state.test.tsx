import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useControllableState } from './use-controllable-state';

afterEach(() => vi.restoreAllMocks());

describe('useControllableState', () => {
  describe('given no value (uncontrolled)', () => {
    it('starts from defaultValue and keeps its own updates', () => {
      const onChange = vi.fn();
      const { result } = renderHook(() => useControllableState({ defaultValue: 1, onChange }));
      act(() => result.current[1]((n) => n + 1));
      expect(result.current[0]).toBe(2);
      expect(onChange).toHaveBeenCalledWith(2);
    });
  });

  describe('given a value (controlled)', () => {
    it('shows the value and only reports updates to the parent', () => {
      const onChange = vi.fn();
      const { result } = renderHook(() =>
        useControllableState({ value: 5, defaultValue: 0, onChange }),
      );
      act(() => result.current[1](6));
      expect(result.current[0]).toBe(5);
      expect(onChange).toHaveBeenCalledWith(6);
    });

    it('passes extra details through to onChange', () => {
      const onChange = vi.fn();
      const { result } = renderHook(() =>
        useControllableState<number, [string[]]>({ value: 5, defaultValue: 0, onChange }),
      );
      act(() => result.current[1](7, ['set-cell']));
      expect(onChange).toHaveBeenCalledWith(7, ['set-cell']);
    });

    it('does not report an update that changes nothing', () => {
      const onChange = vi.fn();
      const { result } = renderHook(() =>
        useControllableState({ value: 5, defaultValue: 0, onChange }),
      );
      act(() => result.current[1](5));
      expect(onChange).not.toHaveBeenCalled();
    });
  });

  it('warns once when a component switches from uncontrolled to controlled', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { rerender } = renderHook(
      ({ value }: { value: number | undefined }) =>
        useControllableState({ value, defaultValue: 0, name: 'ResponsibilityMatrix' }),
      { initialProps: { value: undefined as number | undefined } },
    );
    rerender({ value: 3 });
    rerender({ value: undefined });
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toMatch(/ResponsibilityMatrix switched from uncontrolled/);
  });
});
