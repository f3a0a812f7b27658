import type { MatrixChange } from '../../matrix/changes';
import { isRoleLetter, type RoleLetter } from '../../matrix/roles';
import { setCell, withLetters, withoutLetters } from '../cell-edits';
import { type Finding, NO_FINDINGS, type RowFacts, type RowRule, type RuleContext } from '../rule';
import type { MatrixFix } from '../types';

// R and D name the same part (who does the work) in RACI/RASCI and in DACI, so after a variant
// switch the natural repair is to rename the letter rather than lose the assignment.
const COUNTERPART: Partial<Record<RoleLetter, RoleLetter>> = { R: 'D', D: 'R' };

function foreignLetterFindings(facts: RowFacts, context: RuleContext): readonly Finding[] {
  const { variant } = context.matrix;
  const { row } = facts;
  const findings: Finding[] = [];
  facts.cells.forEach((cell, index) => {
    if (cell === undefined) return;
    // `: boolean` stops TypeScript from inferring a `never` type predicate from the negated guard.
    const foreign = cell.roles.filter((letter): boolean => !isRoleLetter(letter, variant));
    if (foreign.length === 0) return;
    const party = context.parties[index]?.party;
    const partyId = party?.id ?? '';
    const name = party?.name ?? '';
    const fixes = () => {
      const found: MatrixFix[] = [
        {
          label: context.messages.fixes.removeLetters({ party: name, letters: foreign }),
          changes: [
            setCell(
              row.id,
              partyId,
              withoutLetters(cell, (l) => foreign.includes(l)),
            ),
          ],
        },
      ];
      for (const letter of foreign) {
        const to = COUNTERPART[letter];
        if (to === undefined || !isRoleLetter(to, variant)) continue;
        // Keeps the qualifier: "overflow only" R becomes "overflow only" D.
        const kept = cell.roles.filter((l) => !foreign.includes(l));
        const change: MatrixChange = setCell(
          row.id,
          partyId,
          withLetters({ ...cell, roles: kept }, [to]),
        );
        found.push({
          label: context.messages.fixes.replaceLetter({ party: name, from: letter, to }),
          changes: [change],
        });
      }
      return found;
    };
    findings.push({
      message: context.messages['variant-letters']({
        row: row.name,
        party: name,
        letters: foreign,
        variant: variant.toUpperCase(),
      }),
      rowIds: [row.id],
      partyIds: [partyId],
      fixes,
    });
  });
  return findings;
}

/**
 * `variant-letters` (error): a cell holds a letter its matrix's variant does not use, such as S
 * in a RACI matrix or R in a DACI one (left behind by a variant switch or an import). One issue
 * per cell; the fix removes the letters, and where the letter has a counterpart in the variant
 * (R ↔ D) a second fix renames it.
 *
 * @example
 * validateMatrix({ ...matrix, variant: 'raci' }).issues.filter((i) => i.ruleId === 'variant-letters');
 */
export const variantLetters: RowRule = {
  id: 'variant-letters',
  scope: 'row',
  severity: 'error',
  description: "Cells hold only letters of the matrix's variant.",
  check(facts, context) {
    if (!facts.foreignLetters) return NO_FINDINGS;
    return foreignLetterFindings(facts, context);
  },
};
