import { describe, expect, it } from 'vitest';
import type { Finding } from './rule';
import { toIssue } from './to-issue';
import type { MatrixFix } from './types';

const fix: MatrixFix = {
  label: 'Keep Internal IT accountable',
  changes: [{ type: 'setCell', rowId: 'backup', partyId: 'msp', cell: { roles: ['R'] } }],
};
const finding = (fixes: Finding['fixes']): Finding => ({
  message: "'Backup' has two Accountable parties: Internal IT and Northwind MSP.",
  rowIds: ['backup'],
  partyIds: ['it', 'msp'],
  fixes,
});

describe('toIssue', () => {
  it('gives a deferred issue the keys, JSON and clone of an eager one', () => {
    const eager = toIssue('accountable-exactly-one', 'error', finding([fix]));
    const lazy = toIssue(
      'accountable-exactly-one',
      'error',
      finding(() => [fix]),
    );
    expect(Object.keys(lazy)).toEqual([
      'ruleId',
      'severity',
      'message',
      'rowIds',
      'partyIds',
      'fixes',
    ]);
    expect(JSON.stringify(lazy)).toBe(JSON.stringify(eager));
    expect(structuredClone(lazy)).toEqual(eager);
    expect({ ...lazy }).toStrictEqual(eager);
    expect(lazy).toStrictEqual(eager);
  });

  it('keeps categoryIds before fixes', () => {
    const lazy = toIssue('empty-category', 'info', {
      ...finding(() => []),
      categoryIds: ['projects'],
    });
    expect(Object.keys(lazy).slice(-2)).toEqual(['categoryIds', 'fixes']);
  });

  it('builds the fixes once, on first read', () => {
    let builds = 0;
    const issue = toIssue(
      'accountable-exactly-one',
      'error',
      finding(() => {
        builds += 1;
        return [fix];
      }),
    );
    expect(builds).toBe(0);
    const first = issue.fixes;
    expect(issue.fixes).toBe(first);
    expect(builds).toBe(1);
  });

  it('still reads the fixes of an issue a host froze before reading them', () => {
    const issue = Object.freeze(
      toIssue(
        'accountable-exactly-one',
        'error',
        finding(() => [fix]),
      ),
    );
    expect(issue.fixes).toEqual([fix]);
    expect(issue.fixes).toEqual([fix]);
  });

  it('leaves a lazy issue a plain object: no class, symbols or hidden keys to copy', () => {
    const lazy = toIssue(
      'accountable-exactly-one',
      'error',
      finding(() => [fix]),
    );
    expect(Object.getPrototypeOf(lazy)).toBe(Object.prototype);
    expect(Object.getOwnPropertySymbols(lazy)).toEqual([]);
    expect(Reflect.ownKeys(lazy)).toEqual(Object.keys(lazy));
    expect(lazy.fixes).toEqual([fix]);
  });

  it('keeps the fixes of an eager finding as they were given', () => {
    const fixes = [fix];
    expect(toIssue('accountable-exactly-one', 'error', finding(fixes)).fixes).toBe(fixes);
  });
});
