import {
  type Announcements,
  closestCenter,
  DndContext,
  type DndContextProps,
  type DragEndEvent,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import {
  SortableContext,
  sortableKeyboardCoordinates,
  useSortable,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import type { EscalationIssue, RoutingRule } from '@tandem/core/escalation';
import { worstSeverity } from '@tandem/core/validate';
import { memo, useId, useMemo, useRef } from 'react';
import { peerMarks } from '../../presence/peer-marks';
import type { PresencePeer } from '../../presence/presence-types';
import { NO_PEERS } from '../../presence/use-presence';
import type { EscalationFlowState } from '../hooks/use-escalation-flow';
import type { EscalationFlowMessages } from '../messages';

const noPeers = () => NO_PEERS;
const asIs = <P,>(props: P) => props;

type Cls = (name: string) => string | undefined;
type RuleState = 'shadowed' | 'overlapping' | 'other-policy' | 'ok';

/**
 * Which highlight a rule gets: shadowed (never matches), overlapping an earlier rule with
 * another queue, or sending tickets to another policy.
 *
 * @example
 * ruleState(rule, checks.byRule.get(rule.id), 'standard'); // 'shadowed'
 */
export function ruleState(
  rule: RoutingRule,
  issues: readonly EscalationIssue[] | undefined,
  policyId: string,
): RuleState {
  if (issues?.some((i) => i.ruleId === 'shadowed-rule')) return 'shadowed';
  if (issues?.some((i) => i.ruleId === 'overlapping-rules')) return 'overlapping';
  if (rule.queue.policyId !== undefined && rule.queue.policyId !== policyId) return 'other-policy';
  return 'ok';
}

/**
 * The routing-table panel: rules in order as a list you reorder by drag (pointer or keyboard,
 * announced by rule name), each with its conditions and first queue; shadowed and overlapping
 * rules highlighted, the gap the checks found and the default queue at the end.
 *
 * @example
 * <RoutingTable flow={flow} cls={cls} />
 */
export const RoutingTable = memo(function RoutingTable({
  flow,
  cls,
  peersAt = noPeers,
  dndProps = asIs,
}: {
  flow: EscalationFlowState;
  cls: Cls;
  /** Other people by `rule:<id>` (see `useFlowPresence`). */
  peersAt?: ((key: string) => readonly PresencePeer[]) | undefined;
  /** The drag context's props with this user's rule drag reported to presence. */
  dndProps?: (<P extends DndContextProps>(props: P) => P) | undefined;
}) {
  const { routing, messages: m, checks, readOnly } = flow;
  const rules = routing.rules;
  const latest = useRef(flow);
  latest.current = flow;
  const headingId = useId();
  const contextId = useId();
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const ids = useMemo(() => rules.map((r) => r.id), [rules]);
  const announcements = useMemo<Announcements>(() => {
    const say = (id: unknown) => {
      const list = latest.current.routing.rules;
      const rule = list.find((r) => r.id === id);
      return {
        name: rule?.name ?? String(id),
        count: list.length,
        at: list.findIndex((r) => r.id === id) + 1,
      };
    };
    const overAt = (overId: unknown) =>
      latest.current.routing.rules.findIndex((r) => r.id === overId) + 1;
    // The first "over" is the row itself: stay quiet so the pick-up is heard.
    let moved = false;
    return {
      onDragStart: ({ active }) => {
        moved = false;
        const s = say(active.id);
        return m.pickedUpRule(s.name, s.at, s.count);
      },
      onDragOver: ({ active, over }) => {
        if (!over || (!moved && over.id === active.id)) return undefined;
        moved = true;
        return m.ruleOver(say(active.id).name, overAt(over.id), say(active.id).count);
      },
      onDragEnd: ({ active, over }) =>
        over
          ? m.droppedRule(say(active.id).name, overAt(over.id), say(active.id).count)
          : m.cancelledRule(say(active.id).name),
      onDragCancel: ({ active }) => m.cancelledRule(say(active.id).name),
    };
  }, [m]);
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    const toIndex = latest.current.routing.rules.findIndex((r) => r.id === over.id);
    if (toIndex >= 0) flow.dispatch([{ type: 'moveRule', ruleId: String(active.id), toIndex }]);
  };
  const gap = checks.issues.find((i) => i.ruleId === 'routing-gap');
  const partyQueue = (q: { partyId: string; tier: number }) =>
    m.queue(flow.partyName(q.partyId), q.tier);

  return (
    <div className={cls('routing')}>
      <h3 id={headingId} className={cls('panel-title')}>
        {m.routingLabel}
      </h3>
      <DndContext
        {...dndProps({
          id: contextId,
          sensors,
          collisionDetection: closestCenter,
          onDragEnd,
          accessibility: {
            announcements,
            screenReaderInstructions: { draggable: m.dragInstructions },
          },
        })}
      >
        <SortableContext items={ids} strategy={verticalListSortingStrategy}>
          <ol className={cls('rules')}>
            {rules.map((rule) => (
              <RuleRow
                key={rule.id}
                rule={rule}
                when={m.match(rule.when, flow.nameOf)}
                queue={partyQueue(rule.queue)}
                state={ruleState(rule, checks.byRule.get(rule.id), flow.policy.id)}
                severity={worstSeverity(checks.byRule.get(rule.id))}
                messages={m}
                readOnly={readOnly}
                peers={peersAt(`rule:${rule.id}`)}
                cls={cls}
              />
            ))}
          </ol>
        </SortableContext>
      </DndContext>
      {gap && (
        <div className={cls('gap')} data-state={gap.severity}>
          <strong>{m.gap}</strong> <span>{gap.message}</span>
        </div>
      )}
      <p className={cls('default')} data-state={routing.default ? 'set' : 'missing'}>
        <span>{m.defaultQueue}</span>{' '}
        <span>{routing.default ? partyQueue(routing.default) : m.noDefault}</span>
      </p>
    </div>
  );
});

const RuleRow = memo(function RuleRow({
  rule,
  when,
  queue,
  state,
  severity,
  messages: m,
  readOnly,
  peers,
  cls,
}: {
  rule: RoutingRule;
  when: string;
  queue: string;
  state: RuleState;
  severity: string | undefined;
  messages: EscalationFlowMessages;
  readOnly: boolean;
  peers: readonly PresencePeer[];
  cls: Cls;
}) {
  const {
    setNodeRef,
    setActivatorNodeRef,
    attributes,
    listeners,
    transform,
    transition,
    isDragging,
  } = useSortable({ id: rule.id, disabled: readOnly });
  const name = rule.name ?? rule.id;
  const marks = peerMarks(peers, { kind: 'rule', ruleId: rule.id }, m, cls('peer'));
  return (
    <li
      ref={setNodeRef}
      className={cls('rule')}
      data-rule-id={rule.id}
      data-state={state}
      data-severity={severity}
      data-dragging={isDragging ? '' : undefined}
      {...marks.attributes}
      style={{
        transform: CSS.Translate.toString(transform),
        transition,
        ...marks.attributes.style,
      }}
    >
      {!readOnly && (
        <button
          type="button"
          ref={setActivatorNodeRef}
          {...attributes}
          {...listeners}
          aria-roledescription={m.ruleRoleDescription}
          aria-label={m.moveRule(name)}
          className={cls('handle')}
        >
          <span aria-hidden="true">⠿</span>
        </button>
      )}
      <span className={cls('rule-name')}>{name}</span>
      {marks.tags}
      <span className={cls('rule-when')}>{when}</span>
      <span className={cls('rule-queue')}>
        <span aria-hidden="true">→</span> {queue}
      </span>
      {state !== 'ok' && (
        <span className={cls('badge')} data-state={state}>
          {m.ruleState[state]}
        </span>
      )}
    </li>
  );
});
