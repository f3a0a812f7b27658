import { sameJson } from '@tandem/core';
import {
  type CSSProperties,
  type KeyboardEvent,
  memo,
  useCallback,
  useMemo,
  useRef,
  useState,
} from 'react';
import { lazyPart, usePreload } from '../../hooks/lazy-part';
import { useAnnouncer } from '../../hooks/use-announcer';
import { useCalendarRegistry } from '../../hooks/use-calendar-registry';
import { useHydrated } from '../../hooks/use-hydrated';
import { useIsomorphicLayoutEffect } from '../../hooks/use-isomorphic-layout-effect';
import { useLatch } from '../../hooks/use-latch';
import { useReturnFocus } from '../../hooks/use-return-focus';
import { peerMarks } from '../../presence/peer-marks';
import { presenceRootProps } from '../../presence/presence-events';
import type { PresenceOptions, PresencePeer } from '../../presence/presence-types';
import { usePresence } from '../../presence/use-presence';
import { VisuallyHidden } from '../../visually-hidden/visually-hidden';
import { type QueueWatch, useBreachWatches } from '../hooks/queue-watch';
import { type SlaQueueState, type UseSlaQueueOptions, useSlaQueue } from '../hooks/use-sla-queue';
import type { QueueEntry } from '../model/queue-model';
import type { SlaTicketInput } from '../model/sla-moment';
import { CompactTimeline } from './compact-timeline';
import type { Cls } from './timeline-axis';

/**
 * Props of {@link SlaQueue}: the hook's options plus presentation.
 *
 * @example
 * const props: SlaQueueProps = { tickets, now, calendars, parties, locale: 'en-GB' };
 */
export interface SlaQueueProps extends UseSlaQueueOptions {
  className?: string | undefined;
  /** Inline styles for the root, such as a theme's `--tandem-sla-*` properties. */
  style?: CSSProperties | undefined;
  /** Leaves out the `tandem-sla*` classes so none of the default look applies. */
  unstyled?: boolean | undefined;
  /** Locale and viewer zone for the full timeline a selected row opens. */
  locale?: string | undefined;
  viewerTimeZone?: string | undefined;
  /**
   * Other people working the same queue, and where to report this user's own focus (live
   * co-editing): a ticket someone has focused is outlined in their colour with their name,
   * and announced politely ("Sam from Northwind MSP is editing VPN drops every hour.").
   * This user's focused row, or the ticket open in the dialog, is reported as a `ticket` place.
   *
   * @example
   * presence={{ peers, onLocalChange: (local) => setPresence(awareness, local) }}
   */
  presence?: PresenceOptions | undefined;
}

// Not needed at first paint: the ticket's full timeline and its dialog load when the browser is
// idle after the queue mounted, before anyone opens a ticket.
const TicketDialog = /* @__PURE__ */ lazyPart(() =>
  import('./ticket-dialog').then((m) => m.TicketDialog),
);

function Facets({
  label,
  items,
  propsOf,
  cls,
  queue,
}: {
  label: string;
  items: SlaQueueState['facets']['parties'];
  propsOf: (key: string) => ReturnType<SlaQueueState['getPartyFilterProps']>;
  cls: Cls;
  queue: SlaQueueState;
}) {
  return (
    <fieldset className={cls('facet')}>
      <legend className={cls('facet-label')}>{label}</legend>
      {items.map((item) => (
        <button key={item.key} {...propsOf(item.key)} className={cls('filter')}>
          {queue.messages.filterOption(item.name, item.count)}
        </button>
      ))}
    </fieldset>
  );
}

// The watch line under a breached row's time: one line, so the row keeps its height with or
// without the stylesheet; cut at the cell's edge with the whole sentence in its tooltip. Sized
// 0 but at least the cell, it never widens its column past the header's.
const WATCH_LINE = {
  display: 'block',
  inlineSize: 0,
  minInlineSize: '100%',
  overflow: 'hidden',
  whiteSpace: 'nowrap',
  textOverflow: 'ellipsis',
} as const;

function WatchLine({ text, side, cls }: { text: string; side: string | undefined; cls: Cls }) {
  return (
    <span className={cls('watch')} data-side={side} title={text} style={WATCH_LINE}>
      {text}
    </span>
  );
}

/** A row's attributes from `getRowProps`, without its handlers (the row binds stable ones). */
type RowAttributes = Omit<
  ReturnType<SlaQueueState['getRowProps']>,
  'onKeyDown' | 'onFocus' | 'onClick'
>;

/** The row handlers, one set for every row, reading the queue's latest state when called. */
interface RowHandlers {
  readonly onKeyDown: (event: KeyboardEvent<HTMLElement>, index: number) => void;
  readonly onFocus: (index: number) => void;
  readonly onClick: (index: number) => void;
}

/** Props of {@link Row}: plain values and stable functions, so memo holds. */
interface RowProps {
  entry: QueueEntry;
  index: number;
  attributes: RowAttributes;
  handlers: RowHandlers;
  messages: SlaQueueState['messages'];
  partyName: SlaQueueState['partyName'];
  now: number;
  window: SlaQueueState['window'];
  cls: Cls;
  props: Pick<SlaTicketInput, 'calendars' | 'parties'>;
  watch: QueueWatch | undefined;
  peers: readonly PresencePeer[];
}

/** The same row: the same values, and attributes equal by content (`getRowProps` makes new ones). */
function sameRow(a: RowProps, b: RowProps): boolean {
  return (Object.keys(a) as (keyof RowProps)[]).every((key) =>
    key === 'attributes' ? sameJson(a.attributes, b.attributes) : Object.is(a[key], b[key]),
  );
}

// Memoised: a peer moving between two tickets, or focus moving between two rows, re-renders
// those two rows, not every visible one.
const Row = /* @__PURE__ */ memo(function Row({
  entry,
  index,
  attributes,
  handlers,
  messages,
  partyName,
  now,
  window,
  cls,
  props,
  watch,
  peers,
}: RowProps) {
  const { ticket, sla } = entry;
  const when =
    entry.minutesToBreach !== null
      ? messages.timeToBreach(entry.minutesToBreach)
      : entry.pausedRemaining !== null
        ? messages.pausedRemaining(entry.pausedRemaining)
        : messages.closed;
  const watchText =
    watch && messages.breachedOnWatch(messages.clockName[watch.kind], partyName(watch.partyId));
  const marks = peerMarks(peers, { kind: 'ticket', ticketId: ticket.id }, messages, cls('peer'));
  return (
    <tr
      {...attributes}
      onKeyDown={(event) => handlers.onKeyDown(event, index)}
      onFocus={() => handlers.onFocus(index)}
      onClick={() => handlers.onClick(index)}
      data-peer={marks.attributes['data-peer']}
      style={{ ...attributes.style, ...marks.attributes.style }}
      className={cls('row')}
    >
      <td className={cls('cell')} data-column="ticket">
        <span className={cls('title')} title={ticket.title}>
          {ticket.title}
        </span>
        <span className={cls('id')}>{ticket.id}</span>
        {marks.tags}
      </td>
      <td className={cls('cell')} data-column="priority">
        <span className={cls('priority')} data-priority={sla.priority}>
          {sla.priority}
        </span>
      </td>
      <td className={cls('cell')} data-column="holder">
        {partyName(sla.partyId)}
      </td>
      <td className={cls('cell')} data-column="state">
        <span className={cls('chip')} data-state={entry.state}>
          {messages.queueState(
            messages.clockState[entry.state],
            entry.kind ? messages.clockName[entry.kind] : undefined,
          )}
        </span>
      </td>
      <td
        className={cls('cell')}
        data-column="time"
        data-state={entry.state}
        title={watchText === undefined ? undefined : `${when} ${watchText}`}
      >
        {when}
        {watchText !== undefined && (
          <>
            {' '}
            <WatchLine text={watchText} side={watch?.side} cls={cls} />
          </>
        )}
      </td>
      <td className={cls('cell')} data-column="timeline">
        <CompactTimeline
          entry={entry}
          input={{ policy: ticket.policy, history: ticket.history, now, ...props }}
          window={window}
          cls={cls}
        />
      </td>
    </tr>
  );
}, sameRow);

/**
 * A queue of tickets sorted by time to breach — live breaches first, then the soonest due —
 * each row with its state, holder and a compact timeline around now; filter by holder and
 * priority; virtualised, so 5,000 tickets scroll smoothly. Arrow keys, Page Up/Down and
 * Home/End move between rows; Enter or a click opens the ticket's full `<SlaTimeline>` in a
 * dialog. Built only from {@link useSlaQueue}.
 *
 * @example
 * <SlaQueue tickets={tickets} now={Date.UTC(2026, 2, 3, 20)} calendars={calendars} parties={matrix.parties} />
 */
export function SlaQueue(props: SlaQueueProps) {
  const { className, style, unstyled = false, locale, viewerTimeZone, presence, ...rest } = props;
  // Compiled once here, so the rows and the dialog share one registry with the hook.
  const calendars = useCalendarRegistry(rest.calendars);
  const options = { ...rest, calendars };
  const queue = useSlaQueue(options);
  const { messages, selected } = queue;
  const { announcement, announce } = useAnnouncer();
  const ticketTitle = (ticketId: string) =>
    queue.entries.find((entry) => entry.ticket.id === ticketId)?.ticket.title;
  const peers = usePresence({
    presence,
    itemOf: (place) => (place.kind === 'ticket' ? place.ticketId : undefined),
    nameOf: (place) => (place.kind === 'ticket' ? ticketTitle(place.ticketId) : undefined),
    messages,
    announce,
  });
  // The ticket dialog is portalled out of the root, but React brings its focus events here.
  const focusProps = presenceRootProps(peers.setFocus, (target) => {
    const index = target.closest<HTMLElement>('tr[data-index]')?.dataset.index;
    const entry = index === undefined ? selected : queue.rows[Number(index)];
    return entry && { kind: 'ticket', ticketId: entry.ticket.id };
  });
  // Only the rows the virtualiser renders ask whose watch they breached on.
  const watchOf = useBreachWatches(queue.now, calendars, options.parties);
  const cls: Cls = useCallback(
    (name) => (unstyled ? undefined : `tandem-sla-queue-${name}`),
    [unstyled],
  );
  // One set of row handlers for the queue's life, each reading the latest queue when called, so
  // rows need not re-render for new handlers.
  const latest = useRef(queue);
  latest.current = queue;
  const handlers: RowHandlers = useMemo(
    () => ({
      onKeyDown: (event, index) => latest.current.getRowProps(index).onKeyDown(event),
      onFocus: (index) => latest.current.getRowProps(index).onFocus(),
      onClick: (index) => latest.current.getRowProps(index).onClick(),
    }),
    [],
  );
  const rootClass = [unstyled ? undefined : 'tandem-sla-queue', className]
    .filter(Boolean)
    .join(' ');
  const c = messages.queueColumns;
  // The dialog is portalled to the body, outside any `dir` the host set around the queue: it
  // takes the queue's own direction, so a right-to-left queue opens a right-to-left timeline.
  const rootRef = useRef<HTMLDivElement>(null);
  const [dir, setDir] = useState<'ltr' | 'rtl'>();
  const open = selected !== undefined;
  const dialogWanted = useLatch(open);
  usePreload([TicketDialog], useHydrated());
  const returnFocus = useReturnFocus(open, () =>
    rootRef.current?.querySelector<HTMLElement>('[data-index][tabindex="0"]'),
  );
  useIsomorphicLayoutEffect(() => {
    const root = rootRef.current;
    if (open && root) setDir(getComputedStyle(root).direction === 'rtl' ? 'rtl' : 'ltr');
  }, [open]);
  const context = useMemo(
    () => ({
      ...(calendars ? { calendars } : {}),
      ...(options.parties ? { parties: options.parties } : {}),
    }),
    [calendars, options.parties],
  );
  return (
    <div ref={rootRef} className={rootClass || undefined} style={style} {...focusProps}>
      <fieldset className={cls('toolbar')}>
        <legend className={cls('legend')}>{messages.filtersLabel}</legend>
        <Facets
          label={messages.partyFilter}
          items={queue.facets.parties}
          propsOf={queue.getPartyFilterProps}
          cls={cls}
          queue={queue}
        />
        <Facets
          label={messages.priorityFilter}
          items={queue.facets.priorities}
          propsOf={queue.getPriorityFilterProps}
          cls={cls}
          queue={queue}
        />
        <output className={cls('count')} aria-live="polite">
          {messages.shownCount(queue.rows.length, queue.entries.length)}
        </output>
      </fieldset>
      <div {...queue.getScrollProps()} className={cls('scroll')}>
        <table {...queue.getGridProps()} className={cls('grid')}>
          <thead className={cls('head')} style={{ display: 'block' }}>
            <tr {...queue.getHeaderRowProps()} className={cls('row')} data-header="">
              {(['ticket', 'priority', 'holder', 'state', 'timeToBreach', 'timeline'] as const).map(
                (key) => (
                  <th key={key} scope="col" className={cls('cell')} data-column={key}>
                    {c[key]}
                  </th>
                ),
              )}
            </tr>
          </thead>
          <tbody {...queue.getBodyProps()} className={cls('body')}>
            {queue.virtualRows.map((item) => {
              const entry = queue.rows[item.index];
              if (!entry) return null;
              const { onKeyDown, onFocus, onClick, ...attributes } = queue.getRowProps(item.index);
              return (
                <Row
                  key={entry.ticket.id}
                  entry={entry}
                  index={item.index}
                  attributes={attributes}
                  handlers={handlers}
                  messages={messages}
                  partyName={queue.partyName}
                  now={queue.now}
                  window={queue.window}
                  cls={cls}
                  props={context}
                  watch={watchOf(entry)}
                  peers={peers.peersAt(entry.ticket.id)}
                />
              );
            })}
          </tbody>
        </table>
      </div>
      {queue.rows.length === 0 && <p className={cls('empty')}>{messages.noTickets}</p>}
      <div role="status" aria-live="polite" aria-atomic="true">
        <VisuallyHidden>{announcement}</VisuallyHidden>
      </div>
      {dialogWanted && (
        <TicketDialog
          selected={selected}
          onClose={() => queue.select(null)}
          title={(entry) => messages.openTicket(`${entry.ticket.id} · ${entry.ticket.title}`)}
          closeLabel={messages.close}
          returnFocus={returnFocus}
          cls={cls}
          style={style}
          dir={dir}
          timeline={{
            now: queue.now,
            messages: options.messages,
            locale,
            viewerTimeZone,
            unstyled,
            ...context,
          }}
        />
      )}
    </div>
  );
}
