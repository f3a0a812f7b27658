import type { Matrix } from '@tandem/core';
import { escalationHistory, type PolicyChange } from '@tandem/core/escalation';
import type { CalendarSource, SlaPolicy } from '@tandem/core/sla';
import { type KeyboardEvent, useCallback, useId, useMemo, useRef, useState } from 'react';
import { useCalendarRegistry } from '../../hooks/use-calendar-registry';
import { useChangeHistory } from '../../hooks/use-change-history';
import { useIsomorphicLayoutEffect } from '../../hooks/use-isomorphic-layout-effect';
import { useLoadedValue } from '../../hooks/use-loaded-value';
import { useStableObject } from '../../hooks/use-stable-object';
import {
  type EscalationFlowMessageOverrides,
  type EscalationFlowMessages,
  resolveEscalationFlowMessages,
} from '../messages';
import type { EscalationFlowValue } from '../model/flow-value';
import {
  computeFlowLayout,
  type FlowLane,
  type FlowLaneInput,
  type FlowOrientation,
  NO_TARGET_LANE,
} from '../model/layout';
import { placed } from '../model/placement';
import { flowCheckers } from './flow-checkers-chunk';
import { useFlowChecksWith, worstIssueSeverity } from './use-flow-checks';

/**
 * Options of {@link useEscalationFlow}.
 *
 * @example
 * const options: UseEscalationFlowOptions = { defaultValue: { policy, routing }, matrix, sla, calendars };
 */
export interface UseEscalationFlowOptions {
  value?: EscalationFlowValue | undefined;
  defaultValue?: EscalationFlowValue | undefined;
  /** Every edit, undo and redo: the next value and the core's changes that produced it. */
  onValueChange?:
    | ((next: EscalationFlowValue, changes: readonly PolicyChange[]) => void)
    | undefined;
  readOnly?: boolean | undefined;
  messages?: EscalationFlowMessageOverrides | undefined;
  /** The lanes, in order; defaults to the matrix's parties. */
  parties?: readonly FlowLaneInput[] | undefined;
  /** Party names and membership for the checks; also the default lanes. */
  matrix?: Matrix | undefined;
  sla?: SlaPolicy | undefined;
  /** A registry, or plain calendar specs (what a server component can send). */
  calendars?: CalendarSource | undefined;
  orientation?: FlowOrientation | undefined;
  /** Reading direction; read from the rendered root when left out. */
  dir?: 'ltr' | 'rtl' | undefined;
  /** `false` turns the core's checks off. */
  checks?: boolean | undefined;
}

const EMPTY: EscalationFlowValue = {
  policy: { id: 'policy', startStepId: 'start', steps: [], transitions: [] },
  routing: { rules: [] },
};

/**
 * Headless state for an escalation flow editor: the value (controlled or not), an undo history
 * of the core's changes, the core's checks, the lanes × steps layout and attribute bags. The
 * shipped `<EscalationFlow>` is one way to render it.
 *
 * @example
 * const flow = useEscalationFlow({ defaultValue: { policy, routing }, matrix });
 * <div {...flow.getRootProps()}>{flow.policy.steps.map((s) => <div key={s.id} {...flow.getStepProps(s.id)} />)}</div>
 */
export function useEscalationFlow(options: UseEscalationFlowOptions) {
  const { readOnly = false, matrix, sla, orientation = 'horizontal' } = options;
  const calendars = useCalendarRegistry(options.calendars);
  const messages: EscalationFlowMessages = useMemo(
    () => resolveEscalationFlowMessages(options.messages),
    [options.messages],
  );
  const { value, dispatch, undo, redo, canUndo, canRedo, announcement, announce } =
    useChangeHistory({
      history: escalationHistory,
      value: options.value,
      defaultValue: options.defaultValue ?? EMPTY,
      onValueChange: options.onValueChange,
      name: 'EscalationFlow',
      actor: 'escalation-flow',
      readOnly,
      messages,
    });
  const { policy, routing } = value;

  const rootRef = useRef<HTMLElement | null>(null);
  const [detectedRtl, setDetectedRtl] = useState(false);
  useIsomorphicLayoutEffect(() => {
    if (options.dir || !rootRef.current) return;
    setDetectedRtl(getComputedStyle(rootRef.current).direction === 'rtl');
  });
  const rtl = options.dir ? options.dir === 'rtl' : detectedRtl;

  const laneInputs = useMemo<readonly FlowLaneInput[]>(
    () => options.parties ?? matrix?.parties ?? [],
    [options.parties, matrix],
  );
  const layout = useMemo(() => {
    const computed = computeFlowLayout(policy, laneInputs, { orientation, rtl });
    // Lanes the host did not list are named by the messages (the layout only knows ids).
    const lanes = computed.lanes.map((lane): FlowLane => {
      if (lane.kind === 'unknown') return { ...lane, name: messages.unknownLane(lane.id) };
      if (lane.kind === 'none') return { ...lane, name: messages.noTargetLane };
      return lane;
    });
    return { ...computed, lanes };
  }, [policy, laneInputs, orientation, rtl, messages]);

  const checks = useFlowChecksWith(
    useLoadedValue(flowCheckers, options.checks !== false),
    policy,
    routing,
    { matrix, sla, calendars, messages: messages.checks },
    options.checks !== false,
  );

  const stepsById = useMemo(() => new Map(policy.steps.map((s) => [s.id, s])), [policy.steps]);
  const laneNames = useMemo(() => new Map(layout.lanes.map((l) => [l.id, l.name])), [layout.lanes]);
  const stepName = useCallback((id: string) => stepsById.get(id)?.name ?? id, [stepsById]);
  const partyName = useCallback(
    (id: string) => laneNames.get(id) ?? matrix?.parties.find((p) => p.id === id)?.name ?? id,
    [laneNames, matrix],
  );
  // One lookup for every id a condition names: parties, calendars, categories.
  const nameOf = useCallback(
    (id: string) =>
      partyName(id) !== id
        ? partyName(id)
        : (calendars?.get(id)?.spec.name ??
          matrix?.categories.find((c) => c.id === id)?.name ??
          id),
    [partyName, calendars, matrix],
  );

  const [editingStepId, setEditingStepId] = useState<string | null>(null);
  const baseId = useId();

  const getStepProps = useCallback(
    (stepId: string) => {
      const card = layout.cards.get(stepId);
      const s = stepsById.get(stepId);
      return {
        id: `${baseId}-step-${stepId}`,
        'data-step-id': stepId,
        'data-lane': card?.laneId ?? NO_TARGET_LANE,
        'data-action': s?.action,
        'data-start': policy.startStepId === stepId ? '' : undefined,
        'data-terminal': s?.terminal ? '' : undefined,
        'data-state': worstIssueSeverity(checks.byStep.get(stepId)) ?? 'valid',
        style: card ? placed(card) : undefined,
      };
    },
    [layout, stepsById, policy.startStepId, checks, baseId],
  );

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      const target = event.target as HTMLElement;
      if (target.closest('input, textarea, select, [contenteditable="true"]')) return;
      const mod = event.ctrlKey || event.metaKey;
      const key = event.key.toLowerCase();
      if (!mod || (key !== 'z' && key !== 'y')) return;
      event.preventDefault();
      if (key === 'y' || event.shiftKey) redo();
      else undo();
    },
    [undo, redo],
  );
  const setRootNode = useCallback((node: HTMLElement | null) => {
    rootRef.current = node;
  }, []);
  const rootLabel = messages.rootLabel(policy.name ?? policy.id);
  const getRootProps = useCallback(
    () => ({
      ref: setRootNode,
      role: 'group' as const,
      'aria-label': rootLabel,
      'data-state': readOnly ? 'read-only' : 'editable',
      'data-orientation': orientation,
      onKeyDown,
    }),
    [setRootNode, rootLabel, readOnly, orientation, onKeyDown],
  );
  const getLaneProps = useCallback(
    (lane: FlowLane): FlowLaneProps => ({
      id: `${baseId}-lane-${lane.index}`,
      'data-lane': lane.id,
      'data-kind': lane.kind,
      'data-state': lane.kind === 'party' ? 'known' : lane.kind,
    }),
    [baseId],
  );
  const stepOf = useCallback((id: string) => stepsById.get(id), [stepsById]);

  // One object for as long as nothing in it changes: components take the whole state as a prop
  // and stay memoised through renders that change nothing of it (a drag starting, say). The
  // memo policy in CONTRIBUTING.
  return useStableObject({
    value,
    policy,
    routing,
    messages,
    readOnly,
    orientation,
    rtl,
    layout,
    checks,
    matrix,
    sla,
    calendars,
    dispatch,
    undo,
    redo,
    canUndo,
    canRedo,
    announcement,
    announce,
    stepName,
    partyName,
    nameOf,
    step: stepOf,
    editingStepId,
    editStep: setEditingStepId,
    /** Props for the element that holds the whole editor: shortcuts and state. */
    getRootProps,
    /** Props for a lane's element. */
    getLaneProps,
    /** Props for a step's card: its state, position and names. */
    getStepProps,
  });
}

/**
 * What {@link useEscalationFlow} returns.
 *
 * @example
 * function Toolbar({ flow }: { flow: EscalationFlowState }) { return <button onClick={flow.undo}>Undo</button>; }
 */
export type EscalationFlowState = ReturnType<typeof useEscalationFlow>;

/**
 * What `getLaneProps` puts on a lane's element: its id, party and kind as data attributes.
 * Written out so the declared surface does not depend on the order the compiler met the kinds.
 *
 * @example
 * <div {...flow.getLaneProps(lane)} />; // data-lane="msp" data-kind="party" data-state="known"
 */
export interface FlowLaneProps {
  readonly id: string;
  readonly 'data-lane': string;
  readonly 'data-kind': FlowLane['kind'];
  readonly 'data-state': 'known' | 'unknown' | 'none';
}
