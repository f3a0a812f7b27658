// Dates and times for labels, through Intl in a given locale and zone. Formatters are costly to
// build and cheap to use, so each (locale, zone, style) is built once.

/**
 * The label styles an axis and its readouts use.
 *
 * @example
 * const style: TimeStyle = 'dateTime';
 */
export type TimeStyle = 'time' | 'date' | 'dateTime' | 'zone';

const STYLES: Readonly<Record<TimeStyle, Intl.DateTimeFormatOptions>> = {
  time: { hour: 'numeric', minute: '2-digit' },
  date: { weekday: 'short', day: 'numeric', month: 'short' },
  dateTime: {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: 'numeric',
    minute: '2-digit',
  },
  zone: { hour: 'numeric', timeZoneName: 'short' },
};

const cache = new Map<string, Intl.DateTimeFormat>();

/** Whether the locale reads a 24-hour clock: then "09:00" rather than "9:00". */
function usesDayClock(locale: string | undefined): boolean {
  const cycle = new Intl.DateTimeFormat(locale, { hour: 'numeric' }).resolvedOptions().hourCycle;
  return cycle === 'h23' || cycle === 'h24';
}

function formatter(locale: string | undefined, timeZone: string, style: TimeStyle) {
  const key = `${locale ?? ''}|${timeZone}|${style}`;
  let format = cache.get(key);
  if (!format) {
    const hour = style !== 'date' && usesDayClock(locale) ? { hour: '2-digit' as const } : {};
    format = new Intl.DateTimeFormat(locale, { ...STYLES[style], ...hour, timeZone });
    cache.set(key, format);
  }
  return format;
}

/**
 * Formats instants for one locale and two zones: the calendar's and the viewer's.
 *
 * @example
 * const fmt = createTimeFormat('en-GB', 'America/New_York', 'Europe/London');
 * fmt.calendar(Date.UTC(2026, 2, 2, 14), 'time'); // '09:00'
 */
export interface TimeFormat {
  readonly locale: string | undefined;
  readonly calendarZone: string;
  readonly viewerZone: string;
  calendar(t: number, style: TimeStyle): string;
  viewer(t: number, style: TimeStyle): string;
  /** The zone's short name at `t` ("EST", "GMT+1"), which changes across DST. */
  zoneName(t: number, which: 'calendar' | 'viewer'): string;
}

/**
 * Builds a {@link TimeFormat}.
 *
 * @example
 * createTimeFormat(undefined, 'UTC', Intl.DateTimeFormat().resolvedOptions().timeZone);
 */
export function createTimeFormat(
  locale: string | undefined,
  calendarZone: string,
  viewerZone: string,
): TimeFormat {
  const zoneName = (t: number, zone: string) =>
    formatter(locale, zone, 'zone')
      .formatToParts(t)
      .find((part) => part.type === 'timeZoneName')?.value ?? zone;
  return {
    locale,
    calendarZone,
    viewerZone,
    calendar: (t, style) => formatter(locale, calendarZone, style).format(t),
    viewer: (t, style) => formatter(locale, viewerZone, style).format(t),
    zoneName: (t, which) => zoneName(t, which === 'calendar' ? calendarZone : viewerZone),
  };
}

/**
 * A place name for an IANA zone: its last part with spaces, "New York" for "America/New_York".
 *
 * @example
 * zoneCity('America/Argentina/Buenos_Aires'); // 'Buenos Aires'
 */
export function zoneCity(timeZone: string): string {
  return (timeZone.split('/').pop() ?? timeZone).replaceAll('_', ' ');
}

/**
 * The locale of dates and times rendered on a server and while hydrating, when the host passes
 * none: the browser's own locale is only used once hydrated, so both renders agree.
 *
 * @example
 * createTimeFormat(SERVER_LOCALE, 'UTC', 'UTC');
 */
export const SERVER_LOCALE = 'en-US';

/**
 * The viewer's zone as the runtime reports it, or UTC when it cannot say.
 *
 * @example
 * const zone = viewerTimeZone(); // 'Europe/London'
 */
export function viewerTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}
