import { type ChangeRefusal, refuse } from './change-error';
import { idProblem } from './ids';

/** The longest name accepted for a row, party or category. */
export const MAX_NAME_LENGTH = 500;

/** Refuses an id that is malformed or already taken in `list`. */
export function checkNewId(
  list: readonly { id: string }[],
  id: unknown,
  field: string,
  what: string,
): ChangeRefusal | undefined {
  const problem = idProblem(id);
  if (problem)
    return refuse(
      problem.startsWith('is a name') ? 'reserved_id' : 'invalid_change',
      field,
      `A ${what} id ${problem}.`,
    );
  if (list.some((item) => item.id === id)) {
    return refuse('duplicate_id', field, `Another ${what} already has the id "${String(id)}".`);
  }
  return undefined;
}

/** Refuses a name that is not non-blank text of reasonable length. */
export function checkName(name: unknown, field: string, what: string): ChangeRefusal | undefined {
  if (typeof name !== 'string' || name.trim() === '') {
    return refuse('invalid_change', field, `A ${what} needs a name.`);
  }
  if (name.length > MAX_NAME_LENGTH) {
    return refuse(
      'invalid_change',
      field,
      `A ${what} name must be at most ${MAX_NAME_LENGTH} characters.`,
    );
  }
  return undefined;
}
