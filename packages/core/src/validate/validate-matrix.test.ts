import { describe, expect, it } from 'vitest';
import { isTandemError } from '../errors';
import { sampleMatrix } from '../test-support/sample-matrix';
import { type MatrixRule, NO_FINDINGS } from './rule';
import { CEO, IT, MSP, only, testMatrix } from './test-matrix';
import { validateMatrix } from './validate-matrix';

const messy = testMatrix({
  parties: [IT, MSP, CEO],
  categories: [
    { id: 'ops', name: 'Operations' },
    { id: 'empty', name: 'Later' },
  ],
  rows: [
    { id: 'a', name: 'Alpha', cells: { it: 'A', msp: 'A' } },
    { id: 'b', name: 'Beta', cells: { it: 'RA' } },
    { id: 'c', name: 'Gamma', kind: 'decision', cells: { msp: 'C' } },
    { id: 'd', name: 'Delta', cells: { msp: 'C' } },
  ],
});

describe('validateMatrix', () => {
  it('lists issues row by row in rule order, then matrix-wide issues', () => {
    const { issues } = validateMatrix(messy);
    expect(
      issues.map((issue) => [
        issue.ruleId,
        issue.rowIds[0] ?? issue.partyIds[0] ?? issue.categoryIds?.[0],
      ]),
    ).toEqual([
      ['accountable-exactly-one', 'a'],
      ['responsible-required', 'a'],
      ['decision-needs-decider', 'c'],
      ['accountable-exactly-one', 'd'],
      ['responsible-required', 'd'],
      ['empty-party', 'ceo'],
      ['empty-category', 'empty'],
    ]);
  });

  it('summarises by severity and by rule', () => {
    expect(validateMatrix(messy).summary).toEqual({
      errors: 5,
      warnings: 0,
      infos: 2,
      total: 7,
      byRule: {
        'accountable-exactly-one': 2,
        'decision-needs-decider': 1,
        'responsible-required': 2,
        'empty-party': 1,
        'empty-category': 1,
      },
    });
  });

  it('finds nothing wrong with a clean matrix', () => {
    const clean = testMatrix({ rows: [{ id: 'desk', cells: { it: 'RA', msp: 'I' } }] });
    expect(validateMatrix(clean)).toEqual({
      issues: [],
      summary: { errors: 0, warnings: 0, infos: 0, total: 0, byRule: {} },
    });
  });

  it('reads the sample matrix the way a reviewer would: two of five rows are joint', () => {
    const { issues } = validateMatrix(sampleMatrix);
    expect(issues.map((issue) => [issue.ruleId, issue.rowIds])).toEqual([
      ['too-many-joint-rows', ['patching', 'backup-storage']],
    ]);
    expect(issues[0]?.message).toBe(
      '2 of 5 rows are joint (the limit is 3 rows or 25%): work both sides own tends to be owned by neither.',
    );
  });

  it('is safe with ids that name Object.prototype members', () => {
    const matrix = testMatrix({
      parties: [{ id: 'constructor', name: 'Constructor Ltd', side: 'provider' }],
      rows: [{ id: 'toString', name: 'Odd row', cells: { constructor: 'R' } }],
    });
    expect(validateMatrix(matrix).issues.map((issue) => issue.message)).toEqual([
      "'Odd row' has no Accountable party.",
    ]);
  });

  it('never modifies the matrix it checks', () => {
    const frozen = structuredClone(messy);
    validateMatrix(messy);
    expect(messy).toEqual(frozen);
  });
});

describe('configuring rules', () => {
  it('switches a rule off', () => {
    const { summary } = validateMatrix(messy, {
      rules: { 'empty-party': 'off', 'empty-category': 'off' },
    });
    expect(summary.infos).toBe(0);
  });

  it('overrides a severity, alone or with options', () => {
    const { issues } = validateMatrix(messy, {
      rules: { 'empty-party': 'error', 'responsible-required': { severity: 'warning' } },
    });
    expect(
      issues.filter((issue) => issue.ruleId === 'empty-party').map((issue) => issue.severity),
    ).toEqual(['error']);
    expect(
      issues
        .filter((issue) => issue.ruleId === 'responsible-required')
        .map((issue) => issue.severity),
    ).toEqual(['warning', 'warning']);
  });

  it('refuses a rule id it does not know, naming the known ones', () => {
    expect(() => validateMatrix(messy, { rules: { 'accountable-exactly-on': 'off' } })).toThrow(
      /\[tandem\] E304: options.rules names "accountable-exactly-on", which is no rule; known rules: accountable-exactly-one/,
    );
  });

  it('refuses a severity that does not exist', () => {
    try {
      validateMatrix(messy, { rules: { 'empty-party': 'fatal' as 'error' } });
      expect.unreachable();
    } catch (error) {
      expect(isTandemError(error) && error.code).toBe('E303');
    }
  });
});

describe('custom rules', () => {
  const needsDescription: MatrixRule = {
    id: 'row-needs-description',
    scope: 'row',
    severity: 'info',
    description: 'Every row explains itself.',
    check: (facts) =>
      facts.row.description
        ? NO_FINDINGS
        : [
            {
              message: `'${facts.row.name}' has no description.`,
              rowIds: [facts.row.id],
              partyIds: [],
              fixes: [],
            },
          ],
  };
  const rowLimit: MatrixRule = {
    id: 'row-limit',
    scope: 'matrix',
    severity: 'warning',
    description: 'Matrices stay short enough to review.',
    defaults: { max: 3 },
    check: (facts, context) =>
      facts.rows.length <= (context.options as { max: number }).max
        ? NO_FINDINGS
        : [{ message: `${facts.rows.length} rows.`, rowIds: [], partyIds: [], fixes: [] }],
  };

  it('runs row rules after the built-ins, row by row', () => {
    const { issues } = validateMatrix(messy, { customRules: [needsDescription], rules: only() });
    expect(issues.map((issue) => [issue.ruleId, issue.severity, issue.message])).toEqual([
      ['row-needs-description', 'info', "'Alpha' has no description."],
      ['row-needs-description', 'info', "'Beta' has no description."],
      ['row-needs-description', 'info', "'Gamma' has no description."],
      ['row-needs-description', 'info', "'Delta' has no description."],
    ]);
  });

  it('configures custom rules like built-ins: severity and options', () => {
    const run = (setting: object) =>
      validateMatrix(messy, { customRules: [rowLimit], rules: { ...only(), 'row-limit': setting } })
        .issues;
    expect(run({})).toMatchObject([
      { ruleId: 'row-limit', severity: 'warning', message: '4 rows.' },
    ]);
    expect(run({ severity: 'error', options: { max: 4 } })).toEqual([]);
    expect(run({ severity: 'error', options: { max: 2 } })).toMatchObject([{ severity: 'error' }]);
  });

  it('refuses a custom rule that reuses a built-in id or is not kebab-case', () => {
    expect(() =>
      validateMatrix(messy, { customRules: [{ ...rowLimit, id: 'empty-party' }] }),
    ).toThrow(/E302/);
    expect(() =>
      validateMatrix(messy, { customRules: [{ ...rowLimit, id: 'Row Limit' }] }),
    ).toThrow(/E301/);
  });
});

describe('messages', () => {
  it('takes issue messages and fix labels from the overrides', () => {
    const { issues } = validateMatrix(messy, {
      rules: only('empty-party'),
      messages: {
        'empty-party': ({ party }) => `${party} hat keine Rolle.`,
        fixes: { removeParty: ({ party }) => `${party} entfernen` },
      },
    });
    expect(issues.map((issue) => [issue.message, issue.fixes[0]?.label])).toEqual([
      ['Leadership hat keine Rolle.', 'Leadership entfernen'],
    ]);
  });

  it('keeps the default English for everything not overridden', () => {
    const { issues } = validateMatrix(messy, {
      rules: only('decision-needs-decider'),
      messages: { fixes: { removeParty: () => 'x' } },
    });
    expect(issues[0]?.message).toBe(
      "'Gamma' is a decision with no decider: no party is Accountable.",
    );
    expect(issues[0]?.fixes[0]?.label).toBe('Let Northwind MSP decide');
  });
});
