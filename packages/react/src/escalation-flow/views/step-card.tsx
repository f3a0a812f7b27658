import type { EscalationStep } from '@tandem/core/escalation';
import type { Severity } from '@tandem/core/validate';
import { type CSSProperties, memo } from 'react';
import { peerMarks } from '../../presence/peer-marks';
import type { PresencePeer } from '../../presence/presence-types';
import { VisuallyHidden } from '../../visually-hidden/visually-hidden';
import type { EscalationFlowMessages } from '../messages';

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
  /** The step's hold, acknowledgement and rotation in words (see `stepNotes`); may be empty. */
  notes: string;
  problems: number;
  severity: Severity | undefined;
  simulation: 'current' | 'visited' | 'pending' | undefined;
  firedAt: string | undefined;
  messages: EscalationFlowMessages;
  readOnly: boolean;
  onEdit: (stepId: string) => void;
  /** The id of the drag instructions its handles point screen readers to. */
  describedBy: string;
  cls: Cls;
  /** Other people at this step (the same empty array when nobody is). */
  peers: readonly PresencePeer[];
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
  const name = step.name ?? step.id;
  // Plain buttons, marked data-card-handle: the canvas hands their presses to one shared
  // draggable (useCardHandles).
  const handle = {
    type: 'button',
    'aria-roledescription': m.dragRoleDescription,
    'aria-describedby': props.describedBy,
    'data-state': 'idle',
  } as const;
  const nameId = `${String(bag.id)}-name`;
  const marks = peerMarks(props.peers, { kind: 'step', stepId: step.id }, m, cls('peer'));
  return (
    <article
      {...bag}
      {...marks.attributes}
      style={{ ...(bag.style as CSSProperties | undefined), ...marks.attributes.style }}
      aria-labelledby={nameId}
      aria-describedby={props.notes ? `${nameId}-notes` : undefined}
      className={cls('card')}
      data-simulation={props.simulation}
    >
      <div className={cls('card-head')}>
        {!readOnly && (
          <button
            {...handle}
            data-card-handle="step"
            data-kind="step"
            aria-label={m.moveStep(name)}
            className={cls('handle')}
          >
            <span aria-hidden="true">⠿</span>
          </button>
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
      {/* Lines without a paragraph's margins, so the card holds them without the stylesheet; the
          stylesheet cuts the targets to one line with an ellipsis: the whole line is its tooltip. */}
      <div className={cls('card-targets')} title={`${m.action[step.action]} ${props.targets}`}>
        <span className={cls('action')} data-action={step.action}>
          {m.action[step.action]}
        </span>{' '}
        {props.targets}
      </div>
      {props.notes && (
        <div id={`${nameId}-notes`} className={cls('card-notes')} title={props.notes}>
          {props.notes}
        </div>
      )}
      <div className={cls('card-badges')}>
        {bag['data-start'] !== undefined && <span className={cls('badge')}>{m.start}</span>}
        {step.terminal && <span className={cls('badge')}>{m.terminal}</span>}
        {props.problems > 0 && (
          <span className={cls('badge')} data-severity={props.severity}>
            {m.stepIssues(props.problems)}
          </span>
        )}
        {props.firedAt && <span className={cls('fired')}>{m.firedAt(props.firedAt)}</span>}
        {marks.tags}
      </div>
      {props.ways.length > 0 && (
        <VisuallyHidden>
          <span>{props.ways.join('; ')}</span>
        </VisuallyHidden>
      )}
      {!readOnly && (
        <button
          {...handle}
          data-card-handle="connect"
          data-kind="connect"
          aria-label={m.connectStep(name)}
          className={cls('port')}
        >
          <span aria-hidden="true">→</span>
        </button>
      )}
    </article>
  );
});
