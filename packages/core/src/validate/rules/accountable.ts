import { setCell, withLetters, withoutLetters } from '../cell-edits';
import { type Finding, NO_FINDINGS, type RowFacts, type RowRule, type RuleContext } from '../rule';
import { holdersOf, internalParties, partiesWhere, partyIds, partyNames } from './helpers';

// Accountability: every row answers to exactly one party, and a decision has a decider.

function cellAt(facts: RowFacts, index: number) {
  return facts.cells[index];
}

// The fix that gives party `index` the letter A; `label` words it from the party's name.
function makeAccountable(
  facts: RowFacts,
  context: RuleContext,
  index: number,
  label: (party: string) => string,
) {
  const party = context.parties[index]?.party;
  return {
    label: label(party?.name ?? ''),
    changes: [setCell(facts.row.id, party?.id ?? '', withLetters(cellAt(facts, index), ['A']))],
  };
}

function missing(facts: RowFacts, context: RuleContext): Finding {
  const letter = context.letterName('A');
  return {
    message: context.messages['accountable-exactly-one']({
      row: facts.row.name,
      parties: [],
      letter,
    }),
    rowIds: [facts.row.id],
    partyIds: [],
    fixes: () =>
      holdersOf(facts, context.responsibleLetter).map((index) =>
        makeAccountable(facts, context, index, (party) =>
          context.messages.fixes.giveLetter({ party, letter }),
        ),
      ),
  };
}

function several(facts: RowFacts, context: RuleContext): Finding {
  const letter = context.letterName('A');
  const holders = holdersOf(facts, 'A');
  const ids = partyIds(context, holders);
  const names = partyNames(context, holders);
  return {
    message: context.messages['accountable-exactly-one']({
      row: facts.row.name,
      parties: names,
      letter,
    }),
    rowIds: [facts.row.id],
    partyIds: ids,
    fixes: () =>
      holders.map((keep, k) => ({
        label: context.messages.fixes.keepLetter({ party: names[k] ?? '', letter }),
        changes: holders
          .filter((other) => other !== keep)
          .map((other) =>
            setCell(
              facts.row.id,
              context.parties[other]?.party.id ?? '',
              withoutLetters(cellAt(facts, other), (held) => held === 'A'),
            ),
          ),
      })),
  };
}

/**
 * `accountable-exactly-one` (error): every row has exactly one Accountable party (the Approver
 * in DACI). With none, it offers to make each Responsible party accountable; with several, one
 * fix per holder keeps that one and takes A from the others. A decision with no decider is left
 * to `decision-needs-decider`, so it is reported once.
 *
 * @example
 * validateMatrix(matrix).issues.filter((issue) => issue.ruleId === 'accountable-exactly-one');
 */
export const accountableExactlyOne: RowRule = {
  id: 'accountable-exactly-one',
  scope: 'row',
  severity: 'error',
  description: 'Every row has exactly one Accountable party.',
  check(facts, context) {
    if (facts.accountable === 1) return NO_FINDINGS;
    if (facts.accountable > 1) return [several(facts, context)];
    return facts.row.kind === 'decision' ? NO_FINDINGS : [missing(facts, context)];
  },
};

/**
 * `decision-needs-decider` (error): a row of kind `decision` needs an Accountable party, who
 * makes the call. Fixes offer each party already in the row (or, in an empty row, each internal
 * party) as the decider.
 *
 * @example
 * validateMatrix(matrix, { rules: { 'decision-needs-decider': 'warning' } });
 */
export const decisionNeedsDecider: RowRule = {
  id: 'decision-needs-decider',
  scope: 'row',
  severity: 'error',
  description: 'A decision row names who decides: its Accountable party.',
  check(facts, context) {
    if (facts.row.kind !== 'decision' || facts.accountable > 0) return NO_FINDINGS;
    return [
      {
        message: context.messages['decision-needs-decider']({
          row: facts.row.name,
          letter: context.letterName('A'),
        }),
        rowIds: [facts.row.id],
        partyIds: [],
        fixes: () => {
          const inRow = partiesWhere(facts, (cell) => cell.roles.length > 0);
          const candidates = inRow.length > 0 ? inRow : internalParties(context);
          return candidates.map((index) =>
            makeAccountable(facts, context, index, (party) =>
              context.messages.fixes.makeDecider({ party }),
            ),
          );
        },
      },
    ];
  },
};
