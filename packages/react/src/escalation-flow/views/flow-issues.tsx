import type { EscalationIssue } from '@tandem/core/escalation';
import { worstSeverity } from '@tandem/core/validate';
import { memo } from 'react';
import type { EscalationFlowState } from '../hooks/use-escalation-flow';

type Cls = (name: string) => string | undefined;

/**
 * The core's checks of the flow (dead ends, unreachable steps, unbounded loops, late triggers,
 * routing gaps, shadowed rules, matrix mismatches) with their one-click fixes. A fix is an
 * ordinary edit: one undo step.
 *
 * @example
 * <FlowIssues flow={flow} cls={cls} />
 */
export const FlowIssues = memo(function FlowIssues({
  flow,
  cls,
}: {
  flow: EscalationFlowState;
  cls: Cls;
}) {
  const { messages: m, checks } = flow;
  const state = checks.pending ? 'pending' : (worstSeverity(checks.issues) ?? 'valid');
  return (
    <details className={cls('issues')} data-state={state} open={checks.issues.length > 0}>
      <summary className={cls('summary')} data-state={state}>
        {checks.pending ? m.checking : m.summary(checks.counts)}
      </summary>
      {checks.issues.length > 0 && (
        <ul aria-label={m.issuesLabel} className={cls('issue-list')}>
          {checks.issues.map((issue, index) => (
            <IssueItem key={issueKey(issue, index)} issue={issue} flow={flow} cls={cls} />
          ))}
        </ul>
      )}
    </details>
  );
});

function IssueItem({
  issue,
  flow,
  cls,
}: {
  issue: EscalationIssue;
  flow: EscalationFlowState;
  cls: Cls;
}) {
  const m = flow.messages;
  return (
    <li className={cls('issue')} data-state={issue.severity} data-rule={issue.ruleId}>
      <span className={cls('issue-severity')}>{m.severity[issue.severity].one}</span>
      <span className={cls('issue-message')}>{issue.message}</span>
      {!flow.readOnly &&
        issue.fixes.map((fix) => {
          const label = m.fixLabel(fix, issue);
          return (
            <button
              key={fix.label}
              type="button"
              className={cls('button')}
              onClick={() => flow.dispatch(fix.changes, m.fixApplied(label))}
            >
              {label}
            </button>
          );
        })}
    </li>
  );
}

const issueKey = (issue: EscalationIssue, index: number) =>
  `${issue.ruleId}|${issue.stepIds.join(',')}|${issue.ruleIds.join(',')}|${index}`;
