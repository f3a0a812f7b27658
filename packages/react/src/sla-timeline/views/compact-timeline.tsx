import type { SlaTargetKind } from '@tandem/core/sla';
import { useMemo } from 'react';
import type { QueueEntry } from '../model/queue-model';
import { type SlaTicketInput, slaNow } from '../model/sla-moment';
import { placeIn as place, type TimeRange } from '../model/time-scale';
import { clockLanes } from '../model/timeline-model';
import type { Cls } from './timeline-axis';

/**
 * One clock of a queue row over the queue's shared window: counting, outside hours, paused and
 * breached stretches, thresholds and the due marker, with now as a line. Computed with timeline
 * segments only when the row is on screen. Decorative: the row's cells say the same in words.
 *
 * @example
 * <CompactTimeline entry={entry} input={{ policy, history, now, calendars, parties }} window={window} cls={cls} />
 */
export function CompactTimeline({
  entry,
  input,
  window,
  cls,
}: {
  entry: QueueEntry;
  input: SlaTicketInput;
  window: TimeRange;
  cls: Cls;
}) {
  const kind: SlaTargetKind = entry.kind ?? 'resolution';
  const lane = useMemo(
    () => clockLanes(slaNow(input), input.now).find((l) => l.kind === kind),
    [input, kind],
  );
  const now = place(window, input.now);
  return (
    <div
      className={cls('compact')}
      style={{ position: 'relative', overflow: 'hidden' }}
      data-kind={kind}
      data-state={lane?.clock.state}
      aria-hidden="true"
    >
      {lane?.segments.map((segment) => {
        const style = place(window, segment.from, segment.to);
        if (!style) return null;
        return (
          <span
            key={segment.from}
            className={cls('compact-segment')}
            style={style}
            data-state={segment.state}
            data-projected={segment.projected ? '' : undefined}
            data-breached={segment.breached ? '' : undefined}
          />
        );
      })}
      {lane?.marks.map((mark) => {
        // A stopped clock's due time is where it would have been due: noise in a compact row.
        const stopped = lane.clock.stoppedAt !== null;
        const style =
          mark.kind === 'stopped' || (stopped && mark.kind !== 'breached')
            ? undefined
            : place(window, mark.at);
        if (!style) return null;
        return (
          <span
            key={`${mark.kind}-${mark.at}`}
            className={cls('compact-mark')}
            style={style}
            data-kind={mark.kind}
          />
        );
      })}
      {now && <span className={cls('compact-now')} style={now} />}
    </div>
  );
}
