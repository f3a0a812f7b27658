import type { MatrixChange } from '../../matrix/changes';
import type { PartySide } from '../../matrix/model';
import {
  type Finding,
  type MatrixScopeRule,
  NO_FINDINGS,
  type PartyInfo,
  type RuleContext,
} from '../rule';
import type { MatrixFix } from '../types';

/**
 * Threshold of `single-point-of-failure`.
 *
 * @example
 * const lenient: SinglePointOptions = { maxRows: 12 };
 */
export interface SinglePointOptions {
  /** Rows a party may carry alone before warning. Default 6. */
  readonly maxRows: number;
  /**
   * Sides whose parties are judged. Default internal and business: the failure co-management
   * fears is the one internal person everything waits on, while a provider answers with a bench.
   */
  readonly sides: readonly PartySide[];
}

/**
 * Thresholds of `overloaded-party`.
 *
 * @example
 * const strict: OverloadOptions = { maxShare: 0.5, minRows: 8 };
 */
export interface OverloadOptions {
  /** Share of rows a party may be Responsible in, as a fraction. Default 0.6. */
  readonly maxShare: number;
  /** Matrices with fewer rows are too small to judge. Default 10. */
  readonly minRows: number;
}

function soleFinding(
  context: RuleContext<SinglePointOptions>,
  index: number,
  rowIds: readonly string[],
): Finding {
  const info = context.parties[index] as PartyInfo;
  const letter = context.responsibleLetter;
  const letterName = context.letterName(letter);
  const fixes: MatrixFix[] = [];
  context.parties.forEach((other, o) => {
    if (o === index || other.lane !== info.lane) return;
    const share: MatrixChange = {
      type: 'bulkAssign',
      rowIds,
      partyId: other.party.id,
      roles: [letter],
      mode: 'add',
    };
    fixes.push({
      label: context.messages.fixes.shareRows({
        party: info.party.name,
        with: other.party.name,
        rows: rowIds.length,
        letter: letterName,
      }),
      changes: [share],
    });
  });
  return {
    message: context.messages['single-point-of-failure']({
      party: info.party.name,
      rows: rowIds.length,
      letter: letterName,
    }),
    rowIds,
    partyIds: [info.party.id],
    fixes,
  };
}

/**
 * `single-point-of-failure` (warning): one party is the only Responsible (Driver in DACI) in
 * more than `maxRows` rows (default 6): it is stretched thin, and one absence stalls all of
 * them. Only parties on `sides` are judged (default internal and business; add `'provider'` to
 * judge MSP teams too). Any second holder of the letter, even "overflow only", counts as
 * cover. The fixes share those rows with another party on the same side (one `bulkAssign`
 * each).
 *
 * @example
 * validateMatrix(matrix, { rules: { 'single-point-of-failure': { options: { maxRows: 10 } } } });
 */
export const singlePointOfFailure: MatrixScopeRule<SinglePointOptions> = {
  id: 'single-point-of-failure',
  scope: 'matrix',
  severity: 'warning',
  description: 'No party is the only Responsible party in many rows.',
  defaults: { maxRows: 6, sides: ['internal', 'business'] },
  check(facts, context) {
    const { maxRows, sides } = context.options;
    if (!facts.soleResponsibleRows.some((count) => count > maxRows)) return NO_FINDINGS;
    const findings: Finding[] = [];
    context.parties.forEach((info, index) => {
      if ((facts.soleResponsibleRows[index] ?? 0) <= maxRows) return;
      if (!sides.includes(info.party.side)) return;
      const rowIds = facts.soleResponsibleRowIds(index);
      // Rebuilt only when this party's rows change: the rule runs on every edit.
      const deps = [rowIds, context.parties, context.messages, context.responsibleLetter];
      findings.push(
        facts.memo(`single-point-of-failure/${index}`, deps, () =>
          soleFinding(context, index, rowIds),
        ),
      );
    });
    return findings;
  },
};

/**
 * `overloaded-party` (info): a party is Responsible (Driver in DACI) in more than `maxShare` of
 * the rows (default 60%), in a matrix of at least `minRows` rows (default 10). Often fine for
 * an MSP running operations, worth a look for a one-person internal team. Rebalancing is a
 * judgement call, so it offers no fix.
 *
 * @example
 * validateMatrix(matrix, { rules: { 'overloaded-party': { severity: 'warning', options: { maxShare: 0.5 } } } });
 */
export const overloadedParty: MatrixScopeRule<OverloadOptions> = {
  id: 'overloaded-party',
  scope: 'matrix',
  severity: 'info',
  description: 'No party is Responsible in most rows.',
  defaults: { maxShare: 0.6, minRows: 10 },
  check(facts, context) {
    const { maxShare, minRows } = context.options;
    const total = facts.rows.length;
    if (total < minRows) return NO_FINDINGS;
    const over = (count: number | undefined) => (count ?? 0) > maxShare * total;
    if (!facts.responsibleRows.some(over)) return NO_FINDINGS;
    const letter = context.responsibleLetter;
    const findings: Finding[] = [];
    context.parties.forEach((info, index) => {
      if (!over(facts.responsibleRows[index])) return;
      const rowIds = facts.responsibleRowIds(index);
      findings.push({
        message: context.messages['overloaded-party']({
          party: info.party.name,
          rows: rowIds.length,
          total,
          letter: context.letterName(letter),
        }),
        rowIds,
        partyIds: [info.party.id],
        fixes: [],
      });
    });
    return findings;
  },
};
