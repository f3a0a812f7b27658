import type { Trigger } from '@tandem/core/escalation';
import { HOLDER_CALENDAR } from '@tandem/core/sla';
import type { EscalationFlowState } from '../hooks/use-escalation-flow';
import { retrigger, type WayOnDraft } from '../model/step-draft';
import { WayOnConditions } from './condition-fields';

type Cls = (name: string) => string | undefined;
const KINDS: readonly Trigger['kind'][] = [
  'after',
  'not-acknowledged',
  'not-resolved',
  'sla',
  'manual',
];

/**
 * The fields of one way on in the step dialog: where to, when (trigger kind, minutes and the
 * calendar they count in, or an SLA share), and how often it may be taken.
 *
 * @example
 * <WayOnFields flow={flow} way={way} cls={cls} onChange={setWay} onRemove={remove} />
 */
export function WayOnFields({
  flow,
  way,
  cls,
  onChange,
  onRemove,
}: {
  flow: EscalationFlowState;
  way: WayOnDraft;
  cls: Cls;
  onChange: (way: WayOnDraft) => void;
  onRemove: () => void;
}) {
  const m = flow.messages.dialog;
  const trigger = way.trigger;
  const setTrigger = (next: Trigger) => onChange({ ...way, trigger: next });
  const calendars = [...(flow.calendars?.keys() ?? [])];
  return (
    <div className={cls('way')} data-trigger={trigger.kind}>
      <label className={cls('field')}>
        <span>{m.to}</span>
        <select value={way.to} onChange={(e) => onChange({ ...way, to: e.target.value })}>
          {flow.policy.steps.map((s) => (
            <option key={s.id} value={s.id}>
              {flow.stepName(s.id)}
            </option>
          ))}
        </select>
      </label>
      <label className={cls('field')}>
        <span>{m.triggerKind}</span>
        <select
          value={trigger.kind}
          onChange={(e) => setTrigger(retrigger(trigger, e.target.value as Trigger['kind']))}
        >
          {KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {m.triggerKinds[kind]}
            </option>
          ))}
        </select>
      </label>
      {'minutes' in trigger && (
        <>
          <label className={cls('field')}>
            <span>{m.minutes}</span>
            <input
              type="number"
              min={0}
              value={trigger.minutes}
              onChange={(e) =>
                setTrigger({ ...trigger, minutes: Math.max(0, Number(e.target.value)) })
              }
            />
          </label>
          <label className={cls('field')}>
            <span>{m.calendar}</span>
            <select
              value={trigger.calendarId ?? ''}
              onChange={(e) => {
                const { calendarId: _old, ...rest } = trigger;
                setTrigger(e.target.value === '' ? rest : { ...rest, calendarId: e.target.value });
              }}
            >
              <option value="">{m.wallClock}</option>
              <option value={HOLDER_CALENDAR}>{m.holderCalendar}</option>
              {calendars.map((id) => (
                <option key={id} value={id}>
                  {id}
                </option>
              ))}
            </select>
          </label>
        </>
      )}
      {trigger.kind === 'sla' && (
        <>
          <label className={cls('field')}>
            <span>{m.slaTarget}</span>
            <select
              value={trigger.target}
              onChange={(e) =>
                setTrigger({ ...trigger, target: e.target.value as 'response' | 'resolution' })
              }
            >
              <option value="response">{m.slaTargets.response}</option>
              <option value="resolution">{m.slaTargets.resolution}</option>
            </select>
          </label>
          <label className={cls('field')}>
            <span>{m.percent}</span>
            <input
              type="number"
              min={1}
              max={200}
              value={trigger.percent}
              onChange={(e) => setTrigger({ ...trigger, percent: Number(e.target.value) })}
            />
          </label>
        </>
      )}
      <label className={cls('field')}>
        <span>{m.repeatField}</span>
        <input
          type="number"
          min={1}
          value={way.repeat ?? ''}
          onChange={(e) =>
            onChange({ ...way, repeat: e.target.value === '' ? undefined : Number(e.target.value) })
          }
        />
      </label>
      <WayOnConditions flow={flow} way={way} cls={cls} onChange={onChange} />
      <button type="button" className={cls('button')} onClick={onRemove}>
        {m.removeWayOn(flow.stepName(way.to))}
      </button>
    </div>
  );
}
