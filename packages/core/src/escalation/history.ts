import { defineHistory } from '../history/change-history';
import {
  applyEscalationChanges,
  type EscalationDocument,
  invertEscalationChange,
  type PolicyChange,
  type PolicyChangeError,
} from './changes';

/**
 * The undo history of an escalation document (a policy and its routing table): one step per
 * user action, with who/when for every change, like the matrix's.
 *
 * @example
 * let history = escalationHistory.create({ policy, routing });
 * const result = escalationHistory.commit(history, [{ type: 'setStart', stepId: 'noc' }], {
 *   actor: 'ana@contoso.com',
 *   at: Date.now(),
 * });
 * if (result.ok) { history = result.history; auditLog.push(...result.entries); }
 */
export const escalationHistory = /* @__PURE__ */ defineHistory<
  EscalationDocument,
  PolicyChange,
  PolicyChangeError
>({
  apply: applyEscalationChanges,
  invert: (before, change) => [invertEscalationChange(before, change)],
});
