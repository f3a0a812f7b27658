import type { Finding } from './rule';
import type { MatrixFix, MatrixIssue, Severity } from './types';

// Where a lazy issue keeps its fix builder, and then its fixes: a non-enumerable symbol, which
// `JSON.stringify`, `structuredClone`, object spread, `Object.keys` and deep-equality checks
// all pass over.
const FIXES = Symbol('tandem.fixes');

type Lazy = { [FIXES]: readonly MatrixFix[] | (() => readonly MatrixFix[]) };

// One getter shared by every lazy issue. V8 keeps objects fast only when their accessors are
// the same function; a getter per issue (an object literal's `get fixes()`) put every issue in
// dictionary mode, at ~450 bytes each, and garbage collection was the cost being cut.
function readFixes(this: Lazy): readonly MatrixFix[] {
  const held = this[FIXES];
  if (typeof held !== 'function') return held;
  const built = held();
  // A host may have frozen the issue; then its fixes are rebuilt on each read instead.
  Reflect.set(this, FIXES, built);
  return built;
}

const FIXES_SLOT: PropertyDescriptor = { writable: true, enumerable: false, configurable: true };
const FIXES_GETTER: PropertyDescriptor = { get: readFixes, enumerable: true, configurable: true };

/**
 * Turns a rule's finding into an issue: the rule id and severity first, then the finding's
 * fields, keys always in this one order, so results compare (and serialise) equal however they
 * were produced.
 *
 * When the finding defers its fixes (`fixes` is a function), the issue's `fixes` is an own,
 * enumerable getter that builds them on first read and keeps them. It reads like the data
 * property it stands for: `JSON.stringify`, `structuredClone`, `postMessage`, object spread
 * and deep-equality checks all see the same plain `fixes` array in the same place. Defining
 * the getter costs about a quarter of a microsecond; building a messy row's fixes eagerly cost
 * several microseconds and most of the garbage, and few fixes are ever read.
 *
 * @example
 * const issue = toIssue('accountable-exactly-one', 'error', finding);
 * JSON.stringify(issue); // {"ruleId":…,"severity":…,"message":…,"rowIds":…,"partyIds":…,"fixes":[…]}
 */
export function toIssue(ruleId: string, severity: Severity, finding: Finding): MatrixIssue {
  const { message, rowIds, partyIds, categoryIds, fixes } = finding;
  // A message built from template parts is a tree of string pieces until something reads it,
  // several times the size of its text. Reading it as a number makes V8 copy it flat (the
  // pieces become garbage at once), so a result with thousands of issues keeps a third of the
  // memory; the number itself is thrown away.
  Number(message);
  if (typeof fixes !== 'function') {
    return categoryIds === undefined
      ? { ruleId, severity, message, rowIds, partyIds, fixes }
      : { ruleId, severity, message, rowIds, partyIds, categoryIds, fixes };
  }
  const issue =
    categoryIds === undefined
      ? { ruleId, severity, message, rowIds, partyIds }
      : { ruleId, severity, message, rowIds, partyIds, categoryIds };
  FIXES_SLOT.value = fixes;
  Object.defineProperty(issue, FIXES, FIXES_SLOT);
  FIXES_SLOT.value = undefined;
  Object.defineProperty(issue, 'fixes', FIXES_GETTER);
  return issue as MatrixIssue;
}
