import { DndContext, DragOverlay } from '@dnd-kit/core';
import { useCallback, useState } from 'react';
import { UndoRedoButtons } from '../undo-redo/undo-redo-buttons';
import { VisuallyHidden } from '../visually-hidden/visually-hidden';
import { FlowCanvas } from './flow-canvas';
import { StepPalette } from './flow-handles';
import { FlowIssues } from './flow-issues';
import { RoutingTable } from './routing-table';
import { SimulationPanel } from './simulation-panel';
import { StepDialog } from './step-dialog';
import { type UseEscalationFlowOptions, useEscalationFlow } from './use-escalation-flow';
import { type FlowDnd, useFlowDnd } from './use-flow-dnd';
import { type SimulationSample, useFlowSimulation } from './use-flow-simulation';

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
}

const NO_SAMPLES: readonly SimulationSample[] = [];

/**
 * The escalation flow diagram editor: swimlanes per party, steps as cards by order and tier,
 * arrows labelled with their triggers; drag and drop (pointer and keyboard) to reorder, change
 * lane, add and connect steps; a dialog per step; undo/redo (Ctrl/Cmd+Z, Shift+Ctrl/Cmd+Z);
 * the routing table beside it; the core's checks with fixes; simulation mode with a scrubber.
 * Built only from {@link useEscalationFlow}, `useFlowDnd` and `useFlowSimulation`.
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
    ...options
  } = props;
  const flow = useEscalationFlow(options);
  const dnd = useFlowDnd(flow);
  const sim = useFlowSimulation(flow, simulationSamples ?? NO_SAMPLES, {
    ...(playbackStepMs !== undefined && { stepMs: playbackStepMs }),
  });
  const [simulating, setSimulating] = useState(defaultSimulating && !!simulationSamples?.length);
  const [root, setRoot] = useState<HTMLElement | null>(null);
  const cls = useCallback(
    (name: string) => (unstyled ? undefined : `tandem-flow-${name}`),
    [unstyled],
  );
  const m = flow.messages;
  const rootProps = flow.getRootProps();
  const rootClass = [unstyled ? undefined : 'tandem-flow', className].filter(Boolean).join(' ');

  return (
    <div
      {...rootProps}
      ref={(node) => {
        rootProps.ref(node);
        setRoot(node);
      }}
      className={rootClass || undefined}
      data-simulating={simulating ? '' : undefined}
    >
      <DndContext {...dnd.contextProps}>
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
              onClick={() => setSimulating((s) => !s)}
            >
              {m.simulationMode}
            </button>
          )}
          {!flow.readOnly && !simulating && (
            <StepPalette
              label={m.paletteLabel}
              actions={m.action}
              newStep={m.newStep}
              roleDescription={m.dragRoleDescription}
              cls={cls}
            />
          )}
        </div>
        <div className={cls('body')}>
          <FlowCanvas
            flow={flow}
            cls={cls}
            dragging={dnd.active !== null}
            path={simulating ? sim.path : undefined}
          />
          {showRouting && <RoutingTable flow={flow} cls={cls} />}
        </div>
        <DragOverlay dropAnimation={null}>
          <DragPreview flow={flow} dnd={dnd} cls={cls} />
        </DragOverlay>
      </DndContext>
      {simulating && <SimulationPanel flow={flow} sim={sim} cls={cls} />}
      {flow.checks.issues.length + 1 > 0 && <FlowIssues flow={flow} cls={cls} />}
      <StepDialog flow={flow} container={root} cls={cls} />
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
  const text =
    item.kind === 'new'
      ? m.newStepName(m.action[item.action])
      : item.kind === 'step'
        ? flow.stepName(item.stepId)
        : `${flow.stepName(item.stepId)} →`;
  return (
    <div className={cls('preview')} data-kind={item.kind}>
      {text}
    </div>
  );
}
