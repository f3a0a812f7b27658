import type { Matrix } from '@tandem/core';
import {
  EscalationFlow,
  type EscalationFlowValue,
  type PolicyChange,
} from '@tandem/react/escalation-flow';
import type { AuditRecord, SavedEscalation, ServiceConfig } from '../api/types';
import { SaveBar } from '../drafts/save-bar';
import type { ReadyDraft } from '../drafts/use-saved-draft';
import { PageHeading } from './page-heading';

/**
 * The escalation page: how tickets are routed between the two teams and how they escalate,
 * checked against the matrix draft and the contract's SLA.
 *
 * @example
 * <EscalationPage handle={escalation} matrix={draft} service={service} describe={describe} />
 */
export function EscalationPage({
  handle,
  matrix,
  service,
  describe,
}: {
  handle: ReadyDraft<SavedEscalation, EscalationFlowValue, PolicyChange>;
  matrix: Matrix;
  service: ServiceConfig | undefined;
  describe: (record: AuditRecord) => string;
}) {
  const { state, edit } = handle;
  return (
    <>
      <PageHeading title="Escalation">
        Where a ticket goes first, and when and to whom it escalates. Drag steps between teams,
        reorder routing rules, and play a sample ticket through the policy.
      </PageHeading>
      <SaveBar handle={handle} noun="escalation policy" describe={describe} />
      {/* The flow titles its panels with h3: this keeps the outline in order. */}
      <h2 className="sr-only">Escalation policy and routing table</h2>
      <EscalationFlow
        value={state.draft}
        onValueChange={edit}
        matrix={matrix}
        sla={service?.policies[0]}
        calendars={service?.calendars}
      />
    </>
  );
}
