import { styleText } from 'node:util';
import { escapeMarkdownCell } from '@tandem/core/io';
import type { Severity } from '@tandem/core/validate';
import type { ReportFormat } from './choices';
import type { Problem } from './problem';

/**
 * What `tandem validate` found in one file, the shape of its JSON report.
 *
 * @example
 * const report: ValidateReport = { file: 'matrix.csv', format: 'csv', problems, summary: { errors: 1, warnings: 0, infos: 0 } };
 */
export interface ValidateReport {
  readonly file: string;
  readonly format: string;
  readonly problems: readonly Problem[];
  readonly summary: { readonly errors: number; readonly warnings: number; readonly infos: number };
}

/**
 * Counts problems by severity.
 *
 * @example
 * summarise(problems); // { errors: 1, warnings: 2, infos: 0 }
 */
export function summarise(problems: readonly Problem[]): ValidateReport['summary'] {
  const count = (severity: Severity) => problems.filter((p) => p.severity === severity).length;
  return { errors: count('error'), warnings: count('warning'), infos: count('info') };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function totals({ errors, warnings, infos }: ValidateReport['summary']): string {
  const total = errors + warnings + infos;
  return `${plural(total, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${plural(infos, 'info')})`;
}

const COLOUR = { error: 'red', warning: 'yellow', info: 'blue' } as const;

function text(report: ValidateReport, colour: boolean): string {
  const paint = (severity: Severity) =>
    colour ? styleText(COLOUR[severity], severity.padEnd(7)) : severity.padEnd(7);
  const width = Math.max(4, ...report.problems.map((p) => (p.location ?? '-').length));
  const lines = report.problems.map(
    (p) => `  ${(p.location ?? '-').padEnd(width)}  ${paint(p.severity)}  ${p.message}  ${p.code}`,
  );
  const mark = report.summary.errors > 0 ? '✖' : '✔';
  return [report.file, ...lines, '', `${mark} ${totals(report.summary)}`, ''].join('\n');
}

function markdown(report: ValidateReport): string {
  const rows = report.problems.map(
    (p) =>
      `| ${escapeMarkdownCell(p.location ?? '')} | ${p.severity} | ${escapeMarkdownCell(p.message)} | \`${p.code}\` |`,
  );
  return [
    `## ${escapeMarkdownCell(report.file)}`,
    '',
    totals(report.summary),
    '',
    ...(rows.length > 0
      ? ['| Where | Severity | Problem | Code |', '| --- | --- | --- | --- |', ...rows, '']
      : []),
  ].join('\n');
}

/**
 * Renders a validation report as text for a terminal (coloured when `colour`), JSON for tools,
 * or Markdown for a review pack or a pull-request comment.
 *
 * @example
 * process.stdout.write(renderReport(report, 'markdown', false));
 */
export function renderReport(
  report: ValidateReport,
  format: ReportFormat,
  colour: boolean,
): string {
  if (format === 'json') return `${JSON.stringify(report, null, 2)}\n`;
  if (format === 'markdown') return markdown(report);
  return text(report, colour);
}
