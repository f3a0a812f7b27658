import { SLA_TARGET_KINDS } from '@tandem/core/sla';
import { type KeyboardEvent, useCallback, useId, useMemo, useState } from 'react';
import { useAnnouncer } from '../../hooks/use-announcer';
import { useCalendarRegistry } from '../../hooks/use-calendar-registry';
import { useControllableState } from '../../hooks/use-controllable-state';
import { useHydrated } from '../../hooks/use-hydrated';
import { resolveSlaMessages, type SlaMessages } from '../messages';
import { createTimeFormat, SERVER_LOCALE, viewerTimeZone } from '../model/format';
import { slaMomentAt } from '../model/sla-moment';
import { axisTicks, chooseTickUnit, dayBands } from '../model/ticks';
import {
  clampRange,
  cursorStep,
  panRange,
  placeIn,
  revealTime,
  snapTime,
  type TimeRange,
  zoomRange,
} from '../model/time-scale';
import { cursorKeyAction } from '../model/timeline-keys';
import type { SlaParty, UseSlaTimelineOptions } from '../model/timeline-options';
import { momentWords } from '../model/timeline-words';
import { hoursOver, useTicketData } from './use-timeline-data';
import { useTimelineGestures } from './use-timeline-gestures';

export type { SlaParty, UseSlaTimelineOptions };

const ZOOM_STEP = 1.6;

/**
 * Headless state of an SLA timeline for one ticket: the clocks from `computeSla`, lanes of
 * hours, holders, events and escalations, a zoomable range, a time cursor with the SLA at that
 * moment, and attribute bags for a slider, a plot and toolbar buttons. `<SlaTimeline>` is one
 * rendering of it.
 *
 * @example
 * const timeline = useSlaTimeline({ policy, history, now, calendars, parties });
 * <div {...timeline.getPlotProps()}>
 *   <div {...timeline.getCursorProps()} style={timeline.place(timeline.cursor)} />
 * </div>
 */
export function useSlaTimeline(options: UseSlaTimelineOptions) {
  const now = typeof options.now === 'number' ? options.now : +options.now;
  const messages: SlaMessages = useMemo(
    () => resolveSlaMessages(options.messages),
    [options.messages],
  );
  const data = useTicketData(
    {
      policy: options.policy,
      history: options.history,
      now,
      calendars: useCalendarRegistry(options.calendars),
      parties: options.parties,
    },
    options.focus,
    options.escalations,
    { minSpan: options.minSpan, maxSpan: options.maxSpan },
  );
  const { fit } = data;
  // A range the host asks for is always reachable, however far from the ticket.
  const asked = options.range ?? options.defaultRange;
  const limits = useMemo(() => {
    const { bounds } = data.limits;
    if (!asked) return data.limits;
    const widened = { from: Math.min(bounds.from, asked.from), to: Math.max(bounds.to, asked.to) };
    const maxSpan = Math.max(data.limits.maxSpan, asked.to - asked.from);
    return { ...data.limits, bounds: widened, maxSpan };
  }, [data.limits, asked]);
  const [rangeValue, setRangeState] = useControllableState<TimeRange>({
    value: options.range,
    defaultValue: options.defaultRange ?? fit,
    onChange: options.onRangeChange,
    name: 'SlaTimeline (range)',
  });
  const range = useMemo(() => clampRange(rangeValue, limits), [rangeValue, limits]);
  const setRange = useCallback(
    (next: TimeRange) => setRangeState(clampRange(next, limits)),
    [setRangeState, limits],
  );
  const [cursor, setCursorState] = useControllableState<number>({
    value: options.cursor,
    defaultValue: options.defaultCursor ?? now,
    onChange: options.onCursorChange,
    name: 'SlaTimeline (cursor)',
  });
  const { announcement, announce } = useAnnouncer();
  const step = cursorStep(range);

  const calendarZone = options.timeZone ?? data.calendar.timeZone;
  // The runtime's locale and zone differ between a server and the visitor's browser: the server
  // render and hydration use fixed ones (en-US, the calendar's zone), the browser's come after.
  const hydrated = useHydrated();
  const [runtimeZone] = useState(viewerTimeZone);
  const viewerZone = options.viewerTimeZone ?? (hydrated ? runtimeZone : calendarZone);
  const locale = options.locale ?? (hydrated ? undefined : SERVER_LOCALE);
  const format = useMemo(
    () => createTimeFormat(locale, calendarZone, viewerZone),
    [locale, calendarZone, viewerZone],
  );
  const partyName = useCallback(
    (id: string | undefined) =>
      messages.party(id, options.parties?.find((party) => party.id === id)?.name),
    [messages, options.parties],
  );

  const moment = useMemo(
    () => slaMomentAt(data.ticket, cursor, options.escalations),
    [data.ticket, cursor, options.escalations],
  );
  const momentText = messages.moment(momentWords(moment, format, messages, partyName));

  const moveCursor = useCallback(
    (t: number, done: boolean) => {
      const clamped = Math.min(Math.max(t, limits.bounds.from), limits.bounds.to);
      setCursorState(clamped);
      setRange(revealTime(range, clamped, limits));
      if (done) {
        const next = slaMomentAt(data.ticket, clamped, options.escalations);
        announce(messages.moment(momentWords(next, format, messages, partyName)));
      }
    },
    [
      limits,
      range,
      setRange,
      setCursorState,
      data.ticket,
      options.escalations,
      announce,
      messages,
      format,
      partyName,
    ],
  );

  const { plotProps, width, scrubbing } = useTimelineGestures({
    range,
    limits,
    step,
    setRange,
    setCursor: moveCursor,
  });

  const unit = chooseTickUnit(range.to - range.from, width || 800);
  const axes = useMemo(
    () => ({
      unit,
      calendarTicks: axisTicks(range, calendarZone, unit),
      viewerTicks: axisTicks(range, viewerZone, unit),
      days: dayBands(range, calendarZone),
    }),
    [range, calendarZone, viewerZone, unit],
  );
  const hours = useMemo(
    () => hoursOver(data.ticket, data.focus, range),
    [data.ticket, data.focus, range],
  );

  const zoomBy = useCallback(
    (factor: number, anchor?: number) => {
      const at =
        anchor ??
        (cursor >= range.from && cursor <= range.to ? cursor : (range.from + range.to) / 2);
      setRange(zoomRange(range, factor, at, limits));
    },
    [cursor, range, limits, setRange],
  );
  const panBy = useCallback(
    (fraction: number) => setRange(panRange(range, fraction * (range.to - range.from), limits)),
    [range, limits, setRange],
  );
  const fitTicket = useCallback(() => setRange(fit), [fit, setRange]);

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      const rtl = getComputedStyle(event.currentTarget).direction === 'rtl';
      const action = cursorKeyAction(event, rtl);
      if (!action) return;
      event.preventDefault();
      if (action.type === 'zoom') zoomBy(action.direction === 'in' ? ZOOM_STEP : 1 / ZOOM_STEP);
      else if (action.type === 'fit') fitTicket();
      else {
        const big = Math.max(step * 12, 3_600_000);
        const target =
          action.type === 'step'
            ? snapTime(cursor + action.direction * (action.large ? big : step), step)
            : action.type === 'page'
              ? cursor + action.direction * 86_400_000
              : action.to === 'start'
                ? data.start
                : data.end;
        moveCursor(target, true);
      }
    },
    [zoomBy, fitTicket, step, cursor, data.start, data.end, moveCursor],
  );

  const ids = useId();
  const instructionsId = `${ids}-instructions`;

  /** Where a moment or stretch sits on the plot, as inline styles; undefined off screen. */
  const place = useCallback((from: number, to?: number) => placeIn(range, from, to), [range]);

  const worst = SLA_TARGET_KINDS.map((kind) => data.sla.clocks[kind]?.state);
  const rootState = worst.includes('breached')
    ? 'breached'
    : data.sla.resolved
      ? 'met'
      : data.sla.paused
        ? 'paused'
        : 'running';

  return {
    ...data,
    now,
    messages,
    format,
    partyName,
    range,
    setRange,
    zoomBy,
    panBy,
    fitTicket,
    cursor,
    setCursor: moveCursor,
    step,
    moment,
    momentText,
    announcement,
    /** Says something in the timeline's polite live region (presence uses it). */
    announce,
    axes,
    hours,
    place,
    scrubbing,
    width,
    instructionsId,
    getRootProps: () => ({
      role: 'group' as const,
      'aria-label': messages.timelineLabel,
      'data-state': rootState,
    }),
    getPlotProps: () => ({
      ...plotProps,
      'data-scrubbing': scrubbing ? '' : undefined,
      'data-range-from': range.from,
      'data-range-to': range.to,
    }),
    getCursorProps: () => ({
      role: 'slider' as const,
      tabIndex: 0,
      'aria-label': messages.cursorLabel,
      'aria-orientation': 'horizontal' as const,
      'aria-valuemin': limits.bounds.from,
      'aria-valuemax': limits.bounds.to,
      'aria-valuenow': cursor,
      'aria-valuetext': messages.cursorValue(
        format.calendar(cursor, 'dateTime'),
        format.zoneName(cursor, 'calendar'),
      ),
      'aria-describedby': instructionsId,
      'data-sla-cursor': '',
      'data-state': moment.projected ? 'projected' : 'past',
      onKeyDown,
    }),
    getZoomInProps: () =>
      button(messages.zoomIn, () => zoomBy(ZOOM_STEP), range.to - range.from <= limits.minSpan),
    getZoomOutProps: () =>
      button(
        messages.zoomOut,
        () => zoomBy(1 / ZOOM_STEP),
        range.to - range.from >= Math.min(limits.maxSpan, limits.bounds.to - limits.bounds.from),
      ),
    getFitProps: () => button(messages.fit, fitTicket, false),
    getEarlierProps: () =>
      button(messages.earlier, () => panBy(-0.5), range.from <= limits.bounds.from),
    getLaterProps: () => button(messages.later, () => panBy(0.5), range.to >= limits.bounds.to),
    getNowProps: () => button(messages.goToNow, () => moveCursor(now, true), false),
  };
}

function button(label: string, onClick: () => void, disabled: boolean) {
  return { type: 'button' as const, 'aria-label': label, onClick, disabled };
}

/**
 * What {@link useSlaTimeline} returns.
 *
 * @example
 * function Readout({ timeline }: { timeline: SlaTimelineState }) { return <p>{timeline.momentText}</p>; }
 */
export type SlaTimelineState = ReturnType<typeof useSlaTimeline>;
