import { formatPath } from '@tandem/core';
import { EXIT, type ExitCode } from '../exit-codes';
import { shownPath, writeOutput } from '../files';
import { writeFormatOf } from '../matrix/formats';
import { type MatrixReadOptions, readMatrixFile } from '../matrix/read-matrix';
import { renderMatrix } from '../matrix/write-matrix';
import type { Problem } from '../problem';

/**
 * `tandem convert` options.
 *
 * @example
 * const options: ConvertOptions = { to: 'md' };
 */
export interface ConvertOptions extends MatrixReadOptions {
  readonly to?: string;
  readonly quiet?: boolean;
}

const line = (file: string, problem: Problem) =>
  `${file}${problem.location ? `:${problem.location}` : ''}: ${problem.severity}: ${problem.message}`;

/**
 * Converts a matrix between CSV/TSV, xlsx and JSON documents, or renders it as Markdown or HTML.
 * Import warnings and what the output format cannot carry are listed on stderr; a file that
 * could not be read is exit 1 and nothing is written.
 *
 * @example
 * process.exitCode = await convertCommand('raci.xlsx', 'raci.json', {});
 */
export async function convertCommand(
  input: string,
  output: string,
  options: ConvertOptions,
): Promise<ExitCode> {
  const format = writeFormatOf(output, options.to);
  const read = await readMatrixFile(input, options);
  const source = shownPath(input);
  for (const problem of read.problems) {
    if (problem.severity === 'error' || !options.quiet) console.error(line(source, problem));
  }
  if (!read.matrix) return EXIT.problems;
  const rendered = renderMatrix(read.matrix, format);
  await writeOutput(output, rendered.data);
  if (!options.quiet) {
    const target = shownPath(output, 'stdout');
    for (const loss of rendered.losses) {
      console.error(`${target}: not carried: ${formatPath(loss.path)}: ${loss.message}`);
    }
  }
  return EXIT.ok;
}
