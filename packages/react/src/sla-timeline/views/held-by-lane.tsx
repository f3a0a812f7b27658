import type { HeldByViewProps } from '../hooks/use-held-by';
import type { SlaTimelineState } from '../hooks/use-sla-timeline';
import type { HeldBySegment } from '../model/held-by-model';
import { laneRow } from './timeline-axis';
import { when } from './timeline-lanes';

// The "Held by" lane: who held the focus clock while it ran, coloured by side (internal, MSP…)
// with the party's name, and its pauses. aria-hidden like every lane: the summary's table
// carries the same facts for screen readers.

/**
 * A lane segment in words: the holder and side, nobody, or the pause and who set it.
 *
 * @example
 * heldByText(timeline, segment); // 'Held by: Northwind NOC (MSP)'
 */
export function heldByText(timeline: SlaTimelineState, segment: HeldBySegment): string {
  const { messages, partyName } = timeline;
  if (segment.state === 'paused') {
    return messages.heldPaused(
      segment.status,
      segment.by === undefined ? undefined : partyName(segment.by),
    );
  }
  const name = partyName(segment.partyId);
  const side = segment.side === undefined ? name : `${name} (${messages.sides[segment.side]})`;
  return messages.heldBy(messages.lanes.holder, side);
}

/**
 * The lane, in place of the plain holder lane when {@link useHeldBy} gives one.
 *
 * @example
 * {heldBy ? <HeldByLane timeline={timeline} heldBy={heldBy} cls={cls} /> : <HolderLane … />}
 */
export function HeldByLane({ timeline, heldBy, cls }: HeldByViewProps) {
  return (
    <div
      className={cls('track')}
      data-lane="holder"
      data-held-by={heldBy.kind}
      style={laneRow('holder')}
    >
      {heldBy.segments.map((segment) => {
        const style = timeline.place(segment.from, segment.to);
        if (!style) return null;
        const tip = `${heldByText(timeline, segment)}\n${timeline.messages.stretch(when(timeline, segment.from), when(timeline, segment.to))}`;
        return (
          <span
            key={segment.from}
            className={cls('holder')}
            style={style}
            data-state={segment.state}
            data-side={segment.side}
            data-party-id={segment.partyId}
            data-tip={tip}
          >
            {segment.state === 'held' && (
              <span className={cls('label')}>{timeline.partyName(segment.partyId)}</span>
            )}
          </span>
        );
      })}
    </div>
  );
}
