import type { SlaTimelineState } from '../hooks/use-sla-timeline';
import type { Cls } from './timeline-axis';
import { HoursTable } from './timeline-hours-table';
import { uniqueKeys } from './timeline-lanes';

// The timeline as tables: every clock with its figures, every event (thresholds and breaches
// included) in time order, the calendar's hours. Screen readers and keyboard users get the same
// facts the lanes draw and their tooltips tell; sighted users can show them too.

interface Row {
  readonly at: number;
  readonly text: string;
  readonly key: string;
}

/**
 * The ticket's events — its own and the escalation trace — as rows in time order.
 *
 * @example
 * eventRows(timeline).map((row) => row.text);
 */
export function eventRows(timeline: SlaTimelineState): Row[] {
  const { messages, partyName } = timeline;
  // Keys from what the events are, so rows keep them when the ticket gains an earlier event.
  const activityKeys = uniqueKeys(timeline.activity, (m) => `a-${m.at}-${m.type}`);
  const escalationKeys = uniqueKeys(timeline.escalations, (m) => `e-${m.at}-${m.kind}`);
  const rows: Row[] = timeline.activity.map((mark, index) => ({
    at: mark.at,
    key: activityKeys[index] ?? `a-${mark.at}`,
    text: messages.activity(mark.type, {
      ...(mark.priority === undefined ? {} : { priority: mark.priority }),
      ...(mark.partyId === undefined ? {} : { party: partyName(mark.partyId ?? undefined) }),
      ...(mark.status === undefined ? {} : { status: mark.status }),
    }),
  }));
  timeline.escalations.forEach((mark, index) => {
    const text = messages.escalation(
      mark.kind,
      mark.partyIds.map((id) => partyName(id)),
      mark.reason,
    );
    rows.push({
      at: mark.at,
      key: escalationKeys[index] ?? `e-${mark.at}`,
      text: mark.projected ? messages.projected(text) : text,
    });
  });
  for (const lane of timeline.lanes) {
    const name = messages.clockName[lane.kind];
    for (const mark of lane.marks) {
      if (mark.kind === 'breached') {
        rows.push({ at: mark.at, key: `b-${lane.kind}`, text: messages.breachedAt(name) });
      } else if (mark.kind === 'threshold') {
        const text = messages.threshold(name, mark.percent ?? 0);
        rows.push({
          at: mark.at,
          key: `t-${lane.kind}-${mark.percent ?? 0}`,
          text: mark.reached ? text : messages.projected(text),
        });
      }
    }
  }
  // Stable: at one instant, the ticket's events before the escalations they caused.
  return rows.sort((a, b) => a.at - b.at);
}

/**
 * Three tables — clocks, events and the calendar's hours — for screen readers, or on screen
 * with `visible`. Together they hold every fact the lanes' tooltips give.
 *
 * @example
 * <TimelineTable timeline={timeline} cls={cls} visible={false} />
 */
export function TimelineTable({ timeline, cls }: { timeline: SlaTimelineState; cls: Cls }) {
  const { messages, format } = timeline;
  const c = messages.columns;
  const time = (t: number | null) =>
    t === null
      ? '—'
      : messages.timeInZone(format.calendar(t, 'dateTime'), format.zoneName(t, 'calendar'));
  return (
    <div className={cls('tables')}>
      <table className={cls('table')}>
        <caption>{messages.clocksCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{c.clock}</th>
            <th scope="col">{c.state}</th>
            <th scope="col">{c.target}</th>
            <th scope="col">{c.started}</th>
            <th scope="col">{c.due}</th>
            <th scope="col">{c.stopped}</th>
            <th scope="col">{c.used}</th>
            <th scope="col">{c.remaining}</th>
          </tr>
        </thead>
        <tbody>
          {timeline.lanes.map(({ kind, clock }) => (
            <tr key={kind} data-state={clock.state}>
              <th scope="row">{messages.clockName[kind]}</th>
              <td>{messages.clockState[clock.state]}</td>
              <td>{messages.duration(clock.targetMinutes)}</td>
              <td>{time(clock.startedAt)}</td>
              <td>{time(clock.dueAt)}</td>
              <td>{time(clock.stoppedAt)}</td>
              <td>{messages.percent(clock.percent)}</td>
              <td>
                {clock.remainingMinutes < 0 ? '−' : ''}
                {messages.duration(clock.remainingMinutes)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className={cls('table')}>
        <caption>{messages.eventsCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{c.time}</th>
            <th scope="col">{c.viewerTime}</th>
            <th scope="col">{c.event}</th>
          </tr>
        </thead>
        <tbody>
          {eventRows(timeline).map((row) => (
            <tr key={row.key}>
              <td>{time(row.at)}</td>
              <td>
                {messages.timeInZone(
                  format.viewer(row.at, 'dateTime'),
                  format.zoneName(row.at, 'viewer'),
                )}
              </td>
              <td>{row.text}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <HoursTable timeline={timeline} cls={cls} />
    </div>
  );
}
