import { useCallback, useRef, useState } from 'react';

/** A new value, or a function from the current value to the new one (TanStack's `Updater`). */
export type Updater<T> = T | ((previous: T) => T);

/** Options of {@link useControllableState}. */
export interface UseControllableStateOptions<T> {
  /** The controlled value; `undefined` means the component is uncontrolled. */
  value?: T | undefined;
  /** The starting value when uncontrolled. */
  defaultValue: T;
  /** Called with every new value, controlled or not. Extra arguments are passed through. */
  onChange?: ((value: T, ...details: never[]) => void) | undefined;
  /** Names the component in the warning about switching modes. */
  name?: string;
}

/**
 * State that a parent may control (`value` + `onChange`) or leave to the component
 * (`defaultValue`), as Radix components do. Warns once when a component switches between the
 * two, which is always a bug in the host.
 *
 * @example
 * const [matrix, setMatrix] = useControllableState({ value, defaultValue, onChange: onValueChange });
 * setMatrix((previous) => applyMatrixChanges(previous, changes));
 */
export function useControllableState<T, Details extends unknown[] = []>(
  options: Omit<UseControllableStateOptions<T>, 'onChange'> & {
    onChange?: ((value: T, ...details: Details) => void) | undefined;
  },
): [T, (next: Updater<T>, ...details: Details) => void] {
  const { value, defaultValue, onChange, name = 'A Tandem component' } = options;
  const [uncontrolled, setUncontrolled] = useState(defaultValue);
  const isControlled = value !== undefined;
  const current = isControlled ? (value as T) : uncontrolled;

  const wasControlled = useRef(isControlled);
  const warned = useRef(false);
  if (wasControlled.current !== isControlled && !warned.current) {
    warned.current = true;
    console.warn(
      `[tandem] ${name} switched from ${wasControlled.current ? 'controlled' : 'uncontrolled'} to ${
        isControlled ? 'controlled' : 'uncontrolled'
      }. Pass either \`value\` for its whole life or \`defaultValue\`, not both in turn.`,
    );
  }
  wasControlled.current = isControlled;

  // Read the latest value through a ref so the setter keeps one identity across renders.
  const latest = useRef(current);
  latest.current = current;
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;

  const setValue = useCallback(
    (next: Updater<T>, ...details: Details) => {
      const resolved =
        typeof next === 'function' ? (next as (previous: T) => T)(latest.current) : next;
      if (Object.is(resolved, latest.current)) return;
      latest.current = resolved;
      if (!isControlled) setUncontrolled(resolved);
      onChangeRef.current?.(resolved, ...details);
    },
    [isControlled],
  );

  return [current, setValue];
}
