/**
 * The instants the CLI reads: epoch ms, or ISO 8601 with an offset — a local time with no zone
 * would silently take the machine's zone. The same rule as the core's ticket histories.
 */
export const ISO_INSTANT =
  /^\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d{1,9})?)?(?:Z|[+-]\d\d:\d\d)$/i;

/** What to tell a user whose instant is neither. */
export const INSTANT_EXPECTED =
  'Expected epoch ms or an ISO 8601 date-time with an offset, e.g. "2026-03-02T09:00:00Z".';

/**
 * An instant as epoch ms, or `undefined` when it is not one.
 *
 * @example
 * instantMs('2026-03-02T09:00:00Z'); // 1772442000000
 * instantMs('2026-03-02 09:00'); // undefined
 */
export function instantMs(value: string | number): number | undefined {
  if (typeof value === 'number') return Number.isInteger(value) ? value : undefined;
  if (!ISO_INSTANT.test(value)) return undefined;
  const ms = Date.parse(value);
  return Number.isFinite(ms) ? ms : undefined;
}
