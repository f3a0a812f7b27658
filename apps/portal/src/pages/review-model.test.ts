import type { Matrix } from '@tandem/core';
import { diffMatrices, scopeDrift } from '@tandem/core/io';
import { describe, expect, it } from 'vitest';
import type { MatrixVersion } from '../api/types';
import { reviewFileName, reviewMarkdown } from './review-markdown';
import {
  compareCells,
  defaultBeforeVersion,
  findingCountWords,
  reviewConditions,
  reviewQuarters,
  versionLabel,
} from './review-model';

const parties: Matrix['parties'] = [
  { id: 'it', name: 'Internal IT', side: 'internal' },
  { id: 'msp', name: 'MSP *desk*', side: 'provider' },
];
const withCells = (cells: Matrix['rows'][number]['cells']): Matrix => ({
  variant: 'raci',
  parties,
  categories: [{ id: 'infra', name: 'Infrastructure' }],
  rows: [{ id: 'patching', name: 'Server patching', categoryId: 'infra', kind: 'task', cells }],
});
const before = withCells({ it: { roles: ['R', 'A'] }, msp: { roles: ['C'] } });
const after = withCells({ it: { roles: ['A'] }, msp: { roles: ['R'], qualifier: 'after-hours' } });

const version = (n: number, label?: string): MatrixVersion => ({
  version: n,
  savedAt: `2026-0${n}-01T10:00:00Z`,
  savedBy: 'Dana',
  matrix: before,
  ...(label === undefined ? {} : { label }),
});

describe('defaultBeforeVersion', () => {
  it('takes the newest version labelled quarterly, in any case', () => {
    const versions = [version(5, 'Q2 Quarterly review'), version(3, 'Q1 quarterly'), version(7)];
    expect(defaultBeforeVersion(versions)?.version).toBe(5);
  });
  it('falls back to the oldest version, and to nothing without versions', () => {
    expect(defaultBeforeVersion([version(7), version(2, 'Hand-over')])?.version).toBe(2);
    expect(defaultBeforeVersion([])).toBeUndefined();
  });
});

describe('versionLabel', () => {
  it('names a version by its label, or by its date when it has none', () => {
    const date = (iso: string) => iso.slice(0, 10);
    expect(versionLabel(version(3, 'Q3 review'), date)).toBe('v3 — Q3 review by Dana');
    expect(versionLabel(version(5), date)).toBe('v5 — 2026-05-01 by Dana');
  });
});

describe('given a row whose Responsible moved to the MSP', () => {
  const findings = scopeDrift(before, after);

  it('compares every party holding something, with its qualifier', () => {
    const [finding] = findings;
    expect(finding && compareCells(finding, before, after)).toEqual([
      { partyId: 'it', party: 'Internal IT', before: 'R, A', after: 'A' },
      { partyId: 'msp', party: 'MSP *desk*', before: 'C', after: 'R (after-hours)' },
    ]);
    expect(findingCountWords(findings)).toBe('1 finding: 1 high, 0 medium, 0 low');
  });

  it('exports the findings as Markdown with names escaped', () => {
    const text = reviewMarkdown({
      beforeLabel: 'v3',
      afterLabel: 'Current draft',
      before,
      after,
      findings,
      diff: diffMatrices(before, after),
      unsaved: true,
    });
    expect(text).toContain('# Quarterly review: v3 → Current draft');
    expect(text).toContain('(includes unsaved edits)');
    expect(text).toContain('### High (1)');
    expect(text).toContain('| MSP \\*desk\\* | C | R (after-hours) |');
    expect(text).toContain('Cell changes: 2');
  });

  it('says there is no drift when the versions agree', () => {
    const text = reviewMarkdown({
      beforeLabel: 'v3',
      afterLabel: 'v3',
      before,
      after: before,
      findings: [],
      diff: diffMatrices(before, before),
    });
    expect(text).toContain('No scope drift between the two versions.');
  });
});

describe('reviewFileName', () => {
  it('keeps the file name to safe characters', () => {
    expect(reviewFileName('v3', 'draft')).toBe('quarterly-review-v3-to-draft.md');
  });
});

describe('the quarters the review covers', () => {
  const asOf = Date.parse('2026-11-24T20:00:00Z');

  it('cuts this quarter at the PSA clock and compares it with the whole quarter before', () => {
    const [current, last] = reviewQuarters(asOf);
    expect(current).toEqual({
      key: 'this',
      label: 'This quarter (Q4 2026, to date)',
      period: { from: Date.UTC(2026, 9, 1), to: asOf },
      previous: { from: Date.UTC(2026, 6, 1), to: Date.UTC(2026, 9, 1) },
    });
    expect(last).toEqual({
      key: 'last',
      label: 'Last quarter (Q3 2026)',
      period: { from: Date.UTC(2026, 6, 1), to: Date.UTC(2026, 9, 1) },
      previous: { from: Date.UTC(2026, 3, 1), to: Date.UTC(2026, 6, 1) },
    });
  });

  it('names quarters across a year boundary', () => {
    const [current, last] = reviewQuarters(Date.UTC(2027, 1, 10));
    expect(current.label).toBe('This quarter (Q1 2027, to date)');
    expect(last.label).toBe('Last quarter (Q4 2026)');
    expect(last.period).toEqual({ from: Date.UTC(2026, 9, 1), to: Date.UTC(2027, 0, 1) });
  });

  it('asks ConnectWise for the tickets entered since last quarter began', () => {
    expect(reviewConditions(asOf)).toBe('dateEntered>=[2026-07-01T00:00:00.000Z]');
  });
});
