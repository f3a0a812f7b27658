import { SLA_TARGET_KINDS } from '@tandem/core/sla';
import type { SlaTimelineState } from '../hooks/use-sla-timeline';
import type { Cls } from './timeline-axis';

/**
 * The SLA at the cursor, at a glance: the moment in both zones, a chip per clock with its state
 * and what is left, and who held the ticket. Screen readers hear the same through the live region.
 *
 * @example
 * <TimelineReadout timeline={timeline} cls={cls} />
 */
export function TimelineReadout({ timeline, cls }: { timeline: SlaTimelineState; cls: Cls }) {
  const { moment, messages, format } = timeline;
  const at = moment.at;
  const differentZone = format.calendarZone !== format.viewerZone;
  return (
    <div
      className={cls('readout')}
      data-state={moment.projected ? 'projected' : 'past'}
      aria-hidden="true"
    >
      <div className={cls('readout-time')}>
        <strong>
          {messages.timeInZone(format.calendar(at, 'dateTime'), format.zoneName(at, 'calendar'))}
        </strong>
        {differentZone && (
          <span className={cls('readout-viewer')}>
            {messages.timeInZone(format.viewer(at, 'dateTime'), format.zoneName(at, 'viewer'))}
          </span>
        )}
        {moment.projected && <span className={cls('badge')}>{messages.projectedBadge}</span>}
      </div>
      {!moment.beforeCreated && (
        <div className={cls('readout-clocks')}>
          {SLA_TARGET_KINDS.map((kind) => {
            const clock = moment.sla.clocks[kind];
            if (!clock) return null;
            const remaining =
              clock.state === 'met' ? undefined : messages.duration(clock.remainingMinutes);
            return (
              <span key={kind} className={cls('chip')} data-state={clock.state} data-kind={kind}>
                {messages.clockChip(
                  messages.clockName[kind],
                  messages.clockState[clock.state],
                  remaining,
                  clock.remainingMinutes < 0,
                )}
              </span>
            );
          })}
          <span className={cls('chip')} data-kind="holder">
            {messages.heldBy(messages.lanes.holder, timeline.partyName(moment.sla.partyId))}
          </span>
        </div>
      )}
    </div>
  );
}
