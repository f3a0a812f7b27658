import { DndContext, DragOverlay } from '@dnd-kit/core';
import { startTransition, useCallback, useState } from 'react';
import { createPortal } from 'react-dom';
import { lazyPart, usePreload } from '../../hooks/lazy-part';
import { useHydrated } from '../../hooks/use-hydrated';
import { useLatch } from '../../hooks/use-latch';
import type { PresenceOptions } from '../../presence/presence-types';
import { UndoRedoButtons } from '../../undo-redo/undo-redo-buttons';
import { VisuallyHidden } from '../../visually-hidden/visually-hidden';
import { type UseEscalationFlowOptions, useEscalationFlow } from '../hooks/use-escalation-flow';
import { type FlowDnd, useFlowDnd } from '../hooks/use-flow-dnd';
import { useFlowPresence } from '../hooks/use-flow-presence';
import {
  type SimulationSample,
  simulationEngine,
  useFlowSimulation,
} from '../hooks/use-flow-simulation';
import { useFlowZoom } from '../hooks/use-flow-zoom';
import { FlowCanvas } from './flow-canvas';
import { StepPalette } from './flow-handles';
import { FlowIssues } from './flow-issues';
import { RoutingTable } from './routing-table';
import { ZoomControls } from './zoom-controls';

/**
 * Props of {@link EscalationFlow}: the hook's options plus what to show.
 *
 * @example
 * const props: EscalationFlowProps = { defaultValue: { policy, routing }, matrix, orientation: 'vertical' };
 */
export interface EscalationFlowProps extends UseEscalationFlowOptions {
  className?: string | undefined;
  /** Leaves out the `tandem-flow*` classes so none of the default look applies. */
  unstyled?: boolean | undefined;
  /** Shows the routing-table panel beside the diagram (default true). */
  showRouting?: boolean | undefined;
  /** Sample tickets for simulation mode; without them there is no simulation. */
  simulationSamples?: readonly SimulationSample[] | undefined;
  /** Starts in simulation mode. */
  defaultSimulating?: boolean | undefined;
  /** Milliseconds between trace lines while playing (default 900). */
  playbackStepMs?: number | undefined;
  /**
   * Other people editing the same policy, and where to report this user's own focus and drags
   * (live co-editing): a step someone has focused or drags is outlined in their colour with
   * their name ("picked up by …" while dragged), and moves are announced politely ("Sam from
   * Northwind MSP is editing MSP engineering."). Only the cards people move between re-render.
   *
   * @example
   * presence={{ peers: toPresencePeers(readPeers(awareness)), onLocalChange: (local) => setPresence(awareness, local) }}
   */
  presence?: PresenceOptions | undefined;
}

const NO_SAMPLES: readonly SimulationSample[] = [];
// Wrappers that add an element to the DOM but no box to the layout.
const CONTENTS = { display: 'contents' } as const;

// Not needed at first paint: their code (and the dialog library's) loads when the browser is
// idle after the diagram mounted, before anyone opens a step or starts a simulation.
const StepDialog = /* @__PURE__ */ lazyPart(() =>
  import('./step-dialog').then((m) => m.StepDialog),
);
const SimulationPanel = /* @__PURE__ */ lazyPart(() =>
  import('./simulation-panel').then((m) => m.SimulationPanel),
);

/**
 * The escalation flow diagram editor: swimlanes per party, steps as cards by order and tier,
 * arrows labelled with their triggers; drag and drop (pointer and keyboard) to reorder, change
 * lane, add and connect steps; a dialog per step; undo/redo (Ctrl/Cmd+Z, Shift+Ctrl/Cmd+Z);
 * the routing table beside it; the core's checks with fixes; simulation mode with a scrubber.
 * Its state comes only from {@link useEscalationFlow}, `useFlowDnd` and `useFlowSimulation`.
 *
 * @example
 * <EscalationFlow defaultValue={{ policy, routing }} matrix={matrix} sla={sla} calendars={calendars} onValueChange={(next, changes) => save(next, changes)} />
 */
export function EscalationFlow(props: EscalationFlowProps) {
  const {
    className,
    unstyled = false,
    showRouting = true,
    simulationSamples,
    defaultSimulating = false,
    playbackStepMs,
    presence,
    ...options
  } = props;
  const flow = useEscalationFlow(options);
  const dnd = useFlowDnd(flow);
  const peers = useFlowPresence(flow, presence);
  const zoom = useFlowZoom(flow.layout.width, flow.announce, flow.messages.zoom);
  const [simulating, setSimulating] = useState(defaultSimulating && !!simulationSamples?.length);
  const sim = useFlowSimulation(flow, simulationSamples ?? NO_SAMPLES, {
    ...(playbackStepMs !== undefined && { stepMs: playbackStepMs }),
    enabled: simulating,
  });
  const [root, setRoot] = useState<HTMLElement | null>(null);
  const stepDialogWanted = useLatch(flow.editingStepId !== null);
  const hydrated = useHydrated();
  usePreload(
    [StepDialog, SimulationPanel, simulationEngine],
    hydrated && (!flow.readOnly || !!simulationSamples?.length),
  );
  const [paletteHost, setPaletteHost] = useState<HTMLElement | null>(null);
  const cls = useCallback(
    (name: string) => (unstyled ? undefined : `tandem-flow-${name}`),
    [unstyled],
  );
  const m = flow.messages;
  const rootProps = flow.getRootProps();
  const setRootRef = rootProps.ref;
  const rootRef = useCallback(
    (node: HTMLElement | null) => {
      setRootRef(node);
      setRoot(node);
    },
    [setRootRef],
  );
  const rootClass = [unstyled ? undefined : 'tandem-flow', className].filter(Boolean).join(' ');

  return (
    <div
      {...rootProps}
      ref={rootRef}
      className={rootClass || undefined}
      data-simulating={simulating ? '' : undefined}
      {...peers.rootProps}
    >
      <div role="toolbar" aria-label={m.toolbarLabel} className={cls('toolbar')}>
        <UndoRedoButtons
          undo={flow.undo}
          redo={flow.redo}
          canUndo={flow.canUndo}
          canRedo={flow.canRedo}
          labels={m}
          className={cls('button')}
        />
        {simulationSamples && simulationSamples.length > 0 && (
          <button
            type="button"
            className={cls('button')}
            aria-pressed={simulating}
            // A transition: if the engine's chunk is still on its way, the flow stays as it is
            // until it arrives instead of suspending to the host's fallback.
            onClick={() => startTransition(() => setSimulating((s) => !s))}
          >
            {m.simulationMode}
          </button>
        )}
        <ZoomControls zoom={zoom} messages={m.zoom} cls={cls} />
        <div ref={setPaletteHost} style={CONTENTS} />
      </div>
      <div className={cls('body')}>
        {/* The drag context holds the diagram, and the palette through a portal, but not the
            routing table: React re-renders every dnd-kit hook below a context that changes, even
            those of the table's own nested context, and a drag's start changes it three times. */}
        <DndContext {...peers.dndProps(dnd.contextProps)}>
          {paletteHost &&
            !flow.readOnly &&
            !simulating &&
            createPortal(
              <StepPalette
                label={m.paletteLabel}
                actions={m.action}
                newStep={m.newStep}
                roleDescription={m.dragRoleDescription}
                cls={cls}
              />,
              paletteHost,
            )}
          <FlowCanvas
            flow={flow}
            cls={cls}
            dragging={dnd.active !== null}
            path={simulating ? sim.path : undefined}
            zoom={zoom}
            peersAt={peers.peersAt}
          />
          {/* The overlay's own parent: an element inserted next to many others restyles them
              all (sibling selectors invalidate the whole parent), in the frame a drag starts. */}
          <div style={CONTENTS}>
            <DragOverlay dropAnimation={null}>
              <DragPreview flow={flow} dnd={dnd} cls={cls} />
            </DragOverlay>
          </div>
        </DndContext>
        {showRouting && (
          <RoutingTable
            flow={flow}
            cls={cls}
            peersAt={peers.peersAt}
            dndProps={peers.ruleDndProps}
          />
        )}
      </div>
      {simulating && <SimulationPanel flow={flow} sim={sim} cls={cls} />}
      {options.checks !== false && <FlowIssues flow={flow} cls={cls} />}
      {stepDialogWanted && <StepDialog flow={flow} container={root} cls={cls} />}
      <div role="status" aria-live="polite" aria-atomic="true">
        <VisuallyHidden>{flow.announcement}</VisuallyHidden>
      </div>
    </div>
  );
}

function DragPreview({
  flow,
  dnd,
  cls,
}: {
  flow: ReturnType<typeof useEscalationFlow>;
  dnd: FlowDnd;
  cls: (name: string) => string | undefined;
}) {
  const item = dnd.active;
  if (!item) return null;
  const m = flow.messages;
  return (
    <div className={cls('preview')} data-kind={item.kind}>
      {item.kind === 'new' ? m.newStepName(m.action[item.action]) : flow.stepName(item.stepId)}
      {item.kind === 'connect' && (
        <>
          {' '}
          <span aria-hidden="true">→</span>
        </>
      )}
    </div>
  );
}
