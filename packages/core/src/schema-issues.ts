import type { Issue } from './result';

// zod (mini) ships no messages unless a locale is installed globally, which a library must not
// do to its host's zod. These say what was expected, in the house style.

interface RawIssue {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly message?: string;
  readonly expected?: string;
  readonly values?: readonly unknown[];
  readonly origin?: string;
  readonly minimum?: number | bigint;
  readonly maximum?: number | bigint;
  readonly keys?: readonly string[];
}

function describeValue(value: unknown): string {
  return typeof value === 'string' ? `"${value}"` : String(value);
}

function messageOf(issue: RawIssue): string {
  const unit = issue.origin === 'string' ? ' characters' : issue.origin === 'array' ? ' items' : '';
  switch (issue.code) {
    case 'invalid_type':
      return `Expected ${issue.expected ?? 'another type'}.`;
    case 'invalid_value':
      return `Expected one of ${(issue.values ?? []).map(describeValue).join(', ')}.`;
    case 'too_small':
      return issue.origin === 'string' && Number(issue.minimum) === 1
        ? 'Must not be empty.'
        : `Must have at least ${String(issue.minimum)}${unit}.`;
    case 'too_big':
      return `Must have at most ${String(issue.maximum)}${unit}.`;
    case 'invalid_union':
      return 'Does not match any accepted form.';
    case 'invalid_key':
      return 'Has a key that is not a valid id.';
    case 'unrecognized_keys':
      return `Unknown keys: ${(issue.keys ?? []).join(', ')}.`;
    default:
      return issue.message && issue.message !== 'Invalid input' ? issue.message : 'Invalid value.';
  }
}

/**
 * Turns schema issues into Tandem issues: string and number paths, a stable code, a message
 * people can read.
 *
 * @example
 * const parsed = matrixSchema.safeParse(input);
 * if (!parsed.success) return fail(toIssues(parsed.error.issues));
 */
export function toIssues(
  issues: readonly RawIssue[],
  prefix: readonly (string | number)[] = [],
): Issue[] {
  return issues.map((issue) => ({
    path: [...prefix, ...issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key))],
    code: issue.code,
    message: messageOf(issue),
  }));
}
