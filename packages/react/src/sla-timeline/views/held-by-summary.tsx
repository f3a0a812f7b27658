import type { HeldBy, HeldByViewProps } from '../hooks/use-held-by';
import type { SlaTimelineState } from '../hooks/use-sla-timeline';

// The "Held by" summary: each party's share of the focus clock's business time, the share
// nobody held and the watch each breach happened on — a line on screen, and a table beside the
// timeline's others for screen readers (or on screen with `table="visible"`).

/**
 * The summary's lines: shares largest first, the unassigned share when there is one, breaches.
 *
 * @example
 * heldByLines(timeline, heldBy); // ['Internal IT: 68 % (6 h 30 min)', …, 'Resolution breached on Northwind NOC’s watch']
 */
export function heldByLines(timeline: SlaTimelineState, heldBy: HeldBy): string[] {
  const { messages, partyName } = timeline;
  const { shares, unassigned, breaches } = heldBy.summary;
  const lines = shares.map((share) =>
    messages.heldShare(partyName(share.partyId), share.percent, messages.duration(share.minutes)),
  );
  if (unassigned.minutes > 0) {
    lines.push(messages.unassignedShare(unassigned.percent, messages.duration(unassigned.minutes)));
  }
  const clock = messages.clockName[heldBy.kind];
  for (const breach of breaches)
    lines.push(messages.breachedOnWatch(clock, partyName(breach.partyId)));
  return lines;
}

/**
 * The summary on screen: a heading and one item per share and breach.
 *
 * @example
 * {heldBy && <HeldBySummary timeline={timeline} heldBy={heldBy} cls={cls} />}
 */
export function HeldBySummary({ timeline, heldBy, cls }: HeldByViewProps) {
  const lines = heldByLines(timeline, heldBy);
  return (
    // A group, not a region: two timelines on a page would make two landmarks of one name.
    // biome-ignore lint/a11y/useSemanticElements: a summary of figures, not form controls to fence.
    <div
      role="group"
      className={cls('held-summary')}
      aria-label={timeline.messages.heldSummary(timeline.messages.clockName[heldBy.kind])}
      data-testid="sla-held-summary"
    >
      <ul className={cls('held-shares')}>
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </div>
  );
}

/**
 * The summary as a table: party, side, business time and share, then the breaches' watches.
 *
 * @example
 * <HeldByTable timeline={timeline} heldBy={heldBy} cls={cls} />
 */
export function HeldByTable({ timeline, heldBy, cls }: HeldByViewProps) {
  const { messages, partyName } = timeline;
  const c = messages.heldColumns;
  const { shares, unassigned, breaches } = heldBy.summary;
  const clock = messages.clockName[heldBy.kind];
  const percent = (value: number) => messages.percent(value);
  return (
    <table className={cls('table')} data-testid="sla-held-table">
      <caption>{messages.heldSummary(clock)}</caption>
      <thead>
        <tr>
          <th scope="col">{c.party}</th>
          <th scope="col">{c.side}</th>
          <th scope="col">{c.minutes}</th>
          <th scope="col">{c.share}</th>
        </tr>
      </thead>
      <tbody>
        {shares.map((share) => (
          <tr key={share.partyId} data-side={share.side}>
            <th scope="row">{partyName(share.partyId)}</th>
            <td>{share.side === undefined ? '—' : messages.sides[share.side]}</td>
            <td>{messages.duration(share.minutes)}</td>
            <td>{percent(share.percent)}</td>
          </tr>
        ))}
        <tr data-side="none">
          <th scope="row">{partyName(undefined)}</th>
          <td>—</td>
          <td>{messages.duration(unassigned.minutes)}</td>
          <td>{percent(unassigned.percent)}</td>
        </tr>
      </tbody>
      {breaches.length > 0 && (
        <tfoot>
          {breaches.map((breach) => (
            <tr key={breach.at}>
              <td colSpan={4}>{messages.breachedOnWatch(clock, partyName(breach.partyId))}</td>
            </tr>
          ))}
        </tfoot>
      )}
    </table>
  );
}
