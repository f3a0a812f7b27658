import type { AxisTick } from './ticks';
import type { SlaTimelineState } from './use-sla-timeline';

/** Turns a part name into a class, or nothing in unstyled mode. */
export type Cls = (name: string) => string | undefined;

/**
 * The date row: one band per local day of the calendar's zone (23 or 25 hours wide on DST days).
 *
 * @example
 * <TimelineDays timeline={timeline} cls={cls} />
 */
export function TimelineDays({ timeline, cls }: { timeline: SlaTimelineState; cls: Cls }) {
  const { axes, format, place, messages } = timeline;
  return (
    <div className={cls('track')} data-lane="days">
      {axes.days.map((day) => {
        const style = place(day.from, day.to);
        if (!style) return null;
        const hours = (day.end - day.start) / 3_600_000;
        const date = format.calendar(day.start, 'date');
        const length = hours === 24 ? undefined : messages.dayLength(hours);
        return (
          <div
            key={day.start}
            className={cls('day')}
            style={style}
            data-weekday={day.weekday}
            data-hours={hours}
            data-tip={length === undefined ? undefined : messages.dayTip(date, length)}
          >
            <span className={cls('day-label')}>
              {length === undefined ? (
                date
              ) : (
                <DayLabel text={messages.dayLabel(date, length)} length={length} cls={cls} />
              )}
            </span>
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
  const { axes, format, place } = timeline;
  const ticks = which === 'calendar' ? axes.calendarTicks : axes.viewerTicks;
  const label = (tick: AxisTick) =>
    tick.major && axes.unit.kind === 'days'
      ? format[which](tick.at, 'date')
      : format[which](tick.at, 'time');
  return (
    <div className={cls('track')} data-lane={`${which}-ticks`}>
      {ticks.map((tick) => (
        <span
          key={tick.at}
          className={cls('tick')}
          style={place(tick.at)}
          data-major={tick.major ? '' : undefined}
        >
          {label(tick)}
        </span>
      ))}
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
    <div className={cls('grid')}>
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
