import type { Matrix } from '@tandem/core';
import { type DriftFinding, escapeMarkdownCell, type MatrixDiff } from '@tandem/core/io';
import { fileNameOf } from '../import-export/download';
import {
  compareCells,
  diffCounts,
  findingCountWords,
  groupBySeverity,
  SEVERITIES,
} from './review-model';

/**
 * What the Markdown export of a quarterly review is made from.
 *
 * @example
 * const input: ReviewMarkdownInput = { beforeLabel: 'v3', afterLabel: 'v7', before, after, findings, diff };
 */
export interface ReviewMarkdownInput {
  /** How the two versions are named, e.g. `v3 — Q3 2026 quarterly review by Dana`. */
  readonly beforeLabel: string;
  readonly afterLabel: string;
  readonly before: Matrix;
  readonly after: Matrix;
  readonly findings: readonly DriftFinding[];
  readonly diff: MatrixDiff;
  /** Whether "after" is a draft with edits not saved to the PSA yet. */
  readonly unsaved?: boolean;
}

const SEVERITY_TITLES = { high: 'High', medium: 'Medium', low: 'Low' } as const;

const row = (cells: readonly string[]) => `| ${cells.map(escapeMarkdownCell).join(' | ')} |`;

function findingLines(finding: DriftFinding, input: ReviewMarkdownInput): string[] {
  const cells = compareCells(finding, input.before, input.after);
  return [
    `- ${escapeMarkdownCell(finding.message)}`,
    '',
    `  ${row(['Party', 'Before', 'After'])}`,
    '  | --- | --- | --- |',
    ...cells.map((cell) => `  ${row([cell.party, cell.before, cell.after])}`),
    '',
  ];
}

/**
 * The quarterly review as a Markdown document: the two versions, the scope-drift findings by
 * severity with each row's cells before and after, and the diff's counts. Names are escaped so
 * a row called `*draft*` cannot break a table.
 *
 * @example
 * const text = reviewMarkdown({ beforeLabel: 'v3', afterLabel: 'Current draft', before, after, findings, diff });
 * text.split('\n')[0]; // '# Quarterly review: v3 → Current draft'
 */
export function reviewMarkdown(input: ReviewMarkdownInput): string {
  const { beforeLabel, afterLabel, findings, diff } = input;
  const groups = groupBySeverity(findings);
  const lines = [
    `# Quarterly review: ${escapeMarkdownCell(beforeLabel)} → ${escapeMarkdownCell(afterLabel)}`,
    '',
    `- Before: ${escapeMarkdownCell(beforeLabel)}`,
    `- After: ${escapeMarkdownCell(afterLabel)}${input.unsaved ? ' (includes unsaved edits)' : ''}`,
    '',
    '## Scope drift',
    '',
  ];
  if (findings.length === 0) {
    lines.push('No scope drift between the two versions.', '');
  } else {
    lines.push(`${findingCountWords(findings)}.`, '');
    for (const severity of SEVERITIES) {
      const group = groups[severity];
      if (group.length === 0) continue;
      lines.push(`### ${SEVERITY_TITLES[severity]} (${group.length})`, '');
      for (const finding of group) lines.push(...findingLines(finding, input));
    }
  }
  lines.push('## What changed', '', row(['', 'Added', 'Removed', 'Changed']));
  lines.push('| --- | --- | --- | --- |');
  for (const count of diffCounts(diff)) {
    lines.push(
      row([count.label, String(count.added), String(count.removed), String(count.changed)]),
    );
  }
  lines.push('', `Cell changes: ${diff.cells.length}`);
  if (diff.variant) {
    const { before, after } = diff.variant;
    lines.push('', `Variant: ${before.toUpperCase()} → ${after.toUpperCase()}`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * A file name for the export: `quarterly-review-v3-to-draft.md`.
 *
 * @example
 * reviewFileName('v3', 'draft'); // 'quarterly-review-v3-to-draft.md'
 */
export function reviewFileName(beforeKey: string, afterKey: string): string {
  return fileNameOf(`Quarterly review ${beforeKey} to ${afterKey}`, 'md');
}
