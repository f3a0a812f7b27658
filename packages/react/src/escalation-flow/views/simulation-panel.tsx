import type { SimulatedTicket } from '@tandem/core/escalation';
import { useId } from 'react';
import type { EscalationFlowState } from '../hooks/use-escalation-flow';
import {
  describeEntry,
  type FlowSimulation,
  simulationTimeZone,
} from '../hooks/use-flow-simulation';

type Cls = (name: string) => string | undefined;

// The sample's opening time as wall-clock time in `timeZone` ("sv" writes dates the ISO way),
// for a datetime-local field, and back: a wall time less the zone's offset at that moment.
const toInput = (at: number, timeZone: string) =>
  new Date(at).toLocaleString('sv', { timeZone }).replace(' ', 'T').slice(0, 16);
const fromInput = (text: string, timeZone: string) => {
  const wall = Date.parse(`${text}:00Z`);
  const offset = (at: number) => Date.parse(`${toInput(at, timeZone)}:00Z`) - at;
  return wall - offset(wall - offset(wall));
};

/**
 * Simulation mode's controls: a sample ticket and its category, priority, VIP flag and opening
 * time; play, pause and restart; a scrubber through the trace; the trace in words, with the
 * line the scrubber stands on marked.
 *
 * @example
 * <SimulationPanel flow={flow} sim={sim} cls={cls} />
 */
export function SimulationPanel({
  flow,
  sim,
  cls,
}: {
  flow: EscalationFlowState;
  sim: FlowSimulation;
  cls: Cls;
}) {
  const m = flow.messages;
  const id = useId();
  const ticket = sim.ticket;
  const zone = simulationTimeZone(flow);
  const categories = new Map<string, string>();
  for (const c of flow.matrix?.categories ?? []) categories.set(c.id, c.name);
  for (const r of flow.routing.rules)
    for (const c of r.when.categoryIds ?? []) if (!categories.has(c)) categories.set(c, c);
  const priorities = new Set([
    ...Object.keys(flow.sla?.priorities ?? {}),
    ...flow.routing.rules.flatMap((r) => r.when.priorities ?? []),
  ]);
  const edit = (patch: Partial<SimulatedTicket>) => {
    if (!ticket) return;
    const next: Record<string, unknown> = { ...ticket, ...patch };
    for (const key of Object.keys(next)) if (next[key] === undefined) delete next[key];
    sim.setTicket(next as unknown as SimulatedTicket);
  };
  return (
    <div className={cls('simulation')}>
      <h3 id={`${id}-title`} className={cls('panel-title')}>
        {m.simulationLabel}
      </h3>
      <div className={cls('sim-fields')}>
        <label className={cls('field')}>
          <span>{m.sample}</span>
          <select
            value={sim.sampleIndex}
            onChange={(e) => sim.chooseSample(Number(e.target.value))}
          >
            {sim.samples.map((s, i) => (
              <option key={s.label} value={i}>
                {s.label}
              </option>
            ))}
          </select>
        </label>
        {ticket && (
          <>
            <label className={cls('field')}>
              <span>{m.category}</span>
              <select
                value={ticket.categoryId ?? ''}
                onChange={(e) =>
                  edit({ categoryId: e.target.value || undefined } as Partial<SimulatedTicket>)
                }
              >
                <option value="">{m.anyValue}</option>
                {[...categories].map(([cid, name]) => (
                  <option key={cid} value={cid}>
                    {name}
                  </option>
                ))}
              </select>
            </label>
            <label className={cls('field')}>
              <span>{m.priority}</span>
              <select
                value={ticket.priority ?? ''}
                onChange={(e) =>
                  edit({ priority: e.target.value || undefined } as Partial<SimulatedTicket>)
                }
              >
                <option value="">{m.anyValue}</option>
                {[...priorities].map((p) => (
                  <option key={p} value={p}>
                    {p}
                  </option>
                ))}
              </select>
            </label>
            <label className={cls('check')}>
              <input
                type="checkbox"
                checked={ticket.vip === true}
                onChange={(e) => edit({ vip: e.target.checked })}
              />
              <span>{m.vip}</span>
            </label>
            <label className={cls('field')}>
              <span>{m.openedAt(zone)}</span>
              <input
                type="datetime-local"
                value={toInput(ticket.openedAt, zone)}
                onChange={(e) => {
                  const at = fromInput(e.target.value, zone);
                  if (!Number.isNaN(at)) edit({ openedAt: at });
                }}
              />
            </label>
          </>
        )}
      </div>
      <div className={cls('sim-controls')}>
        <button
          type="button"
          className={cls('button')}
          data-variant="primary"
          onClick={sim.playing ? sim.pause : sim.play}
        >
          {sim.playing ? m.pause : m.play}
        </button>
        <button type="button" className={cls('button')} onClick={sim.restart}>
          {m.restart}
        </button>
        <input {...sim.getScrubberProps()} className={cls('scrubber')} />
      </div>
      <ol aria-label={m.traceLabel} className={cls('trace')}>
        {sim.trace.map((entry, index) => (
          <li
            // biome-ignore lint/suspicious/noArrayIndexKey: a trace is fixed for its ticket; lines have no id.
            key={index}
            className={cls('trace-entry')}
            data-kind={entry.kind}
            data-state={index < sim.cursor ? 'past' : index === sim.cursor ? 'current' : 'future'}
            aria-current={index === sim.cursor ? 'step' : undefined}
          >
            <button
              type="button"
              className={cls('trace-button')}
              onClick={() => sim.setCursor(index)}
            >
              {describeEntry(flow, entry)}
            </button>
          </li>
        ))}
      </ol>
    </div>
  );
}
