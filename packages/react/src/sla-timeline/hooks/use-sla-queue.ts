import type { CalendarSource, Instant } from '@tandem/core/sla';
import {
  type KeyboardEvent,
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
} from 'react';
import { useCalendarRegistry } from '../../hooks/use-calendar-registry';
import { useControllableState } from '../../hooks/use-controllable-state';
import { useRowWindow } from '../../hooks/use-row-window';
import { resolveSlaMessages, type SlaMessageOverrides, type SlaMessages } from '../messages';
import {
  compareByTimeToBreach,
  facetCounts,
  filterEntries,
  type QueueEntry,
  type SlaQueueFilter,
  type SlaQueueTicket,
  summariseTicket,
} from '../model/queue-model';
import type { TimeRange } from '../model/time-scale';
import type { SlaParty } from './use-sla-timeline';

/**
 * Options of {@link useSlaQueue}.
 *
 * @example
 * const options: UseSlaQueueOptions = { tickets, now: Date.UTC(2026, 2, 3, 20), calendars, parties };
 */
export interface UseSlaQueueOptions {
  readonly tickets: readonly SlaQueueTicket[];
  /** The present; pass it explicitly and move it on with a timer. */
  readonly now: Instant;
  /** A registry, or plain calendar specs (what a server component can send). */
  readonly calendars?: CalendarSource | undefined;
  readonly parties?: readonly SlaParty[] | undefined;
  readonly filter?: SlaQueueFilter | undefined;
  readonly defaultFilter?: SlaQueueFilter | undefined;
  readonly onFilterChange?: ((filter: SlaQueueFilter) => void) | undefined;
  /** The ticket whose full timeline is open (controlled); `null` for none. */
  readonly selectedId?: string | null | undefined;
  readonly defaultSelectedId?: string | null | undefined;
  readonly onSelectedIdChange?: ((id: string | null) => void) | undefined;
  readonly messages?: SlaMessageOverrides | undefined;
  /** What the rows' compact timelines show around now; a day back and two ahead by default. */
  readonly window?: { readonly before: number; readonly after: number } | undefined;
  /** Row height in px for the virtualiser; 44 by default. */
  readonly rowHeight?: number | undefined;
  /**
   * The tallest the rows' scroll area grows before it scrolls (a CSS length or px); shorter
   * queues take only the height of their rows. `var(--tandem-sla-queue-height, 32rem)` by default.
   */
  readonly maxHeight?: string | number | undefined;
}

const HOUR = 3_600_000;
const NO_FILTER: SlaQueueFilter = {};
const SCREENFUL = 480;

/**
 * The six columns every row shares, header included: inline, like the rows' virtual places, so
 * the queue keeps its shape with no stylesheet. Their widths are `--tandem-sla-queue-columns`,
 * which the default look sets.
 */
const columns = {
  display: 'grid',
  gridTemplateColumns: 'var(--tandem-sla-queue-columns, 3fr 1fr 2fr 2fr 2fr 3fr)',
  alignItems: 'center',
} as const;

function toggled(list: readonly string[] | undefined, value: string): string[] {
  const current = list ?? [];
  return current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
}

/**
 * Headless state of an SLA queue: every ticket summed up by `computeSla`, sorted by time to
 * breach, filtered by holder and priority (faceted counts included), a selected ticket, keyboard
 * navigation and a virtualiser (TanStack Virtual) so thousands of rows scroll smoothly.
 *
 * @example
 * const queue = useSlaQueue({ tickets, now, calendars, parties });
 * <div {...queue.getGridProps()}>{queue.virtualRows.map((row) => <div {...queue.getRowProps(row.index)} />)}</div>
 */
export function useSlaQueue(options: UseSlaQueueOptions) {
  const now = typeof options.now === 'number' ? options.now : +options.now;
  const { tickets, parties } = options;
  const calendars = useCalendarRegistry(options.calendars);
  const messages: SlaMessages = useMemo(
    () => resolveSlaMessages(options.messages),
    [options.messages],
  );
  const entries = useMemo(() => {
    const summaries = tickets.map((ticket) =>
      summariseTicket(ticket, now, {
        ...(calendars ? { calendars } : {}),
        ...(parties ? { parties } : {}),
      }),
    );
    return summaries.sort(compareByTimeToBreach);
  }, [tickets, now, calendars, parties]);

  const [filter, setFilter] = useControllableState<SlaQueueFilter>({
    value: options.filter,
    defaultValue: options.defaultFilter ?? NO_FILTER,
    onChange: options.onFilterChange,
    name: 'SlaQueue (filter)',
  });
  const [selectedId, setSelectedId] = useControllableState<string | null>({
    value: options.selectedId,
    defaultValue: options.defaultSelectedId ?? null,
    onChange: options.onSelectedIdChange,
    name: 'SlaQueue (selected ticket)',
  });
  const rows = useMemo(() => filterEntries(entries, filter), [entries, filter]);
  const facets = useMemo(() => {
    const counts = facetCounts(entries, filter);
    const withSelected = (pairs: [string, number][], chosen: readonly string[] | undefined) => {
      const known = new Set(pairs.map(([key]) => key));
      const missing = (chosen ?? [])
        .filter((key) => !known.has(key))
        .map((key) => [key, 0] as [string, number]);
      return [...pairs, ...missing].map(([key, count]) => ({ key, count }));
    };
    return {
      parties: withSelected(counts.parties, filter.partyIds).map((f) => ({
        ...f,
        name: messages.party(f.key || undefined, parties?.find((p) => p.id === f.key)?.name),
        pressed: filter.partyIds?.includes(f.key) ?? false,
      })),
      priorities: withSelected(counts.priorities, filter.priorities).map((f) => ({
        ...f,
        name: f.key,
        pressed: filter.priorities?.includes(f.key) ?? false,
      })),
    };
  }, [entries, filter, messages, parties]);

  const partyName = useCallback(
    (id: string | undefined) => messages.party(id, parties?.find((p) => p.id === id)?.name),
    [messages, parties],
  );
  const window: TimeRange = useMemo(
    () => ({
      from: now - (options.window?.before ?? 24 * HOUR),
      to: now + (options.window?.after ?? 48 * HOUR),
    }),
    [now, options.window?.before, options.window?.after],
  );

  const scrollRef = useRef<HTMLDivElement | null>(null);
  const [scrollElement, setScrollElement] = useState<HTMLDivElement | null>(null);
  const setScrollRef = useCallback((node: HTMLDivElement | null) => {
    scrollRef.current = node;
    setScrollElement(node);
  }, []);
  const rowHeight = options.rowHeight ?? 44;
  const rowKey = useCallback((index: number) => rows[index]?.ticket.id ?? `#${index}`, [rows]);
  // Rows have one height, never measured: row i starts at i × rowHeight.
  const rowWindow = useRowWindow({
    count: rows.length,
    getKey: rowKey,
    scrollElement,
    estimate: rowHeight,
    enabled: true,
    initialHeight: SCREENFUL,
  });

  const [active, setActive] = useState(0);
  const activeIndex = Math.min(active, Math.max(rows.length - 1, 0));
  const focusWanted = useRef(false);
  const ids = useId();
  useEffect(() => {
    if (!focusWanted.current) return;
    const row = scrollRef.current?.querySelector<HTMLElement>(`[data-index="${activeIndex}"]`);
    // A far row (End, Page Down) is rendered only once the virtualiser has scrolled to it:
    // keep wanting focus until then, or it is lost with the row that had it.
    if (!row) return;
    focusWanted.current = false;
    row.focus();
  });

  const moveTo = useCallback(
    (index: number) => {
      const next = Math.min(Math.max(index, 0), rows.length - 1);
      if (next < 0) return;
      setActive(next);
      focusWanted.current = true;
      rowWindow.scrollToIndex(next);
    },
    [rows.length, rowWindow.scrollToIndex],
  );
  const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 480) / rowHeight) - 1);
  const onRowKeyDown = useCallback(
    (event: KeyboardEvent<HTMLElement>, index: number) => {
      const moves: Record<string, number> = {
        ArrowDown: index + 1,
        ArrowUp: index - 1,
        PageDown: index + page,
        PageUp: index - page,
        Home: 0,
        End: rows.length - 1,
      };
      const target = moves[event.key];
      if (target !== undefined) {
        event.preventDefault();
        moveTo(target);
      } else if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        const entry = rows[index];
        if (entry) setSelectedId(entry.ticket.id);
      }
    },
    [moveTo, page, rows, setSelectedId],
  );

  const toggleParty = useCallback(
    (partyId: string) => setFilter((f) => ({ ...f, partyIds: toggled(f.partyIds, partyId) })),
    [setFilter],
  );
  const togglePriority = useCallback(
    (priority: string) => setFilter((f) => ({ ...f, priorities: toggled(f.priorities, priority) })),
    [setFilter],
  );

  const selected: QueueEntry | undefined = useMemo(
    () => (selectedId === null ? undefined : entries.find((e) => e.ticket.id === selectedId)),
    [entries, selectedId],
  );

  return {
    now,
    messages,
    entries,
    rows,
    filter,
    setFilter,
    toggleParty,
    togglePriority,
    facets,
    partyName,
    window,
    selectedId,
    selected,
    select: setSelectedId,
    activeIndex,
    virtualRows: rowWindow.rows,
    totalSize: rowWindow.total,
    rowHeight,
    /** For the element that scrolls the rows: as tall as the rows, up to `maxHeight`. */
    getScrollProps: () => ({
      ref: setScrollRef,
      style: {
        position: 'relative',
        overflow: 'auto',
        boxSizing: 'border-box',
        maxBlockSize: options.maxHeight ?? 'var(--tandem-sla-queue-height, 32rem)',
      } as const,
    }),
    /** For the header row: the columns the rows share. */
    getHeaderRowProps: () => ({ 'aria-rowindex': 1, style: columns }),
    /** For the element holding the rows: as tall as all of them, so the scrollbar is true. */
    getBodyProps: () => ({
      style: {
        display: 'block',
        position: 'relative',
        blockSize: rowWindow.total,
      } as const,
    }),
    getGridProps: () => ({
      style: { display: 'grid', minInlineSize: '62rem' },
      role: 'grid' as const,
      'aria-label': messages.queueLabel,
      'aria-rowcount': rows.length + 1,
      'aria-colcount': 6,
      id: `${ids}-grid`,
    }),
    getRowProps: (index: number) => {
      const entry = rows[index];
      return {
        role: 'row' as const,
        'aria-rowindex': index + 2,
        'aria-selected': entry !== undefined && entry.ticket.id === selectedId,
        tabIndex: index === activeIndex ? 0 : -1,
        'data-index': index,
        'data-state': entry?.state,
        // Placed by the row window (rows have one height, so row i starts at i × rowHeight).
        style: {
          ...columns,
          position: 'absolute',
          insetBlockStart: 0,
          insetInline: 0,
          boxSizing: 'border-box',
          overflow: 'hidden',
          blockSize: rowHeight,
          transform: `translateY(${index * rowHeight}px)`,
        } as const,
        onKeyDown: (event: KeyboardEvent<HTMLElement>) => onRowKeyDown(event, index),
        onFocus: () => setActive(index),
        onClick: () => {
          setActive(index);
          if (entry) setSelectedId(entry.ticket.id);
        },
      };
    },
    getPartyFilterProps: (partyId: string) => ({
      type: 'button' as const,
      'aria-pressed': filter.partyIds?.includes(partyId) ?? false,
      onClick: () => toggleParty(partyId),
    }),
    getPriorityFilterProps: (priority: string) => ({
      type: 'button' as const,
      'aria-pressed': filter.priorities?.includes(priority) ?? false,
      onClick: () => togglePriority(priority),
    }),
  };
}

/**
 * What {@link useSlaQueue} returns.
 *
 * @example
 * function Count({ queue }: { queue: SlaQueueState }) { return <span>{queue.rows.length}</span>; }
 */
export type SlaQueueState = ReturnType<typeof useSlaQueue>;
