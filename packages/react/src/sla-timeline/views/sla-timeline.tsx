import { type CSSProperties, type PointerEvent, useEffect, useState } from 'react';
import { peerMarks } from '../../presence/peer-marks';
import { presenceRootProps } from '../../presence/presence-events';
import type { PresenceOptions } from '../../presence/presence-types';
import { usePresence } from '../../presence/use-presence';
import { VisuallyHidden } from '../../visually-hidden/visually-hidden';
import { useHeldBy } from '../hooks/use-held-by';
import {
  type SlaTimelineState,
  type UseSlaTimelineOptions,
  useSlaTimeline,
} from '../hooks/use-sla-timeline';
import { zoneCity } from '../model/format';
import { HeldByLane } from './held-by-lane';
import { HeldBySummary, HeldByTable } from './held-by-summary';
import { type Cls, laneRow, TimelineDays, TimelineGrid, TimelineTicks } from './timeline-axis';
import {
  ActivityLane,
  ClockLaneTrack,
  ClosedShading,
  EscalationLane,
  HolderLane,
  HoursLane,
} from './timeline-lanes';
import { TimelineReadout } from './timeline-readout';
import { TimelineTable } from './timeline-table';

/**
 * Props of {@link SlaTimeline}: the hook's options plus presentation.
 *
 * @example
 * const props: SlaTimelineProps = { policy, history, now, calendars, parties, table: 'visible' };
 */
export interface SlaTimelineProps extends UseSlaTimelineOptions {
  className?: string | undefined;
  /** Inline styles for the root, such as a theme's `--tandem-sla-*` properties. */
  style?: CSSProperties | undefined;
  /** Leaves out the `tandem-sla*` classes so none of the default look applies. */
  unstyled?: boolean | undefined;
  /** The tables carrying the same facts: for screen readers only (default), or on screen too. */
  table?: 'hidden' | 'visible' | undefined;
  /** The ticket's id and title, for `presence`: the place peers and this user are at. */
  ticket?: { readonly id: string; readonly title?: string | undefined } | undefined;
  /**
   * Other people looking at the same ticket, and where to report this user's own focus (live
   * co-editing): with `ticket` given, the timeline is outlined in the colour of whoever else has
   * that ticket focused, with their names in its header, and their arrival is announced
   * politely; focus inside the timeline is reported as that `ticket` place.
   *
   * @example
   * ticket={{ id: 'T-1042', title: 'VPN drops every hour' }}
   * presence={{ peers, onLocalChange: (local) => setPresence(awareness, local) }}
   */
  presence?: PresenceOptions | undefined;
}

interface Tip {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  /** Past the middle: the tip opens towards the start so it stays on screen. */
  readonly flip: boolean;
}

/**
 * One tooltip for the whole plot, fed by the `data-tip` of whatever the pointer is over; Escape
 * dismisses it without moving the pointer. A pointer convenience only: the marks are not
 * focusable (the lanes are hidden from assistive technology), and every fact a tooltip gives is
 * in the tables — for screen readers, or on screen with `table="visible"` — while the readout
 * and the live region give the SLA at the keyboard's cursor.
 */
function useTooltip() {
  const [tip, setTip] = useState<Tip | null>(null);
  const open = tip !== null;
  useEffect(() => {
    if (!open) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setTip(null);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [open]);
  const onPointerOver = (event: PointerEvent<HTMLElement>) => {
    const target = (event.target as Element).closest?.('[data-tip]');
    const text = target?.getAttribute('data-tip');
    if (!text) return setTip(null);
    const rect = event.currentTarget.getBoundingClientRect();
    const x = event.clientX - rect.left;
    setTip({ text, x, y: event.clientY - rect.top, flip: x > rect.width / 2 });
  };
  return { tip, onPointerOver, onPointerLeave: () => setTip(null) };
}

function LaneLabel({
  cls,
  lane,
  children,
  state,
}: {
  cls: Cls;
  lane: string;
  children: string;
  state?: string;
}) {
  return (
    <div
      className={cls('lane-label')}
      style={{ ...laneRow(lane), overflow: 'hidden' }}
      title={children || undefined}
      data-lane={lane}
      data-state={state}
    >
      {children}
    </div>
  );
}

function Labels({ timeline, cls }: { timeline: SlaTimelineState; cls: Cls }) {
  const { messages, format, range } = timeline;
  const middle = (range.from + range.to) / 2;
  return (
    <div className={cls('labels')} aria-hidden="true">
      <LaneLabel cls={cls} lane="days">
        {messages.calendarAxis(zoneCity(format.calendarZone), format.zoneName(middle, 'calendar'))}
      </LaneLabel>
      <LaneLabel cls={cls} lane="calendar-ticks">
        {''}
      </LaneLabel>
      <LaneLabel cls={cls} lane="hours">
        {messages.lanes.hours}
      </LaneLabel>
      <LaneLabel cls={cls} lane="holder">
        {messages.lanes.holder}
      </LaneLabel>
      {timeline.lanes.map((lane) => (
        <LaneLabel key={lane.kind} cls={cls} lane="clock" state={lane.clock.state}>
          {messages.clockLaneLabel(
            messages.clockName[lane.kind],
            messages.clockState[lane.clock.state],
          )}
        </LaneLabel>
      ))}
      <LaneLabel cls={cls} lane="activity">
        {messages.lanes.activity}
      </LaneLabel>
      <LaneLabel cls={cls} lane="escalation">
        {messages.lanes.escalation}
      </LaneLabel>
      <LaneLabel cls={cls} lane="viewer-ticks">
        {messages.viewerAxis(zoneCity(format.viewerZone), format.zoneName(middle, 'viewer'))}
      </LaneLabel>
    </div>
  );
}

function Toolbar({ timeline, cls }: { timeline: SlaTimelineState; cls: Cls }) {
  const { messages, format, range } = timeline;
  const buttons = [
    [timeline.getEarlierProps(), '‹', 'earlier'],
    [timeline.getZoomOutProps(), '−', 'zoom-out'],
    [timeline.getZoomInProps(), '+', 'zoom-in'],
    [timeline.getLaterProps(), '›', 'later'],
  ] as const;
  return (
    <div role="toolbar" aria-label={messages.toolbarLabel} className={cls('toolbar')}>
      {buttons.map(([props, glyph, icon]) => (
        <button key={icon} {...props} className={cls('button')} data-icon={icon}>
          <span aria-hidden="true">{glyph}</span>
        </button>
      ))}
      <button {...timeline.getFitProps()} aria-label={undefined} className={cls('button')}>
        {messages.fit}
      </button>
      <button {...timeline.getNowProps()} aria-label={undefined} className={cls('button')}>
        {messages.goToNow}
      </button>
      <span className={cls('range')} data-testid="sla-range">
        {messages.visibleRange(
          format.calendar(range.from, 'dateTime'),
          format.calendar(range.to, 'dateTime'),
        )}
      </span>
    </div>
  );
}

/**
 * An SLA timeline for one ticket: open and closed hours, who held it, one lane per SLA clock
 * with thresholds, due and breach, its events and escalations, a "now" line and a time cursor
 * that shows the SLA at any moment. Zoom with the buttons, Ctrl/⌘ + wheel, a pinch or + and −;
 * pan by dragging, Shift + wheel or the arrow buttons; scrub by dragging the cursor or with the
 * arrow keys. Hovering a mark shows what it is and when in a tooltip (Escape hides it); the same
 * facts are in the tables, which keyboard and screen-reader users reach instead (`table="visible"`
 * shows them on screen). Built only from {@link useSlaTimeline}.
 *
 * @example
 * <SlaTimeline
 *   policy={policy}
 *   history={ticket.history}
 *   now={Date.UTC(2026, 2, 3, 15)}
 *   calendars={calendars}
 *   parties={matrix.parties}
 *   escalations={simulateEscalation(context, ticket, simEventsOf(ticket.history, policy.pauseStatuses), now)}
 * />
 */
export function SlaTimeline(props: SlaTimelineProps) {
  const {
    className,
    style,
    unstyled = false,
    table = 'hidden',
    ticket,
    presence,
    ...options
  } = props;
  const timeline = useSlaTimeline(options);
  const heldBy = useHeldBy(timeline.ticket, timeline.lanes, timeline.focus, options.heldBy);
  const cls: Cls = (name) => (unstyled ? undefined : `tandem-sla-${name}`);
  const rootClass = [unstyled ? undefined : 'tandem-sla', className].filter(Boolean).join(' ');
  const { messages } = timeline;
  const peers = usePresence({
    presence,
    itemOf: (place) => (place.kind === 'ticket' ? place.ticketId : undefined),
    nameOf: (place) =>
      place.kind === 'ticket' && place.ticketId === ticket?.id
        ? (ticket.title ?? ticket.id)
        : undefined,
    messages,
    announce: timeline.announce,
  });
  const focusProps = presenceRootProps(peers.setFocus, () =>
    ticket ? { kind: 'ticket', ticketId: ticket.id } : undefined,
  );
  const place = ticket && ({ kind: 'ticket', ticketId: ticket.id } as const);
  const marks = place
    ? peerMarks(peers.peersAt(place.ticketId), place, messages, cls('peer'))
    : undefined;
  const tooltip = useTooltip();
  const nowStyle = timeline.place(timeline.now);
  // Kept in the DOM at the edge when panned out of view: the slider must stay reachable.
  const cursorStyle = timeline.place(timeline.cursor) ?? {
    position: 'absolute' as const,
    insetInlineStart: timeline.cursor < timeline.range.from ? '0%' : '100%',
  };
  const tables = (
    <>
      <TimelineTable timeline={timeline} cls={cls} />
      {heldBy && <HeldByTable timeline={timeline} heldBy={heldBy} cls={cls} />}
    </>
  );

  return (
    <div
      {...timeline.getRootProps()}
      {...focusProps}
      data-peer={marks?.attributes['data-peer']}
      className={rootClass || undefined}
      style={marks?.attributes.style ? { ...style, ...marks.attributes.style } : style}
    >
      <div className={cls('header')}>
        <TimelineReadout timeline={timeline} cls={cls} />
        {marks?.tags}
        <Toolbar timeline={timeline} cls={cls} />
      </div>
      {timeline.lanes.length === 0 && (
        <p className={cls('empty')}>{messages.noTargets(timeline.sla.priority)}</p>
      )}
      <div
        className={cls('body')}
        style={{
          display: 'grid',
          gridTemplateColumns: 'var(--tandem-sla-label-width, 11.5rem) minmax(0, 1fr)',
        }}
      >
        <Labels timeline={timeline} cls={cls} />
        <div
          {...timeline.getPlotProps()}
          className={cls('plot')}
          style={{ position: 'relative' }}
          onPointerOver={tooltip.onPointerOver}
          onPointerLeave={tooltip.onPointerLeave}
        >
          <ClosedShading timeline={timeline} cls={cls} />
          <TimelineGrid timeline={timeline} cls={cls} />
          <div
            className={cls('lanes')}
            style={{ position: 'relative', overflow: 'hidden' }}
            aria-hidden="true"
          >
            <TimelineDays timeline={timeline} cls={cls} />
            <TimelineTicks timeline={timeline} which="calendar" cls={cls} />
            <HoursLane timeline={timeline} cls={cls} />
            {heldBy ? (
              <HeldByLane timeline={timeline} heldBy={heldBy} cls={cls} />
            ) : (
              <HolderLane timeline={timeline} cls={cls} />
            )}
            {timeline.lanes.map((lane) => (
              <ClockLaneTrack key={lane.kind} timeline={timeline} lane={lane} cls={cls} />
            ))}
            <ActivityLane timeline={timeline} cls={cls} />
            <EscalationLane timeline={timeline} cls={cls} />
            <TimelineTicks timeline={timeline} which="viewer" cls={cls} />
          </div>
          {nowStyle && (
            <div className={cls('now')} style={{ ...nowStyle, insetBlock: 0 }} aria-hidden="true">
              <span className={cls('now-label')}>{messages.now}</span>
            </div>
          )}
          <div
            className={cls('cursor-line')}
            style={{ ...cursorStyle, insetBlock: 0 }}
            data-sla-cursor=""
            aria-hidden="true"
          />
          <div
            {...timeline.getCursorProps()}
            className={cls('cursor')}
            style={{ ...cursorStyle, insetBlockEnd: 0 }}
          >
            <span aria-hidden="true">{timeline.format.calendar(timeline.cursor, 'time')}</span>
          </div>
          {tooltip.tip && !timeline.scrubbing && (
            <div
              role="tooltip"
              className={cls('tooltip')}
              style={{ position: 'absolute', left: tooltip.tip.x, top: tooltip.tip.y }}
              data-flip={tooltip.tip.flip ? '' : undefined}
            >
              {tooltip.tip.text}
            </div>
          )}
        </div>
      </div>
      {heldBy && <HeldBySummary timeline={timeline} heldBy={heldBy} cls={cls} />}
      <VisuallyHidden>
        <span id={timeline.instructionsId}>{messages.cursorInstructions}</span>
      </VisuallyHidden>
      <div role="status" aria-live="polite" aria-atomic="true">
        <VisuallyHidden>{timeline.announcement}</VisuallyHidden>
      </div>
      {table === 'visible' ? tables : <VisuallyHidden>{tables}</VisuallyHidden>}
    </div>
  );
}
