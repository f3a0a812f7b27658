import type { SlaTimelineState } from '../hooks/use-sla-timeline';
import { dayBands } from '../model/ticks';
import type { Cls } from './timeline-axis';
import { when } from './timeline-lanes';

// The hours lane and the date row as a table: what their tooltips say, for keyboard and
// screen-reader users, over the ticket's whole life rather than the visible range.

/**
 * One stretch of the calendar in words: open or closed hours, a holiday, a day of DST.
 *
 * @example
 * const row: HoursRow = { from, to, key: 'open-1772460000000', text: 'Open (Office hours)' };
 */
export interface HoursRow {
  readonly from: number;
  readonly to: number;
  readonly key: string;
  readonly text: string;
}

/**
 * The calendar the focus clock counts on over the ticket's life, in time order: its open and
 * closed stretches, its holidays, and the local days that are not 24 hours long.
 *
 * @example
 * hoursRows(timeline).map((row) => row.text); // ['Closed (Office hours)', 'Open (Office hours)', …]
 */
export function hoursRows(timeline: SlaTimelineState): HoursRow[] {
  const { messages, format, fit, fitHours } = timeline;
  const calendars = timeline.ticket.calendars;
  const name = (id: string) => messages.calendar(id, calendars?.get(id)?.spec.name);
  const rows: HoursRow[] = fitHours.bands.map((band) => ({
    from: band.from,
    to: band.to,
    key: `${band.open ? 'open' : 'closed'}-${band.from}`,
    text: band.open
      ? messages.openHours(name(band.calendarId))
      : messages.closedHours(name(band.calendarId)),
  }));
  for (const holiday of fitHours.holidays) {
    rows.push({
      from: holiday.from,
      to: holiday.to,
      key: `holiday-${holiday.calendarId}-${holiday.date}`,
      text: messages.holiday(holiday.name, holiday.closed),
    });
  }
  for (const day of dayBands(fit, format.calendarZone)) {
    const hours = (day.end - day.start) / 3_600_000;
    if (hours === 24) continue;
    rows.push({
      from: day.start,
      to: day.end,
      key: `day-${day.start}`,
      text: messages.dayTip(format.calendar(day.start, 'date'), messages.dayLength(hours)),
    });
  }
  // Stable: at one instant, the hours before the holiday and the day that explain them.
  return rows.sort((a, b) => a.from - b.from);
}

/**
 * The calendar's hours as a table: from, until, and what they were.
 *
 * @example
 * <HoursTable timeline={timeline} cls={cls} />
 */
export function HoursTable({ timeline, cls }: { timeline: SlaTimelineState; cls: Cls }) {
  const { messages } = timeline;
  const c = messages.columns;
  return (
    <table className={cls('table')}>
      <caption>{messages.hoursCaption}</caption>
      <thead>
        <tr>
          <th scope="col">{c.time}</th>
          <th scope="col">{c.until}</th>
          <th scope="col">{c.hours}</th>
        </tr>
      </thead>
      <tbody>
        {hoursRows(timeline).map((row) => (
          <tr key={row.key}>
            <td>{when(timeline, row.from)}</td>
            <td>{when(timeline, row.to)}</td>
            <td>{row.text}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
