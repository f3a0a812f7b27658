import type { Row } from '../../matrix/model';
import { setCell, withLetters, withoutLetters } from '../cell-edits';
import { type Finding, NO_FINDINGS, type RowFacts, type RowRule, type RuleContext } from '../rule';
import type { MatrixFix } from '../types';
import { holdersOf, internalParties, partiesWhere, type RowCells, rowCells } from './helpers';

// Accountability: every row answers to exactly one party, and a decision has a decider.

// The fix that gives party `index` the letter A; `label` words it from the party's name.
function makeAccountable(
  facts: RowCells,
  context: RuleContext,
  index: number,
  label: (party: string) => string,
) {
  const party = context.parties[index]?.party;
  return {
    label: label(party?.name ?? ''),
    changes: [setCell(facts.row.id, party?.id ?? '', withLetters(facts.cells[index], ['A']))],
  };
}

// The fix builders start from the row read again (`rowCells`), not from what the check
// computed: an issue keeps its builder as long as the host keeps the result.
function giveAccountable(facts: RowCells, context: RuleContext): MatrixFix[] {
  const letter = context.letterName('A');
  return holdersOf(facts, context.responsibleLetter).map((index) =>
    makeAccountable(facts, context, index, (party) =>
      context.messages.fixes.giveLetter({ party, letter }),
    ),
  );
}

function keepOneAccountable(facts: RowCells, context: RuleContext): MatrixFix[] {
  const letter = context.letterName('A');
  const holders = holdersOf(facts, 'A');
  return holders.map((keep) => ({
    label: context.messages.fixes.keepLetter({
      party: context.parties[keep]?.party.name ?? '',
      letter,
    }),
    changes: holders
      .filter((other) => other !== keep)
      .map((other) =>
        setCell(
          facts.row.id,
          context.parties[other]?.party.id ?? '',
          withoutLetters(facts.cells[other], (held) => held === 'A'),
        ),
      ),
  }));
}

function missing(facts: RowFacts, context: RuleContext): Finding {
  const { row } = facts;
  return {
    message: context.messages['accountable-exactly-one']({
      row: row.name,
      parties: [],
      letter: context.letterName('A'),
    }),
    rowIds: [row.id],
    partyIds: [],
    fixes: () => giveAccountable(rowCells(row, context), context),
  };
}

// The most frequent issue of a messy import, so its names and ids come from one pass over the
// row, in lists sized by the count the facts already hold.
function several(facts: RowFacts, context: RuleContext): Finding {
  const { row, cells } = facts;
  const names = new Array<string>(facts.accountable);
  const ids = new Array<string>(facts.accountable);
  let n = 0;
  for (let index = 0; index < cells.length; index++) {
    if (!cells[index]?.roles.includes('A')) continue;
    const party = context.parties[index]?.party;
    names[n] = party?.name ?? '';
    ids[n++] = party?.id ?? '';
  }
  names.length = ids.length = n;
  return {
    message: context.messages['accountable-exactly-one']({
      row: row.name,
      parties: names,
      letter: context.letterName('A'),
    }),
    rowIds: [row.id],
    partyIds: ids,
    fixes: () => keepOneAccountable(rowCells(row, context), context),
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

function noDecider(row: Row, context: RuleContext): Finding {
  return {
    message: context.messages['decision-needs-decider']({
      row: row.name,
      letter: context.letterName('A'),
    }),
    rowIds: [row.id],
    partyIds: [],
    fixes: () => {
      const cells = rowCells(row, context);
      const inRow = partiesWhere(cells, (cell) => cell.roles.length > 0);
      const candidates = inRow.length > 0 ? inRow : internalParties(context);
      return candidates.map((index) =>
        makeAccountable(cells, context, index, (party) =>
          context.messages.fixes.makeDecider({ party }),
        ),
      );
    },
  };
}

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
    return [noDecider(facts.row, context)];
  },
};
