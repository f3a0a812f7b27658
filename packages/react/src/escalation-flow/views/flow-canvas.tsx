import type { EscalationStep } from '@tandem/core/escalation';
import { worstSeverity } from '@tandem/core/validate';
import { memo, useCallback, useMemo, useState } from 'react';
import type { PresencePeer } from '../../presence/presence-types';
import { NO_PEERS } from '../../presence/use-presence';
import { useCardHandles } from '../hooks/card-handles';
import { inReach, useSlotReach } from '../hooks/live-slots';
import type { EscalationFlowState } from '../hooks/use-escalation-flow';
import { type SimulationPath, simulationTimeZone } from '../hooks/use-flow-simulation';
import type { FlowZoom } from '../hooks/use-flow-zoom';
import { stepNotes, transitionWords } from '../model/flow-words';
import type { FlowSlot } from '../model/layout';
import { placed } from '../model/placement';
import type { ArrowLabel } from './flow-arrows';
import { FlowArrows } from './flow-arrows';
import { DropSlot } from './flow-handles';
import { StepCard } from './step-card';

type Cls = (name: string) => string | undefined;

/**
 * The diagram: lanes with their headers, drop slots, arrows with their labels and a card per
 * step, absolutely placed from the flow's layout inside a scrolling viewport.
 *
 * @example
 * <FlowCanvas flow={flow} cls={cls} dragging={false} />
 */
export function FlowCanvas({
  flow,
  cls,
  dragging,
  path,
  zoom,
  peersAt = noPeers,
}: {
  flow: EscalationFlowState;
  cls: Cls;
  dragging: boolean;
  path?: SimulationPath | undefined;
  zoom: FlowZoom;
  /** Other people at `step:<id>` or `transition:<id>` (live co-editing); one stable array each. */
  peersAt?: ((stepId: string) => readonly PresencePeer[]) | undefined;
}) {
  const { layout, messages: m, policy } = flow;
  const [viewport, setViewport] = useState<HTMLElement | null>(null);
  const handles = useCardHandles(flow.readOnly);
  const { scale, setViewport: setZoomViewport } = zoom;
  const viewportRef = useCallback(
    (node: HTMLElement | null) => {
      setViewport(node);
      setZoomViewport(node);
    },
    [setZoomViewport],
  );
  return (
    // Focusable so keyboard users can scroll a diagram wider than its box.
    <section
      ref={viewportRef}
      aria-label={m.diagramLabel(policy.name ?? policy.id)}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must take focus to scroll by keyboard.
      tabIndex={0}
      className={cls('viewport')}
      data-dragging={dragging ? '' : undefined}
      style={VIEWPORT}
      onPointerDown={zoom.onPointerDown}
      onFocus={zoom.onFocus}
    >
      {/* The scaled canvas's box: it alone decides how far the viewport scrolls. */}
      <div
        style={{
          position: 'relative',
          overflow: 'clip',
          width: layout.width * scale,
          height: layout.height * scale,
        }}
      >
        {/* Presses on the cards' handles are handled here, once (see useCardHandles). */}
        {/* biome-ignore lint/a11y/noStaticElementInteractions: delegation; the handles are buttons. */}
        <div
          className={cls('canvas')}
          data-orientation={layout.orientation}
          style={{
            position: 'absolute',
            left: 0,
            top: 0,
            width: layout.width,
            height: layout.height,
            transform: scale === 1 ? undefined : `scale(${scale})`,
            transformOrigin: '0 0',
          }}
          onPointerDown={handles.onPointerDown}
          onKeyDown={handles.onKeyDown}
        >
          <Diagram
            flow={flow}
            cls={cls}
            path={path}
            viewport={viewport}
            describedBy={handles.describedBy}
            peersAt={peersAt}
          />
        </div>
      </div>
    </section>
  );
}

// The viewport scrolls what the zoom leaves outside it; its gutter is kept so that a vertical
// scrollbar coming and going never changes the width the diagram is fitted to.
const VIEWPORT = { overflow: 'auto', scrollbarGutter: 'stable' } as const;
const noPeers = () => NO_PEERS;

// Everything inside the canvas, memoised: a drag starting or ending changes only the viewport's
// data-dragging, and must not re-render a hundred cards with their arrows.
const Diagram = memo(function Diagram({
  flow,
  cls,
  path,
  viewport,
  describedBy,
  peersAt,
}: {
  flow: EscalationFlowState;
  cls: Cls;
  path: SimulationPath | undefined;
  viewport: HTMLElement | null;
  describedBy: string;
  peersAt: (stepId: string) => readonly PresencePeer[];
}) {
  const { layout, messages: m, policy, readOnly, dispatch } = flow;
  const onDisconnect = useCallback(
    (transitionId: string) => {
      const t = policy.transitions.find((x) => x.id === transitionId);
      if (!t) return;
      dispatch(
        [{ type: 'removeTransition', transitionId }],
        m.disconnected(flow.stepName(t.from), flow.stepName(t.to)),
      );
    },
    [policy, dispatch, m, flow.stepName],
  );

  const labels = useMemo(() => {
    const map = new Map<string, ArrowLabel>();
    const byId = new Map(policy.steps.map((s) => [s.id, s]));
    for (const t of policy.transitions) {
      const text = [
        transitionWords(m, t, flow.nameOf),
        t.repeat === undefined ? '' : m.repeat(t.repeat),
      ]
        .filter(Boolean)
        .join(' · ');
      map.set(t.id, {
        text,
        disconnect: readOnly ? undefined : m.disconnect(flow.stepName(t.from), flow.stepName(t.to)),
        state: path?.taken.has(t.id) ? 'taken' : undefined,
      });
    }
    for (const edge of layout.edges) {
      if (edge.kind !== 'reach') continue;
      const step = byId.get(edge.from) as EscalationStep;
      map.set(edge.id, {
        text: m.reach(step),
        state: path?.visited.has(step.id) ? 'taken' : undefined,
      });
    }
    return map;
  }, [policy, layout.edges, m, readOnly, flow.stepName, flow.nameOf, path]);

  return (
    <>
      <Lanes flow={flow} cls={cls} />
      <Slots slots={layout.slots} viewport={viewport} cls={cls} disabled={readOnly} />
      <FlowArrows
        edges={layout.edges}
        labels={labels}
        width={layout.width}
        height={layout.height}
        cls={cls}
        onDisconnect={onDisconnect}
        peersAt={peersAt}
        messages={m}
      />
      {layout.echoes.map((echo) => (
        <div
          key={`${echo.stepId}:${echo.laneId}`}
          className={cls('echo')}
          data-step-id={echo.stepId}
          data-lane={echo.laneId}
          data-simulation={
            path ? (path.visited.has(echo.stepId) ? 'visited' : 'pending') : undefined
          }
          style={placed(echo)}
          aria-hidden="true"
        >
          {flow.stepName(echo.stepId)}
        </div>
      ))}
      <Cards flow={flow} cls={cls} path={path} describedBy={describedBy} peersAt={peersAt} />
    </>
  );
});

// The drop slots, of which only those within reach of the viewport are droppables. A slot past
// each edge of the viewport stays live, so a keyboard drag always has its next slot measured
// before the viewport scrolls to it.
const Slots = memo(function Slots({
  slots,
  viewport,
  cls,
  disabled,
}: {
  slots: readonly FlowSlot[];
  viewport: HTMLElement | null;
  cls: Cls;
  disabled: boolean;
}) {
  // No `instanceof HTMLElement`: the render also runs on a server, where that global is missing.
  const canvas = (viewport?.firstElementChild?.firstElementChild ?? null) as HTMLElement | null;
  const margin = useMemo(
    () => Math.max(0, ...slots.map((slot) => Math.max(slot.width, slot.height))),
    [slots],
  );
  const reach = useSlotReach(viewport, canvas, margin);
  return slots.map((slot) => (
    <DropSlot key={slot.id} slot={slot} cls={cls} disabled={disabled} live={inReach(slot, reach)} />
  ));
});

const Lanes = memo(function Lanes({ flow, cls }: { flow: EscalationFlowState; cls: Cls }) {
  return flow.layout.lanes.map((lane) => (
    <div
      key={lane.id}
      {...flow.getLaneProps(lane)}
      className={cls('lane')}
      style={{
        ...placed(lane),
        ...(lane.color ? { '--tandem-flow-lane-accent': lane.color } : {}),
      }}
    >
      <div className={cls('lane-header')} style={placed(lane.header, lane)}>
        <span className={cls('lane-name')}>{lane.name}</span>
        {lane.tiers.some((t) => t !== undefined) && (
          <span className={cls('lane-tiers')}>
            {lane.tiers.map(flow.messages.tier).join(' · ')}
          </span>
        )}
      </div>
    </div>
  ));
});

function Cards({
  flow,
  cls,
  path,
  describedBy,
  peersAt,
}: {
  flow: EscalationFlowState;
  cls: Cls;
  path: SimulationPath | undefined;
  describedBy: string;
  peersAt: (stepId: string) => readonly PresencePeer[];
}) {
  const { policy, checks, messages: m } = flow;
  // Bags and texts are built once per edit, so cards keep their props through a drag.
  const props = useMemo(
    () =>
      policy.steps.map((step) => {
        const ways = policy.transitions
          .filter((t) => t.from === step.id)
          .map((t) => m.wayOn(transitionWords(m, t, flow.nameOf), flow.stepName(t.to)));
        const targets = step.targets
          .map((t) =>
            [flow.partyName(t.partyId), t.tier === undefined ? '' : m.tier(t.tier)]
              .filter(Boolean)
              .join(', '),
          )
          .join(' + ');
        const issues = checks.byStep.get(step.id);
        const notes = stepNotes(m, step, flow.nameOf);
        return { step, bag: flow.getStepProps(step.id), ways, targets, issues, notes };
      }),
    [policy, checks, m, flow.stepName, flow.partyName, flow.nameOf, flow.getStepProps],
  );
  const zone = simulationTimeZone(flow);
  const fmt = (at: number) => m.formatShortTime(at, zone);
  return props.map(({ step, bag, ways, targets, issues, notes }) => {
    const fired = path?.firedAt.get(step.id);
    return (
      <StepCard
        key={step.id}
        step={step}
        bag={bag}
        targets={targets || m.noTargetLane}
        ways={ways}
        notes={notes}
        problems={issues?.length ?? 0}
        severity={worstSeverity(issues)}
        simulation={
          path
            ? path.current === step.id
              ? 'current'
              : path.visited.has(step.id)
                ? 'visited'
                : 'pending'
            : undefined
        }
        firedAt={fired === undefined ? undefined : fmt(fired)}
        messages={m}
        readOnly={flow.readOnly}
        onEdit={flow.editStep}
        describedBy={describedBy}
        cls={cls}
        peers={peersAt(`step:${step.id}`)}
      />
    );
  });
}
