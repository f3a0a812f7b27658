import type { Issue } from '../result';
import { readInstant } from './instant';
import type { ReportBuilder } from './report';
import { clip } from './text';

/**
 * Reads a PSA date-time at `path` for an adapter: epoch ms, with a note in `report.inferred`
 * when it had no offset and was read in `timeZone`; without a zone (or for no date at all) an
 * issue is added and `undefined` returned — never a guess. The "unset" sentinels PSAs write
 * (`1900-01-01T00:00:00`) give `undefined`, reported in `lost`.
 *
 * @example
 * const at = readDate(entry.date, ['history', 3, 'date'], 'UTC', issues, report);
 */
export function readDate(
  text: string,
  path: readonly (string | number)[],
  timeZone: string | undefined,
  issues: Issue[],
  report: ReportBuilder,
): number | undefined {
  const read = readInstant(text, timeZone);
  if (read.ms !== undefined) {
    if (read.kind !== 'utc') {
      report.inferred.push({
        path,
        message: `"${text}" has no offset; read as ${read.kind} time in ${timeZone}.`,
      });
    }
    return read.ms;
  }
  if (read.kind === 'unset') {
    report.lost.push({
      path,
      message: `"${text}" is the PSA's way of writing no date; taken as none.`,
    });
    return undefined;
  }
  issues.push(
    read.kind === 'no-zone'
      ? {
          path,
          code: 'no_time_zone',
          message: `"${text}" has no offset; pass the PSA's time zone to read it.`,
        }
      : { path, code: 'invalid_date', message: `"${clip(text)}" is no date-time.` },
  );
  return undefined;
}
