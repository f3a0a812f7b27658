import type { EscalationStep } from '@tandem/core/escalation';
import type { Severity } from '@tandem/core/validate';
import { memo, useRef } from 'react';
import { VisuallyHidden } from '../visually-hidden/visually-hidden';
import { DragHandle } from './flow-handles';
import type { EscalationFlowMessages } from './messages';

type Cls = (name: string) => string | undefined;

/**
 * What a card shows, all precomputed so that the card re-renders only when its own step,
 * place, problems or simulation state change.
 *
 * @example
 * <StepCard step={step} bag={flow.getStepProps(step.id)} targets="Internal IT · Tier 1" … />
 */
export interface StepCardProps {
  step: EscalationStep;
  bag: Record<string, unknown>;
  targets: string;
  ways: readonly string[];
  problems: number;
  severity: Severity | undefined;
  simulation: 'current' | 'visited' | 'pending' | undefined;
  firedAt: string | undefined;
  messages: EscalationFlowMessages;
  readOnly: boolean;
  onEdit: (stepId: string) => void;
  cls: Cls;
}

/**
 * A step's card: name (opens the edit dialog), action and targets, start/end badges, problems,
 * when it fired in a simulation, a move handle and a connect port; its ways on are read out to
 * screen readers (the arrows are drawn for the eye).
 *
 * @example
 * <StepCard {...props} />
 */
export const StepCard = memo(function StepCard(props: StepCardProps) {
  const { step, bag, messages: m, cls, readOnly } = props;
  const ref = useRef<HTMLElement | null>(null);
  const name = step.name ?? step.id;
  const nameId = `${String(bag.id)}-name`;
  return (
    <article
      {...bag}
      ref={ref}
      aria-labelledby={nameId}
      className={cls('card')}
      data-simulation={props.simulation}
    >
      <div className={cls('card-head')}>
        {!readOnly && (
          <DragHandle
            item={{ kind: 'step', stepId: step.id }}
            label={m.moveStep(name)}
            roleDescription={m.dragRoleDescription}
            measure={ref}
            className={cls('handle')}
          >
            <span aria-hidden="true">⠿</span>
          </DragHandle>
        )}
        {readOnly ? (
          <span id={nameId} className={cls('card-name')}>
            {name}
          </span>
        ) : (
          <button
            type="button"
            id={nameId}
            className={cls('card-name')}
            onClick={() => props.onEdit(step.id)}
            title={m.editStep(name)}
          >
            {name}
          </button>
        )}
      </div>
      <p className={cls('card-targets')}>
        <span className={cls('action')} data-action={step.action}>
          {m.action[step.action]}
        </span>{' '}
        {props.targets}
      </p>
      <p className={cls('card-badges')}>
        {bag['data-start'] !== undefined && <span className={cls('badge')}>{m.start}</span>}
        {step.terminal && <span className={cls('badge')}>{m.terminal}</span>}
        {props.problems > 0 && (
          <span className={cls('badge')} data-severity={props.severity}>
            {m.stepIssues(props.problems)}
          </span>
        )}
        {props.firedAt && <span className={cls('fired')}>{m.firedAt(props.firedAt)}</span>}
      </p>
      {props.ways.length > 0 && (
        <VisuallyHidden>
          <span>{props.ways.join('; ')}</span>
        </VisuallyHidden>
      )}
      {!readOnly && (
        <DragHandle
          item={{ kind: 'connect', stepId: step.id }}
          label={m.connectStep(name)}
          roleDescription={m.dragRoleDescription}
          className={cls('port')}
        >
          <span aria-hidden="true">→</span>
        </DragHandle>
      )}
    </article>
  );
});
