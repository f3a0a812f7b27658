import { describe, expect, it } from 'vitest';
import { applyMatrixChanges } from '../matrix/apply';
import type { MatrixChange } from '../matrix/changes';
import type { Matrix } from '../matrix/model';
import { sampleMatrix } from '../test-support/sample-matrix';
import { NO_FINDINGS, type RowRule } from './rule';
import { validateMatrix } from './validate-matrix';
import { createMatrixValidator } from './validator';

// The sample matrix as it is: two helpdesk rows, two security rows, a backup decision.
const base = sampleMatrix;

function apply(matrix: Matrix, changes: MatrixChange[]): Matrix {
  const result = applyMatrixChanges(matrix, changes);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

// A row rule that records which rows it was asked about.
function spyRule(seen: string[]): RowRule {
  return {
    id: 'spy',
    scope: 'row',
    severity: 'info',
    description: 'Records the rows it checks.',
    check(facts) {
      seen.push(facts.row.id);
      return NO_FINDINGS;
    },
  };
}

describe('createMatrixValidator', () => {
  it('validates like validateMatrix', () => {
    expect(createMatrixValidator().validate(base)).toEqual(validateMatrix(base));
  });

  it('re-checks only the row a cell change touches', () => {
    const seen: string[] = [];
    const validator = createMatrixValidator({ customRules: [spyRule(seen)] });
    validator.validate(base);
    seen.length = 0;
    const change: MatrixChange = {
      type: 'setCell',
      rowId: 'onboarding',
      partyId: 'it',
      cell: null,
    };
    const next = apply(base, [change]);
    const result = validator.update(next, [change]);
    expect(seen).toEqual(['onboarding']);
    expect(result).toEqual(validateMatrix(next, { customRules: [spyRule([])] }));
  });

  it('adds an issue when an edit breaks a row and drops it when the edit is undone', () => {
    const validator = createMatrixValidator();
    const before = validator.validate(base);
    const breakIt: MatrixChange = {
      type: 'setCell',
      rowId: 'tier1',
      partyId: 'msp',
      cell: { roles: ['A'] },
    };
    const broken = apply(base, [breakIt]);
    const after = validator.update(broken, [breakIt]);
    expect(after.issues.map((issue) => issue.ruleId)).toContain('accountable-exactly-one');
    const undo: MatrixChange = {
      type: 'setCell',
      rowId: 'tier1',
      partyId: 'msp',
      cell: { roles: ['R'], qualifier: 'overflow' },
    };
    expect(validator.update(apply(broken, [undo]), [undo])).toEqual(before);
  });

  it('keeps matrix-wide totals right as rows change hands', () => {
    const validator = createMatrixValidator({
      rules: { 'single-point-of-failure': { options: { maxRows: 1 } } },
    });
    validator.validate(base);
    const change: MatrixChange = {
      type: 'bulkAssign',
      rowIds: ['tier1', 'patching'],
      partyId: 'ceo',
      roles: ['R'],
      mode: 'add',
    };
    const next = apply(base, [change]);
    expect(validator.update(next, [change])).toEqual(
      validateMatrix(next, { rules: { 'single-point-of-failure': { options: { maxRows: 1 } } } }),
    );
  });

  it('follows rows that are added, moved and removed', () => {
    const validator = createMatrixValidator();
    validator.validate(base);
    const steps: MatrixChange[][] = [
      [
        {
          type: 'addRow',
          row: { id: 'new', name: 'New', categoryId: 'helpdesk', kind: 'decision', cells: {} },
          index: 0,
        },
      ],
      [{ type: 'moveRows', rowIds: ['siem', 'tier1'], categoryId: 'backup', index: 1 }],
      [{ type: 'moveCategory', categoryId: 'security', toIndex: 0 }],
      [{ type: 'removeRow', rowId: 'patching' }],
      [
        { type: 'renameRow', rowId: 'onboarding', name: 'Onboarding' },
        { type: 'updateRow', rowId: 'onboarding', patch: { tags: ['compliance'] } },
      ],
    ];
    let matrix = base;
    for (const changes of steps) {
      matrix = apply(matrix, changes);
      expect(validator.update(matrix, changes)).toEqual(validateMatrix(matrix));
    }
  });

  it('reruns everything when parties or the variant change', () => {
    const seen: string[] = [];
    const validator = createMatrixValidator({ customRules: [spyRule(seen)] });
    validator.validate(base);
    seen.length = 0;
    const change: MatrixChange = {
      type: 'updateParty',
      partyId: 'msp',
      patch: { name: 'Contoso MSP' },
    };
    const next = apply(base, [change]);
    const result = validator.update(next, [change]);
    expect(seen).toEqual(['tier1', 'onboarding', 'siem', 'patching', 'backup-storage']);
    expect(result).toEqual(validateMatrix(next, { customRules: [spyRule([])] }));
  });

  it('validates from scratch when update comes first', () => {
    const change: MatrixChange = { type: 'renameRow', rowId: 'tier1', name: 'Desk' };
    const next = apply(base, [change]);
    expect(createMatrixValidator().update(next, [change])).toEqual(validateMatrix(next));
  });

  it('leaves earlier results untouched', () => {
    const validator = createMatrixValidator();
    const first = validator.validate(base);
    const snapshot = structuredClone(first);
    const change: MatrixChange = {
      type: 'setCell',
      rowId: 'siem',
      partyId: 'msp',
      cell: { roles: ['R'] },
    };
    validator.update(apply(base, [change]), [change]);
    expect(first).toEqual(snapshot);
  });
});
