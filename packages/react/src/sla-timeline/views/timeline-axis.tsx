import type { SlaTimelineState } from '../hooks/use-sla-timeline';
import type { AxisTick } from '../model/ticks';
import { fractionOf } from '../model/time-scale';

/** Turns a part name into a class, or nothing in unstyled mode. */
export type Cls = (name: string) => string | undefined;

// The structure is inline, so the timeline keeps its shape with no stylesheet: lanes and their
// labels share a height, marks are placed on the plot (`place`), layers fill it. The look —
// colours, thickness, where a mark sits within its lane — is in sla-timeline.css.

/**
 * A lane's row, shared by its label and its track so the two line up; the
 * `--tandem-sla-row-axis`, `-lane` and `-clock` properties change the heights.
 *
 * @example
 * <div data-lane="hours" style={laneRow('hours')} />
 */
export function laneRow(lane: string) {
  const [row, size] =
    lane === 'clock'
      ? ['clock', 2.25]
      : lane === 'days' || lane.endsWith('ticks')
        ? ['axis', 1.5]
        : ['lane', 1.75];
  return { position: 'relative', blockSize: `var(--tandem-sla-row-${row}, ${size}rem)` } as const;
}

/**
 * Whether `text` fits the plot between two fractions of it, at a generous width per character
 * of the axis's small type: a label that would be cut ("10:0", "Wed 2 D") is left out instead.
 */
function fits(timeline: SlaTimelineState, text: string, from: number, to: number): boolean {
  const share = Math.min(to, 1) - Math.max(from, 0);
  return share * (timeline.width || 800) >= text.length * 7 + 12;
}

/** A layer over the whole plot (closed hours, grid lines) that the pointer passes through. */
export const layer = {
  position: 'absolute',
  inset: 0,
  overflow: 'hidden',
  pointerEvents: 'none',
} as const;

/**
 * The date row: one band per local day of the calendar's zone (23 or 25 hours wide on DST days).
 *
 * @example
 * <TimelineDays timeline={timeline} cls={cls} />
 */
export function TimelineDays({ timeline, cls }: { timeline: SlaTimelineState; cls: Cls }) {
  const { axes, format, place, messages, range } = timeline;
  return (
    <div className={cls('track')} data-lane="days" style={laneRow('days')}>
      {axes.days.map((day) => {
        const style = place(day.from, day.to);
        if (!style) return null;
        const hours = (day.end - day.start) / 3_600_000;
        const date = format.calendar(day.start, 'date');
        const length = hours === 24 ? undefined : messages.dayLength(hours);
        const text = length === undefined ? date : messages.dayLabel(date, length);
        const shown = fits(timeline, text, fractionOf(range, day.from), fractionOf(range, day.to));
        return (
          <div
            key={day.start}
            className={cls('day')}
            style={style}
            data-weekday={day.weekday}
            data-hours={hours}
            data-tip={length === undefined ? undefined : messages.dayTip(date, length)}
          >
            {shown && (
              <span className={cls('day-label')}>
                {length === undefined ? date : <DayLabel text={text} length={length} cls={cls} />}
              </span>
            )}
          </div>
        );
      })}
    </div>
  );
}

/** A DST day's label with its length highlighted, wherever the translation puts it. */
function DayLabel({ text, length, cls }: { text: string; length: string; cls: Cls }) {
  const at = text.indexOf(length);
  if (at < 0) return <>{text}</>;
  return (
    <>
      {text.slice(0, at)}
      <span className={cls('day-hours')}>{length}</span>
      {text.slice(at + length.length)}
    </>
  );
}

/**
 * A row of tick labels in one zone: the calendar's (above the lanes) or the viewer's (below).
 *
 * @example
 * <TimelineTicks timeline={timeline} which="viewer" cls={cls} />
 */
export function TimelineTicks({
  timeline,
  which,
  cls,
}: {
  timeline: SlaTimelineState;
  which: 'calendar' | 'viewer';
  cls: Cls;
}) {
  const { axes, format, place, range } = timeline;
  const ticks = which === 'calendar' ? axes.calendarTicks : axes.viewerTicks;
  const label = (tick: AxisTick) =>
    tick.major && axes.unit.kind === 'days'
      ? format[which](tick.at, 'date')
      : format[which](tick.at, 'time');
  const lane = `${which}-ticks`;
  return (
    <div className={cls('track')} data-lane={lane} style={laneRow(lane)}>
      {ticks.map((tick) => {
        const text = label(tick);
        return !fits(timeline, text, fractionOf(range, tick.at), 1) ? null : (
          <span
            key={tick.at}
            className={cls('tick')}
            style={place(tick.at)}
            data-major={tick.major ? '' : undefined}
          >
            {text}
          </span>
        );
      })}
    </div>
  );
}

/**
 * Vertical grid lines behind the lanes at the calendar's ticks, heavier at midnight.
 *
 * @example
 * <TimelineGrid timeline={timeline} cls={cls} />
 */
export function TimelineGrid({ timeline, cls }: { timeline: SlaTimelineState; cls: Cls }) {
  return (
    <div className={cls('grid')} style={layer}>
      {timeline.axes.calendarTicks.map((tick) => (
        <span
          key={tick.at}
          className={cls('gridline')}
          style={timeline.place(tick.at)}
          data-major={tick.major ? '' : undefined}
        />
      ))}
    </div>
  );
}
