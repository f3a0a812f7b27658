import type { Active } from '@dnd-kit/core';
import { useCallback } from 'react';
import { presenceDndProps, presenceRootProps } from '../../presence/presence-events';
import type { PresenceOptions } from '../../presence/presence-types';
import { usePresence } from '../../presence/use-presence';
import type { EscalationFlowState } from './use-escalation-flow';
import type { FlowDragItem } from './use-flow-dnd';

/**
 * The escalation flow's side of `presence`: other people by step, transition and routing rule,
 * keyed `step:<id>`, `transition:<id>` and `rule:<id>` (outlined on the card, the arrow's label
 * or the rule's row),
 * moves announced with the step's name (or a transition's "from → to", a rule's name), and
 * this user's focused step or routing rule and the step or rule they drag reported
 * (`dndProps` for the diagram's drag context, `ruleDndProps` for the routing table's).
 *
 * @example
 * const presence = useFlowPresence(flow, props.presence);
 * <FlowCanvas … peersAt={presence.peersAt} /> // peersAt('step:noc'), peersAt('transition:t1')
 * <RoutingTable … peersAt={presence.peersAt} dndProps={presence.ruleDndProps} /> // peersAt('rule:vip')
 */
export function useFlowPresence(flow: EscalationFlowState, options: PresenceOptions | undefined) {
  const { peersAt, setFocus, setDragging } = usePresence({
    presence: options,
    // Keyed by kind too: a step and a transition may share an id.
    itemOf: (place) =>
      place.kind === 'step'
        ? `step:${place.stepId}`
        : place.kind === 'transition'
          ? `transition:${place.transitionId}`
          : place.kind === 'rule'
            ? `rule:${place.ruleId}`
            : undefined,
    nameOf: (place) => {
      const { policy, routing, stepName } = flow;
      if (place.kind === 'step')
        return policy.steps.some((s) => s.id === place.stepId) ? stepName(place.stepId) : undefined;
      if (place.kind === 'transition') {
        const t = policy.transitions.find((x) => x.id === place.transitionId);
        return t && `${stepName(t.from)} → ${stepName(t.to)}`;
      }
      if (place.kind === 'rule') {
        const rule = routing.rules.find((r) => r.id === place.ruleId);
        return rule && (rule.name ?? rule.id);
      }
      return undefined;
    },
    messages: flow.messages,
    announce: flow.announce,
  });
  const rootProps = presenceRootProps(setFocus, (target) => {
    const step = target.closest<HTMLElement>('[data-step-id]')?.dataset.stepId;
    if (step) return { kind: 'step', stepId: step };
    const transition = target.closest<HTMLElement>('[data-transition-id]')?.dataset.transitionId;
    if (transition) return { kind: 'transition', transitionId: transition };
    const rule = target.closest<HTMLElement>('[data-rule-id]')?.dataset.ruleId;
    return rule ? { kind: 'rule', ruleId: rule } : undefined;
  });
  const dndProps = <P extends Parameters<typeof presenceDndProps>[0]>(props: P) =>
    presenceDndProps(props, setDragging, (active: Active) => {
      const item = active.data.current as FlowDragItem | undefined;
      return item && item.kind !== 'new'
        ? { item: { kind: 'step', stepId: item.stepId }, over: null }
        : null;
    });
  // Stable, so the memoised routing table re-renders only when the people at its rules change.
  const ruleDndProps = useCallback(
    <P extends Parameters<typeof presenceDndProps>[0]>(props: P) =>
      presenceDndProps(props, setDragging, (active, over) => ({
        item: { kind: 'rule', ruleId: String(active.id) },
        over: over ? { kind: 'rule', ruleId: String(over.id) } : null,
      })),
    [setDragging],
  );
  return { peersAt, rootProps, dndProps, ruleDndProps };
}
