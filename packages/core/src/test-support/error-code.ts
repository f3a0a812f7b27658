import { isTandemError } from '../errors';

/** The code of the TandemError `run` throws, `'not a TandemError'`, or `'no error'`. */
export function errorCodeOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return isTandemError(error) ? error.code : 'not a TandemError';
  }
  return 'no error';
}
