import { extname } from 'node:path';
import { READ_FORMATS, type ReadFormat, WRITE_FORMATS, type WriteFormat } from '../choices';
import { commandFailure } from '../failures';

const BY_EXTENSION: Readonly<Record<string, WriteFormat>> = {
  '.csv': 'csv',
  '.tsv': 'tsv',
  '.tab': 'tsv',
  '.xlsx': 'xlsx',
  '.json': 'json',
  '.md': 'md',
  '.markdown': 'md',
  '.html': 'html',
  '.htm': 'html',
};

function formatOf<F extends WriteFormat>(
  path: string,
  given: string | undefined,
  allowed: readonly F[],
  option: string,
): F {
  const format = given ?? BY_EXTENSION[extname(path).toLowerCase()];
  if (format !== undefined && (allowed as readonly string[]).includes(format)) return format as F;
  const list = allowed.join(', ');
  const why =
    given !== undefined
      ? `${option} ${given} is not one of ${list}.`
      : `${path}: cannot tell the format from the name; give ${option} (${list}).`;
  throw commandFailure('usage', [why]);
}

/**
 * The format to read a matrix in: `--from`, else the file's extension. Anything else is a usage
 * failure that lists the formats.
 *
 * @example
 * readFormatOf('matrix.xlsx', undefined); // 'xlsx'
 */
export function readFormatOf(path: string, given: string | undefined): ReadFormat {
  return formatOf(path, given, READ_FORMATS, '--from');
}

/**
 * The format to write a matrix in: `--to`, else the file's extension.
 *
 * @example
 * writeFormatOf('review.md', undefined); // 'md'
 */
export function writeFormatOf(path: string, given: string | undefined): WriteFormat {
  return formatOf(path, given, WRITE_FORMATS, '--to');
}
