import { useRef } from 'react';

/**
 * The object of the previous render for as long as every field is the same (`Object.is`), else
 * `next`: a hook's result keeps its identity through renders that change nothing in it, without
 * a hand-written dependency list that can fall behind the fields. The fields are compared, not
 * their contents, so each must keep its own identity while unchanged (memoised data, stable
 * callbacks): the memo policy in CONTRIBUTING.
 *
 * @example
 * return useStableObject({ value, undo, redo, canUndo, canRedo });
 */
export function useStableObject<T extends object>(next: T): T {
  const previous = useRef(next);
  const last = previous.current as Record<string, unknown>;
  const fields = Object.keys(next);
  const same =
    fields.length === Object.keys(last).length &&
    fields.every((field) => Object.is(last[field], (next as Record<string, unknown>)[field]));
  if (!same) previous.current = next;
  return previous.current;
}
