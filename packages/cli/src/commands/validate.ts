import { validateMatrix } from '@tandem/core/validate';
import type { ReportFormat } from '../choices';
import { EXIT, type ExitCode } from '../exit-codes';
import { shownPath, writeOutput } from '../files';
import { type MatrixReadOptions, readMatrixFile } from '../matrix/read-matrix';
import { fromMatrixIssue } from '../problem';
import { renderReport, summarise } from '../validate-report';

/**
 * `tandem validate` options.
 *
 * @example
 * const options: ValidateOptions = { format: 'json', maxWarnings: 0 };
 */
export interface ValidateOptions extends MatrixReadOptions {
  readonly format: ReportFormat;
  /** Exit 1 when there are more warnings than this (like eslint's `--max-warnings`). */
  readonly maxWarnings?: number;
  readonly output: string;
}

/**
 * Reads a matrix file and checks it with `validateMatrix`: import problems at their cells, parse
 * problems at their JSON paths, rule findings at the row they concern. Exit 1 when anything is
 * an error (or warnings exceed `maxWarnings`).
 *
 * @example
 * process.exitCode = await validateCommand('matrix.csv', { format: 'text', output: '-' });
 */
export async function validateCommand(file: string, options: ValidateOptions): Promise<ExitCode> {
  const read = await readMatrixFile(file, options);
  const problems = [...read.problems];
  if (read.matrix) {
    const rowIndex = new Map(read.matrix.rows.map((row, index) => [row.id, index]));
    for (const issue of validateMatrix(read.matrix).issues) {
      problems.push(fromMatrixIssue(issue, rowIndex));
    }
  }
  const report = {
    file: shownPath(file),
    format: read.format,
    problems,
    summary: summarise(problems),
  };
  const colour = options.output === '-' && process.stdout.isTTY && !process.env.NO_COLOR;
  await writeOutput(options.output, renderReport(report, options.format, colour));
  const tooManyWarnings =
    options.maxWarnings !== undefined && report.summary.warnings > options.maxWarnings;
  return report.summary.errors > 0 || tooManyWarnings ? EXIT.problems : EXIT.ok;
}
