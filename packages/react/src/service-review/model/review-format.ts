// Numbers and dates of the review in one locale and zone. A server render and hydration use a
// fixed locale (see `useReviewFormat`), so the two agree; Intl formatters are built once each.

/**
 * How the review formats its figures: counts, percentages, trends, durations and dates.
 *
 * @example
 * const format = createReviewFormat('de-DE', 'Europe/Berlin');
 * format.percent(92.5); // '92,5'
 */
export interface ReviewFormat {
  readonly locale: string | undefined;
  readonly timeZone: string;
  count(n: number): string;
  /** A percentage to at most one decimal, without the sign (the messages add it). */
  percent(n: number): string;
  /** Percentage points with their sign: '+5', '−12.5'. */
  points(n: number): string;
  /** A date: '1 Jul 2026' in en-GB. */
  date(t: number): string;
  /** A short date for chart axes: '6 Jul'. */
  day(t: number): string;
}

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let format = cache.get(key) as T | undefined;
  if (!format) {
    format = make();
    cache.set(key, format);
  }
  return format;
}

/**
 * Builds a {@link ReviewFormat} for a BCP 47 locale (the runtime's when undefined) and an IANA
 * zone the period's dates are read in.
 *
 * @example
 * createReviewFormat('en-US', 'America/New_York').date(Date.UTC(2026, 6, 1, 4)); // 'Jul 1, 2026'
 */
export function createReviewFormat(locale: string | undefined, timeZone: string): ReviewFormat {
  const key = locale ?? '';
  const integer = cached(`n|${key}`, () => new Intl.NumberFormat(locale));
  const decimal = cached(
    `p|${key}`,
    () => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }),
  );
  const signed = cached(
    `s|${key}`,
    () => new Intl.NumberFormat(locale, { maximumFractionDigits: 1, signDisplay: 'exceptZero' }),
  );
  const date = cached(
    `d|${key}|${timeZone}`,
    () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone }),
  );
  const day = cached(
    `w|${key}|${timeZone}`,
    () => new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone }),
  );
  return {
    locale,
    timeZone,
    count: (n) => integer.format(n),
    percent: (n) => decimal.format(n),
    points: (n) => signed.format(n),
    date: (t) => date.format(t),
    day: (t) => day.format(t),
  };
}

/**
 * Business minutes as whole hours and the minutes left over.
 *
 * @example
 * hoursAndMinutes(135); // { hours: 2, minutes: 15 }
 */
export function hoursAndMinutes(total: number): { hours: number; minutes: number } {
  const rounded = Math.round(total);
  return { hours: Math.trunc(rounded / 60), minutes: rounded % 60 };
}
