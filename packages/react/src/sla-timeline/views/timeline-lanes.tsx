import type { SlaTimelineState } from '../hooks/use-sla-timeline';
import type { ClockLane, ClockMark, LaneSegment } from '../model/timeline-model';
import { type Cls, laneRow, layer } from './timeline-axis';

// The lanes of the timeline, each a row of absolutely placed stretches and markers. Everything
// here is aria-hidden: the same facts reach screen readers through the table and the cursor.

type Lane = { timeline: SlaTimelineState; cls: Cls };

/**
 * React keys from what items are (time and kind), numbered only when two are alike — so keys
 * stay with their items when earlier ones come or go.
 *
 * @example
 * uniqueKeys([{ at: 1, kind: 'a' }, { at: 1, kind: 'a' }], (m) => `${m.at}-${m.kind}`); // ['1-a', '1-a#2']
 */
export function uniqueKeys<T>(items: readonly T[], keyOf: (item: T) => string): string[] {
  const seen = new Map<string, number>();
  return items.map((item) => {
    const base = keyOf(item);
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base}#${count}`;
  });
}

/**
 * "Tue 3 Mar, 14:30 EST" for a tooltip, with the viewer's time when the zones differ.
 *
 * @example
 * when(timeline, Date.UTC(2026, 2, 3, 19, 30));
 */
export function when(timeline: SlaTimelineState, t: number): string {
  const { format, messages } = timeline;
  const main = messages.timeInZone(format.calendar(t, 'dateTime'), format.zoneName(t, 'calendar'));
  if (format.calendarZone === format.viewerZone) return main;
  const viewer = messages.timeInZone(format.viewer(t, 'time'), format.zoneName(t, 'viewer'));
  return messages.bothZones(main, viewer);
}

function span(timeline: SlaTimelineState, from: number, to: number): string {
  return timeline.messages.stretch(when(timeline, from), when(timeline, to));
}

/**
 * Closed hours of the focus clock's calendar, shaded behind every lane.
 *
 * @example
 * <ClosedShading timeline={timeline} cls={cls} />
 */
export function ClosedShading({ timeline, cls }: Lane) {
  return (
    <div className={cls('shading')} style={layer}>
      {timeline.hours.bands.map((band) => {
        const style = band.open ? undefined : timeline.place(band.from, band.to);
        return style ? <span key={band.from} className={cls('closed')} style={style} /> : null;
      })}
    </div>
  );
}

/**
 * The hours lane: open and closed stretches with the calendar's name, and holidays.
 *
 * @example
 * <HoursLane timeline={timeline} cls={cls} />
 */
export function HoursLane({ timeline, cls }: Lane) {
  const { messages } = timeline;
  const calendars = timeline.ticket.calendars;
  const name = (id: string) => messages.calendar(id, calendars?.get(id)?.spec.name);
  return (
    <div className={cls('track')} data-lane="hours" style={laneRow('hours')}>
      {timeline.hours.bands.map((band) => {
        const style = timeline.place(band.from, band.to);
        if (!style) return null;
        const text = band.open
          ? messages.openHours(name(band.calendarId))
          : messages.closedHours(name(band.calendarId));
        return (
          <span
            key={band.from}
            className={cls('hours')}
            style={style}
            data-state={band.open ? 'open' : 'closed'}
            data-tip={`${text}\n${span(timeline, band.from, band.to)}`}
          />
        );
      })}
      {timeline.hours.holidays.map((holiday) => {
        const style = timeline.place(holiday.from, holiday.to);
        if (!style) return null;
        const text = messages.holiday(holiday.name, holiday.closed);
        return (
          <span
            key={`${holiday.calendarId}-${holiday.date}`}
            className={cls('holiday')}
            style={style}
            data-state={holiday.closed ? 'closed' : 'short'}
            data-tip={text}
          >
            <span className={cls('label')}>{text}</span>
          </span>
        );
      })}
    </div>
  );
}

/**
 * Who held the ticket, one coloured band per holder.
 *
 * @example
 * <HolderLane timeline={timeline} cls={cls} />
 */
export function HolderLane({ timeline, cls }: Lane) {
  const order = timeline.ticket.parties?.map((party) => party.id) ?? [];
  return (
    <div className={cls('track')} data-lane="holder" style={laneRow('holder')}>
      {timeline.holders.map((band) => {
        const style = timeline.place(band.from, band.to);
        if (!style) return null;
        const name = timeline.partyName(band.partyId);
        const index = band.partyId === undefined ? -1 : order.indexOf(band.partyId);
        return (
          <span
            key={band.from}
            className={cls('holder')}
            style={style}
            data-party-id={band.partyId}
            data-party-index={index < 0 ? 'none' : index % 6}
            data-tip={`${timeline.messages.heldBy(timeline.messages.lanes.holder, name)}\n${span(timeline, band.from, band.to)}`}
          >
            <span className={cls('label')}>{name}</span>
          </span>
        );
      })}
    </div>
  );
}

function segmentTip(timeline: SlaTimelineState, lane: ClockLane, segment: LaneSegment) {
  const { messages } = timeline;
  const name = messages.clockName[lane.kind];
  const line = messages.segment({
    clock: name,
    state: messages.segmentState[segment.state],
    breach: segment.breached ? messages.breachStretch(name) : undefined,
    priority: segment.priority,
    party: timeline.partyName(segment.partyId),
  });
  return `${segment.projected ? messages.projected(line) : line}\n${span(timeline, segment.from, segment.to)}`;
}

function markTip(timeline: SlaTimelineState, lane: ClockLane, mark: ClockMark) {
  const { messages } = timeline;
  const name = messages.clockName[lane.kind];
  const text =
    mark.kind === 'threshold'
      ? messages.threshold(name, mark.percent ?? 0)
      : mark.kind === 'due'
        ? messages.due(name)
        : mark.kind === 'breached'
          ? messages.breachedAt(name)
          : messages.stoppedAt(name, lane.clock.breachedAt !== null);
  return `${mark.reached ? text : messages.projected(text)}\n${when(timeline, mark.at)}`;
}

/** Threshold labels closer than this many pixels to the previous one are left out. */
const LABEL_GAP = 40;

/**
 * One SLA clock: its segments (red once breached), thresholds, due and stop markers.
 *
 * @example
 * <ClockLaneTrack timeline={timeline} lane={lane} cls={cls} />
 */
export function ClockLaneTrack({ timeline, lane, cls }: Lane & { lane: ClockLane }) {
  const pxPerMs = (timeline.width || 800) / (timeline.range.to - timeline.range.from);
  let lastLabel = Number.NEGATIVE_INFINITY;
  const showLabel = (mark: ClockMark) => {
    if (mark.kind !== 'threshold' || (mark.at - lastLabel) * pxPerMs < LABEL_GAP) return false;
    lastLabel = mark.at;
    return true;
  };
  return (
    <div
      className={cls('track')}
      style={laneRow('clock')}
      data-lane="clock"
      data-kind={lane.kind}
      data-state={lane.clock.state}
    >
      {lane.segments.map((segment) => {
        const style = timeline.place(segment.from, segment.to);
        if (!style) return null;
        return (
          <span
            key={segment.from}
            className={cls('segment')}
            style={style}
            data-state={segment.state}
            data-projected={segment.projected ? '' : undefined}
            data-breached={segment.breached ? '' : undefined}
            data-tip={segmentTip(timeline, lane, segment)}
          />
        );
      })}
      {lane.marks.map((mark) => {
        const style = timeline.place(mark.at);
        if (!style) return null;
        return (
          <span
            key={`${mark.kind}-${mark.at}-${mark.percent ?? ''}`}
            className={cls('mark')}
            style={style}
            data-kind={mark.kind}
            data-reached={mark.reached ? '' : undefined}
            data-tip={markTip(timeline, lane, mark)}
          >
            {showLabel(mark) && (
              <span className={cls('mark-label')}>
                {timeline.messages.percent(mark.percent ?? 0)}
              </span>
            )}
          </span>
        );
      })}
    </div>
  );
}

/**
 * The ticket's own events: creation, priority changes, assignments, pauses, responses…
 *
 * @example
 * <ActivityLane timeline={timeline} cls={cls} />
 */
export function ActivityLane({ timeline, cls }: Lane) {
  const keys = uniqueKeys(timeline.activity, (m) => `${m.at}-${m.type}`);
  return (
    <div className={cls('track')} data-lane="activity" style={laneRow('activity')}>
      {timeline.activity.map((mark, index) => {
        const style = timeline.place(mark.at);
        if (!style) return null;
        const text = timeline.messages.activity(mark.type, {
          ...(mark.priority === undefined ? {} : { priority: mark.priority }),
          ...(mark.partyId === undefined
            ? {}
            : { party: timeline.partyName(mark.partyId ?? undefined) }),
          ...(mark.status === undefined ? {} : { status: mark.status }),
        });
        return (
          <span
            key={keys[index]}
            className={cls('event')}
            style={style}
            data-kind={mark.type}
            data-tip={`${text}\n${when(timeline, mark.at)}`}
          />
        );
      })}
    </div>
  );
}

/**
 * Escalation events from the simulation; those after now are drawn hollow (projected).
 *
 * @example
 * <EscalationLane timeline={timeline} cls={cls} />
 */
export function EscalationLane({ timeline, cls }: Lane) {
  const keys = uniqueKeys(timeline.escalations, (m) => `${m.at}-${m.kind}`);
  return (
    <div className={cls('track')} data-lane="escalation" style={laneRow('escalation')}>
      {timeline.escalations.map((mark, index) => {
        const style = timeline.place(mark.at);
        if (!style) return null;
        const parties = mark.partyIds.map((id) => timeline.partyName(id));
        const text = timeline.messages.escalation(mark.kind, parties, mark.reason);
        return (
          <span
            key={keys[index]}
            className={cls('escalation')}
            style={style}
            data-kind={mark.kind}
            data-projected={mark.projected ? '' : undefined}
            data-tip={`${mark.projected ? timeline.messages.projected(text) : text}\n${when(timeline, mark.at)}`}
          />
        );
      })}
    </div>
  );
}
