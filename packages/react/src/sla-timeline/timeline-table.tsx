import type { Cls } from './timeline-axis';
import type { SlaTimelineState } from './use-sla-timeline';

// The timeline as tables: every clock with its figures, every event in time order. Screen
// readers get the same facts the lanes draw; sighted users can show it too.

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
  const rows: Row[] = timeline.activity.map((mark, index) => ({
    at: mark.at,
    key: `a${index}`,
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
      key: `e${index}`,
      text: mark.projected ? messages.projected(text) : text,
    });
  });
  for (const lane of timeline.lanes) {
    const name = messages.clockName[lane.kind];
    for (const mark of lane.marks) {
      if (mark.kind !== 'breached') continue;
      rows.push({ at: mark.at, key: `b${lane.kind}`, text: messages.breachedAt(name) });
    }
  }
  // Stable: at one instant, the ticket's events before the escalations they caused.
  return rows.sort((a, b) => a.at - b.at);
}

/**
 * Two tables — clocks and events — for screen readers, or on screen with `visible`.
 *
 * @example
 * <TimelineTable timeline={timeline} cls={cls} visible={false} />
 */
export function TimelineTable({ timeline, cls }: { timeline: SlaTimelineState; cls: Cls }) {
  const { messages, format } = timeline;
  const c = messages.columns;
  const time = (t: number | null) =>
    t === null ? '—' : `${format.calendar(t, 'dateTime')} ${format.zoneName(t, 'calendar')}`;
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
              <td>{`${format.viewer(row.at, 'dateTime')} ${format.zoneName(row.at, 'viewer')}`}</td>
              <td>{row.text}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
