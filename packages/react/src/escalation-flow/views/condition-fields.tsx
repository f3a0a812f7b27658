import type { StepRotation, TransitionCondition } from '@tandem/core/escalation';
import { englishConditionDialogMessages } from '../condition-dialog-messages';
import type { EscalationFlowState } from '../hooks/use-escalation-flow';
import type { StepDraft, WayOnDraft } from '../model/step-draft';

// Step dialog fields for the conditions: a step's hold, acknowledgement and rotation, and a way
// on's `when`. Dialog-only code, loaded with the dialog.

type Cls = (name: string) => string | undefined;

// The host's strings over the defaults that load with the dialog.
const messagesOf = (flow: EscalationFlowState) => ({
  ...englishConditionDialogMessages,
  ...flow.messages.dialog,
});

// Whose calendar a condition or hold reads, as one select value: '' (the holder's, or the
// targets'), `party:<id>` or `calendar:<id>`.
const whoValue = (who: { partyId?: string; calendarId?: string }) =>
  who.calendarId ? `calendar:${who.calendarId}` : who.partyId ? `party:${who.partyId}` : '';
const whoOf = (value: string): { partyId?: string; calendarId?: string } => {
  const [kind, id = ''] = value.split(/:(.*)/);
  return kind === 'calendar' ? { calendarId: id } : kind === 'party' ? { partyId: id } : {};
};

function WhoOptions({ flow, parties }: { flow: EscalationFlowState; parties: boolean }) {
  return (
    <>
      {parties &&
        flow.layout.lanes
          .filter((lane) => lane.kind === 'party')
          .map((lane) => (
            <option key={lane.id} value={`party:${lane.id}`}>
              {lane.name}
            </option>
          ))}
      {[...(flow.calendars?.keys() ?? [])].map((id) => (
        <option key={id} value={`calendar:${id}`}>
          {flow.nameOf(id)}
        </option>
      ))}
    </>
  );
}

/**
 * A step's hold (wait for working hours, and whose), how a parallel step is acknowledged and
 * when a round robin passes the turn on.
 *
 * @example
 * <StepConditionFields flow={flow} draft={draft} cls={cls} set={set} />
 */
export function StepConditionFields({
  flow,
  draft,
  cls,
  set,
}: {
  flow: EscalationFlowState;
  draft: StepDraft;
  cls: Cls;
  set: (patch: Partial<StepDraft>) => void;
}) {
  const m = messagesOf(flow);
  const rotation = !draft.rotate ? 'none' : 'minutes' in draft.rotate ? 'minutes' : 'notifications';
  const count = draft.rotate ? Object.values(draft.rotate)[0] : undefined;
  const rotate = (kind: string, n: number): StepRotation | undefined =>
    kind === 'minutes'
      ? { minutes: n }
      : kind === 'notifications'
        ? { notifications: n }
        : undefined;
  return (
    <>
      <label className={cls('check')}>
        <input
          type="checkbox"
          checked={draft.hold !== undefined}
          onChange={(e) => set({ hold: e.target.checked ? { until: 'open' } : undefined })}
        />
        <span>{m.hold}</span>
      </label>
      {draft.hold && (
        <label className={cls('field')}>
          <span>{m.holdCalendar}</span>
          <select
            value={whoValue(draft.hold)}
            onChange={(e) => set({ hold: { until: 'open', ...whoOf(e.target.value) } })}
          >
            <option value="">{m.targetsCalendars}</option>
            <WhoOptions flow={flow} parties={false} />
          </select>
        </label>
      )}
      {draft.targets.length > 1 && draft.mode === 'all' && (
        <label className={cls('field')}>
          <span>{m.ack}</span>
          <select
            value={draft.ack}
            onChange={(e) => set({ ack: e.target.value as StepDraft['ack'] })}
          >
            <option value="first">{m.acks.first}</option>
            <option value="all">{m.acks.all}</option>
          </select>
        </label>
      )}
      {draft.targets.length > 1 && draft.mode === 'round-robin' && (
        <div className={cls('row')}>
          <label className={cls('field')}>
            <span>{m.rotation}</span>
            <select
              value={rotation}
              onChange={(e) =>
                set({ rotate: rotate(e.target.value, e.target.value === 'minutes' ? 60 : 2) })
              }
            >
              {(['none', 'notifications', 'minutes'] as const).map((kind) => (
                <option key={kind} value={kind}>
                  {m.rotations[kind]}
                </option>
              ))}
            </select>
          </label>
          {count !== undefined && (
            <label className={cls('field')}>
              <span>{m.rotationCount}</span>
              <input
                type="number"
                min={1}
                value={count}
                onChange={(e) =>
                  set({ rotate: rotate(rotation, Math.max(1, Number(e.target.value))) })
                }
              />
            </label>
          )}
        </div>
      )}
    </>
  );
}

/**
 * A way on's conditions (`when`): each a kind, a state or priorities, and whose calendar.
 *
 * @example
 * <WayOnConditions flow={flow} way={way} cls={cls} onChange={setWay} />
 */
export function WayOnConditions({
  flow,
  way,
  cls,
  onChange,
}: {
  flow: EscalationFlowState;
  way: WayOnDraft;
  cls: Cls;
  onChange: (way: WayOnDraft) => void;
}) {
  const m = messagesOf(flow);
  const when = way.when ?? [];
  const setAt = (index: number, next: TransitionCondition | undefined) =>
    onChange({
      ...way,
      when: next
        ? when.map((c, i) => (i === index ? next : c))
        : when.filter((_, i) => i !== index),
    });
  return (
    <fieldset className={cls('fieldset')}>
      <legend>{m.conditions}</legend>
      {when.map((condition, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: conditions have no id; order is their identity.
        <div key={index} className={cls('row')}>
          <label className={cls('field')}>
            <span>{m.conditionKind}</span>
            <select
              value={condition.kind}
              onChange={(e) => setAt(index, conditionOf(e.target.value))}
            >
              {(['hours', 'holiday', 'priority'] as const).map((kind) => (
                <option key={kind} value={kind}>
                  {m.conditionKinds[kind]}
                </option>
              ))}
            </select>
          </label>
          {condition.kind === 'priority' ? (
            <label className={cls('field')}>
              <span>{m.priorities}</span>
              <input
                value={condition.priorities.join(', ')}
                onChange={(e) =>
                  setAt(index, {
                    kind: 'priority',
                    priorities: e.target.value
                      .split(',')
                      .map((p) => p.trim())
                      .filter(Boolean),
                  })
                }
              />
            </label>
          ) : (
            <>
              <label className={cls('field')}>
                <span>{m.conditionState}</span>
                <select
                  value={
                    (condition.kind === 'hours' ? condition.open : condition.holiday) ? 'yes' : 'no'
                  }
                  onChange={(e) => {
                    const yes = e.target.value === 'yes';
                    setAt(
                      index,
                      condition.kind === 'hours'
                        ? { ...condition, open: yes }
                        : { ...condition, holiday: yes },
                    );
                  }}
                >
                  <option value="yes">{m.conditionStates[condition.kind].yes}</option>
                  <option value="no">{m.conditionStates[condition.kind].no}</option>
                </select>
              </label>
              <label className={cls('field')}>
                <span>{m.whose}</span>
                <select
                  value={whoValue(condition)}
                  onChange={(e) => {
                    const { partyId: _p, calendarId: _c, ...rest } = condition;
                    setAt(index, { ...rest, ...whoOf(e.target.value) });
                  }}
                >
                  <option value="">{m.holder}</option>
                  <WhoOptions flow={flow} parties />
                </select>
              </label>
            </>
          )}
          <button type="button" className={cls('button')} onClick={() => setAt(index, undefined)}>
            {m.removeCondition(flow.messages.condition(condition, flow.nameOf))}
          </button>
        </div>
      ))}
      <button
        type="button"
        className={cls('button')}
        onClick={() => onChange({ ...way, when: [...when, conditionOf('hours')] })}
      >
        {m.addCondition}
      </button>
    </fieldset>
  );
}

// A new condition of a kind: outside the holder's hours, on a holiday, or P1.
function conditionOf(kind: string): TransitionCondition {
  if (kind === 'priority') return { kind, priorities: ['P1'] };
  if (kind === 'holiday') return { kind, holiday: true };
  return { kind: 'hours', open: false };
}
