import type { SlaTargetKind } from '@tandem/core/sla';
import { useMemo } from 'react';
import type { QueueEntry } from './queue-model';
import { type SlaTicketInput, slaNow } from './sla-moment';
import { fractionOf, type TimeRange } from './time-scale';
import type { Cls } from './timeline-axis';
import { clockLanes } from './timeline-model';

function place(window: TimeRange, from: number, to?: number) {
  const a = Math.max(fractionOf(window, from), 0);
  if (to === undefined) return a > 1 ? undefined : { insetInlineStart: `${(a * 100).toFixed(2)}%` };
  const b = Math.min(fractionOf(window, to), 1);
  if (b <= 0 || a >= 1) return undefined;
  return {
    insetInlineStart: `${(a * 100).toFixed(2)}%`,
    inlineSize: `${((b - a) * 100).toFixed(2)}%`,
  };
}

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
