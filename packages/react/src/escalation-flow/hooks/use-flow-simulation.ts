import type { SimulatedTicket, TicketSimEvent, TraceEntry } from '@tandem/core/escalation';
import { useEffect, useMemo, useState } from 'react';
import { lazyValue } from '../../hooks/lazy-value';
import { transitionWords } from '../model/flow-words';
import type { EscalationFlowState } from './use-escalation-flow';

/** The simulation engine, a chunk of its own (see simulation-engine.ts). */
export const simulationEngine = /* @__PURE__ */ lazyValue(() =>
  import('../model/simulation-engine').then((m) => m.simulateEscalation),
);
const NO_TRACE: readonly TraceEntry[] = [];

/**
 * A ticket to offer in the simulation picker, with what happens to it (acknowledgements,
 * pauses, resolution) and how long to watch, in minutes after opening.
 *
 * @example
 * const sample: SimulationSample = { label: 'Password reset, Monday 10:00', ticket: { categoryId: 'helpdesk', priority: 'P3', openedAt: Date.UTC(2026, 2, 2, 10) } };
 */
export interface SimulationSample {
  readonly label: string;
  readonly ticket: SimulatedTicket;
  readonly events?: readonly TicketSimEvent[] | undefined;
  readonly windowMinutes?: number | undefined;
}

/**
 * Where the scrubber stands in a trace: the steps entered so far, the current one, the
 * transitions taken and when each entered step first fired.
 *
 * @example
 * const path = pathAt(trace, 3); path.current; // 'eng'
 */
export interface SimulationPath {
  readonly current: string | undefined;
  readonly visited: ReadonlySet<string>;
  readonly taken: ReadonlySet<string>;
  readonly firedAt: ReadonlyMap<string, number>;
}

/**
 * The path up to and including entry `cursor` of a trace.
 *
 * @example
 * pathAt(trace, trace.length - 1).visited.has('t1'); // true
 */
export function pathAt(trace: readonly TraceEntry[], cursor: number): SimulationPath {
  const visited = new Set<string>();
  const taken = new Set<string>();
  const firedAt = new Map<string, number>();
  let current: string | undefined;
  trace.slice(0, cursor + 1).forEach((entry) => {
    if (entry.kind === 'escalated' && entry.transitionId) taken.add(entry.transitionId);
    if ((entry.kind === 'assigned' || entry.kind === 'notified') && entry.stepId) {
      visited.add(entry.stepId);
      current = entry.stepId;
      if (!firedAt.has(entry.stepId)) firedAt.set(entry.stepId, entry.at);
    }
  });
  return { current, visited, taken, firedAt };
}

const DEFAULT_WINDOW = 3 * 24 * 60;
const MINUTE = 60_000;

/**
 * Simulation mode for a flow: a sample ticket (editable), the core's `simulateEscalation`
 * trace of it through the flow's routing and policy, a cursor through the trace and play/pause
 * that steps the cursor on a timer. Deterministic: times come only from the samples.
 *
 * The engine is a chunk of its own: while `enabled` is false (the flow is not simulating) there
 * is no trace and nothing is loaded; a render that enables it before the chunk arrived suspends
 * until it is there (turn it on inside `startTransition` to keep the page as it was meanwhile).
 *
 * @example
 * const sim = useFlowSimulation(flow, samples);
 * <input type="range" {...sim.getScrubberProps()} />
 */
export function useFlowSimulation(
  flow: EscalationFlowState,
  samples: readonly SimulationSample[],
  options: { stepMs?: number; enabled?: boolean } = {},
) {
  const enabled = options.enabled ?? true;
  const [sampleIndex, setSampleIndex] = useState(0);
  const sample = samples[sampleIndex];
  const [ticket, setTicket] = useState<SimulatedTicket | undefined>(sample?.ticket);
  const [cursor, setCursor] = useState(0);
  const [playing, setPlaying] = useState(false);
  const { policy, routing, calendars, sla, matrix } = flow;

  const simulate = enabled ? simulationEngine.read() : undefined;
  const trace = useMemo(() => {
    if (!ticket || !simulate) return NO_TRACE;
    const until = ticket.openedAt + (sample?.windowMinutes ?? DEFAULT_WINDOW) * MINUTE;
    const context = {
      policy,
      routing,
      ...(calendars && { calendars }),
      ...(sla && { sla }),
      ...(matrix && { matrix }),
    };
    return simulate(context, ticket, sample?.events ?? [], until);
  }, [simulate, ticket, sample, policy, routing, calendars, sla, matrix]);

  const last = Math.max(0, trace.length - 1);
  const at = Math.min(cursor, last);
  const stepMs = options.stepMs ?? 900;
  useEffect(() => {
    if (!playing) return;
    if (at >= last) {
      setPlaying(false);
      return;
    }
    const timer = setTimeout(() => setCursor(at + 1), stepMs);
    return () => clearTimeout(timer);
  }, [playing, at, last, stepMs]);

  const path = useMemo(() => pathAt(trace, at), [trace, at]);

  return {
    samples,
    sampleIndex,
    chooseSample: (index: number) => {
      setSampleIndex(index);
      setTicket(samples[index]?.ticket);
      setCursor(0);
      setPlaying(false);
    },
    ticket,
    /** Edits the ticket (category, priority, time…) and rewinds. */
    setTicket: (next: SimulatedTicket) => {
      setTicket(next);
      setCursor(0);
    },
    trace,
    cursor: at,
    setCursor: (index: number) => setCursor(Math.max(0, Math.min(last, index))),
    path,
    playing,
    play: () => {
      if (at >= last) setCursor(0);
      setPlaying(true);
    },
    pause: () => setPlaying(false),
    restart: () => {
      setCursor(0);
      setPlaying(false);
    },
    /** Props for an `<input type="range">` that scrubs through the trace. */
    getScrubberProps: () => ({
      type: 'range' as const,
      min: 0,
      max: last,
      step: 1,
      value: at,
      'aria-label': flow.messages.scrubber,
      'aria-valuetext': trace[at] ? describeEntry(flow, trace[at]) : '',
      onChange: (event: { target: { value: string } }) => {
        setPlaying(false);
        setCursor(Number(event.target.value));
      },
    }),
  };
}

/**
 * The zone a simulation's times are read and shown in: the SLA policy's calendar's, where the
 * business is; UTC without one.
 *
 * @example
 * simulationTimeZone(flow); // 'America/New_York'
 */
export function simulationTimeZone(flow: Pick<EscalationFlowState, 'calendars' | 'sla'>): string {
  return flow.calendars?.get(flow.sla?.calendarId ?? '')?.timeZone ?? 'UTC';
}

/**
 * A trace line in the flow's own words (the core's reasons are English).
 *
 * @example
 * describeEntry(flow, trace[0]); // 'Mon 2 Mar, 10:00 UTC — Routed to Internal IT'
 */
export function describeEntry(flow: EscalationFlowState, entry: TraceEntry): string {
  const m = flow.messages;
  const transition = entry.transitionId
    ? flow.policy.transitions.find((t) => t.id === entry.transitionId)
    : undefined;
  const zone = simulationTimeZone(flow);
  const time = m.formatTime(entry.at, zone);
  const line = `${time} — ${m.traceEntry(entry.kind, {
    step: entry.stepId ? flow.stepName(entry.stepId) : '',
    parties: (entry.partyIds ?? []).map(flow.partyName).join(', '),
    trigger: transition ? transitionWords(m, transition, flow.nameOf) : '',
    time,
  })}`;
  if (entry.heldSince === undefined) return line;
  return `${line}, ${m.held(m.formatShortTime(entry.heldSince, zone), m.formatShortTime(entry.at, zone))}`;
}

/**
 * What {@link useFlowSimulation} returns.
 *
 * @example
 * function Scrubber({ sim }: { sim: FlowSimulation }) { return <input {...sim.getScrubberProps()} />; }
 */
export type FlowSimulation = ReturnType<typeof useFlowSimulation>;
