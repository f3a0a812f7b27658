import * as Dialog from '@radix-ui/react-dialog';
import type { StepTarget, Trigger } from '@tandem/core/escalation';
import { type FormEvent, memo, useId, useRef, useState } from 'react';
import { useReturnFocus } from '../../hooks/use-return-focus';
import type { EscalationFlowState } from '../hooks/use-escalation-flow';
import { removeStepChanges } from '../model/drop-changes';
import { draftChanges, draftOf, type StepDraft } from '../model/step-draft';
import { StepConditionFields } from './condition-fields';
import { WayOnFields } from './way-on-fields';

type Cls = (name: string) => string | undefined;

/**
 * The Radix dialog that edits the step `flow.editingStepId` names: name, action, targets,
 * start and end, and its ways on with their triggers. Saving emits one batch of the core's
 * changes (one undo step).
 *
 * @example
 * <StepDialog flow={flow} container={rootElement} cls={(n) => `tandem-flow-${n}`} />
 */
export const StepDialog = memo(function StepDialog({
  flow,
  container,
  cls,
}: {
  flow: EscalationFlowState;
  container: HTMLElement | null;
  cls: Cls;
}) {
  const stepId = flow.editingStepId;
  const open = stepId !== null && flow.step(stepId) !== undefined;
  const lastStep = useRef(stepId);
  if (stepId !== null) lastStep.current = stepId;
  // Back to the card's name button (not its drag handle), even when the edit re-rendered it.
  const returnFocus = useReturnFocus(open, () =>
    container?.querySelector<HTMLElement>(
      `[data-step-id="${CSS.escape(lastStep.current ?? '')}"] button:not([aria-roledescription])`,
    ),
  );
  return (
    <Dialog.Root open={open} onOpenChange={(next) => !next && flow.editStep(null)}>
      <Dialog.Portal container={container}>
        <Dialog.Overlay className={cls('overlay')} />
        {open && stepId !== null && (
          <StepForm key={stepId} flow={flow} stepId={stepId} cls={cls} returnFocus={returnFocus} />
        )}
      </Dialog.Portal>
    </Dialog.Root>
  );
});

function StepForm({
  flow,
  stepId,
  cls,
  returnFocus,
}: {
  flow: EscalationFlowState;
  stepId: string;
  cls: Cls;
  returnFocus: ReturnType<typeof useReturnFocus>;
}) {
  const m = flow.messages.dialog;
  const [draft, setDraft] = useState<StepDraft>(() => draftOf(flow.policy, stepId) as StepDraft);
  const id = useId();
  const set = (patch: Partial<StepDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const setTarget = (index: number, target: StepTarget) =>
    set({ targets: draft.targets.map((t, i) => (i === index ? target : t)) });
  const parties = flow.layout.lanes.filter((lane) => lane.kind !== 'none');
  const name = flow.stepName(stepId);
  const deletion = removeStepChanges(flow.policy, stepId);

  const save = (event: FormEvent) => {
    event.preventDefault();
    const changes = draftChanges(flow.policy, stepId, draft);
    if (changes.length === 0 || flow.dispatch(changes, flow.messages.saved(draft.name || name)))
      flow.editStep(null);
  };

  return (
    <Dialog.Content
      {...returnFocus}
      className={cls('dialog')}
      dir={flow.rtl ? 'rtl' : 'ltr'}
      aria-describedby={`${id}-description`}
    >
      <Dialog.Title className={cls('dialog-title')}>{m.title(name)}</Dialog.Title>
      <Dialog.Description id={`${id}-description`} className={cls('dialog-description')}>
        {m.description}
      </Dialog.Description>
      <form onSubmit={save} className={cls('form')}>
        <label className={cls('field')}>
          <span>{m.name}</span>
          <input value={draft.name} onChange={(e) => set({ name: e.target.value })} />
        </label>
        <label className={cls('field')}>
          <span>{m.action}</span>
          <select
            value={draft.action}
            onChange={(e) => set({ action: e.target.value as StepDraft['action'] })}
          >
            <option value="assign">{flow.messages.action.assign}</option>
            <option value="notify">{flow.messages.action.notify}</option>
          </select>
        </label>
        <fieldset className={cls('fieldset')}>
          <legend>{m.targets}</legend>
          {draft.targets.map((target, index) => {
            const partyName = flow.partyName(target.partyId);
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: targets have no id; order is their identity.
              <div key={index} className={cls('row')}>
                <label className={cls('field')}>
                  <span>{m.party}</span>
                  <select
                    value={target.partyId}
                    onChange={(e) => setTarget(index, { ...target, partyId: e.target.value })}
                  >
                    {parties.map((p) => (
                      <option key={p.id} value={p.id}>
                        {p.name}
                      </option>
                    ))}
                  </select>
                </label>
                <label className={cls('field')}>
                  <span>{m.tierField}</span>
                  <select
                    value={target.tier ?? ''}
                    onChange={(e) => {
                      const { tier: _old, ...rest } = target;
                      const tier = Number(e.target.value);
                      setTarget(index, e.target.value === '' ? rest : { ...rest, tier });
                    }}
                  >
                    <option value="">{m.anyTier}</option>
                    {[1, 2, 3, 4].map((t) => (
                      <option key={t} value={t}>
                        {t}
                      </option>
                    ))}
                  </select>
                </label>
                <button
                  type="button"
                  className={cls('button')}
                  onClick={() => set({ targets: draft.targets.filter((_, i) => i !== index) })}
                >
                  {m.removeTarget(partyName)}
                </button>
              </div>
            );
          })}
          <button
            type="button"
            className={cls('button')}
            disabled={parties.length === 0}
            onClick={() => set({ targets: [...draft.targets, { partyId: parties[0]?.id ?? '' }] })}
          >
            {m.addTarget}
          </button>
          {draft.targets.length > 1 && (
            <label className={cls('field')}>
              <span>{m.mode}</span>
              <select
                value={draft.mode}
                onChange={(e) => set({ mode: e.target.value as StepDraft['mode'] })}
              >
                <option value="all">{m.modes.all}</option>
                <option value="round-robin">{m.modes['round-robin']}</option>
              </select>
            </label>
          )}
          <StepConditionFields flow={flow} draft={draft} cls={cls} set={set} />
        </fieldset>
        <fieldset className={cls('fieldset')}>
          <legend>{m.waysOn}</legend>
          {draft.ways.map((way, index) => (
            <WayOnFields
              key={way.id ?? `new-${index}`}
              flow={flow}
              way={way}
              cls={cls}
              onChange={(next) => set({ ways: draft.ways.map((w, i) => (i === index ? next : w)) })}
              onRemove={() => set({ ways: draft.ways.filter((_, i) => i !== index) })}
            />
          ))}
          <button
            type="button"
            className={cls('button')}
            onClick={() => {
              const to = flow.policy.steps.find((s) => s.id !== stepId)?.id ?? stepId;
              const trigger: Trigger = { kind: 'after', minutes: 30 };
              set({ ways: [...draft.ways, { to, trigger }] });
            }}
          >
            {m.addWayOn}
          </button>
        </fieldset>
        <label className={cls('check')}>
          <input
            type="checkbox"
            checked={draft.terminal}
            onChange={(e) => set({ terminal: e.target.checked })}
          />
          <span>{m.terminal}</span>
        </label>
        <label className={cls('check')}>
          <input
            type="checkbox"
            checked={draft.start}
            disabled={flow.policy.startStepId === stepId}
            onChange={(e) => set({ start: e.target.checked })}
          />
          <span>{m.start}</span>
        </label>
        <div className={cls('dialog-actions')}>
          {deletion && (
            <button
              type="button"
              className={cls('button')}
              data-variant="danger"
              onClick={() => {
                if (flow.dispatch(deletion, flow.messages.deleted(name))) flow.editStep(null);
              }}
            >
              {m.deleteStep}
            </button>
          )}
          <Dialog.Close asChild>
            <button type="button" className={cls('button')}>
              {m.cancel}
            </button>
          </Dialog.Close>
          <button type="submit" className={cls('button')} data-variant="primary">
            {m.save}
          </button>
        </div>
      </form>
    </Dialog.Content>
  );
}
