import type { Finding } from './rule';
import type { MatrixFix, MatrixIssue, Severity } from './types';

type HeldFixes = readonly MatrixFix[] | (() => readonly MatrixFix[]);

// Where a lazy issue keeps its fix builder, and then its fixes: a private field, stamped on the
// plain issue object by a constructor that returns the object it was given. The issue stays a
// plain object (its prototype is `Object.prototype`, no class is in the data), and a private
// field is invisible to `JSON.stringify`, `structuredClone`, spread, `Object.keys`, symbol
// listings and deep-equality checks alike. It is also cheap: adding it is an ordinary property
// add, where `Object.defineProperty` of a non-enumerable symbol slot went through the runtime
// and cost ~170 ns per issue, more than half of a lazy issue's price on a messy import.
class Stamp {
  constructor(target: object) {
    // biome-ignore lint/correctness/noConstructorReturn: the return override stamps a private field on a plain object.
    return target;
  }
}

class FixesSlot extends Stamp {
  #fixes: HeldFixes;

  constructor(issue: object, fixes: HeldFixes) {
    super(issue);
    this.#fixes = fixes;
  }

  // The one getter every lazy issue shares (V8 keeps objects fast only when their accessors
  // are the same function; a getter per issue put every issue in dictionary mode, at ~450
  // bytes each). It builds on first read and keeps the result; a private field can be written
  // even when a host froze the issue.
  // Called on the issue itself, which the constructor stamped: that is what `this` is.
  read(): readonly MatrixFix[] {
    const held = this.#fixes;
    if (typeof held !== 'function') return held;
    const built = held();
    this.#fixes = built;
    return built;
  }
}

const FIXES_GETTER: PropertyDescriptor = {
  get: FixesSlot.prototype.read,
  enumerable: true,
  configurable: true,
};

/**
 * Turns a rule's finding into an issue: the rule id and severity first, then the finding's
 * fields, keys always in this one order, so results compare (and serialise) equal however they
 * were produced.
 *
 * When the finding defers its fixes (`fixes` is a function), the issue's `fixes` is an own,
 * enumerable getter that builds them on first read and keeps them. It reads like the data
 * property it stands for: `JSON.stringify`, `structuredClone`, `postMessage`, object spread
 * and deep-equality checks all see the same plain `fixes` array in the same place. Defining
 * the getter costs about a tenth of a microsecond; building a messy row's fixes eagerly cost
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
  const issue: { -readonly [Key in keyof MatrixIssue]?: MatrixIssue[Key] } =
    categoryIds === undefined
      ? { ruleId, severity, message, rowIds, partyIds }
      : { ruleId, severity, message, rowIds, partyIds, categoryIds };
  if (typeof fixes !== 'function') issue.fixes = fixes;
  else {
    new FixesSlot(issue, fixes);
    Object.defineProperty(issue, 'fixes', FIXES_GETTER);
  }
  return issue as MatrixIssue;
}
