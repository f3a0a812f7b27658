import type { Issue } from '../result';
import { zoneFormatter } from '../sla/tz';

/**
 * The IANA zone a host passed as `options.timeZone`, when the runtime knows it; otherwise an
 * `invalid_time_zone` issue at that path and `undefined`. Every adapter that takes a zone reads
 * it so, before falling back to the zone its PSA names.
 *
 * @example
 * if (options.timeZone !== undefined) return checkedTimeZone(options.timeZone, issues);
 */
export function checkedTimeZone(timeZone: string, issues: Issue[]): string | undefined {
  if (zoneFormatter(timeZone)) return timeZone;
  issues.push({
    path: ['options', 'timeZone'],
    code: 'invalid_time_zone',
    message: `"${timeZone}" is not an IANA time zone.`,
  });
  return undefined;
}
