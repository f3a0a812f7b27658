import { type MatrixIssue, worstSeverity } from '@tandem/core/validate';
import { useState } from 'react';
import type { MatrixEditor } from './use-matrix-editor';

type Cls = (name: string) => string | undefined;

/**
 * The validation summary with every issue and its one-click fixes. Collapsed by default so a
 * long list never pushes the grid away; a fix is an ordinary edit, so it can be undone. The list
 * renders only while the panel is open: issues build their fixes when first read, and a closed
 * panel reading them all on every edit cost a messy import most of what laziness saves.
 *
 * @example
 * <IssuesPanel editor={editor} cls={(name) => `tandem-matrix-${name}`} />
 */
export function IssuesPanel({ editor, cls }: { editor: MatrixEditor; cls: Cls }) {
  const { messages, summary, issues } = editor;
  const state = worstSeverity(issues) ?? 'valid';
  const [open, setOpen] = useState(false);
  return (
    <details
      className={cls('issues')}
      data-state={state}
      open={open}
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary className={cls('summary')} data-state={state}>
        {messages.summary(summary)}
      </summary>
      {open && issues.length > 0 && (
        <ul aria-label={messages.issuesLabel} className={cls('issue-list')}>
          {issues.map((issue, index) => (
            <IssueItem key={issueKey(issue, index)} issue={issue} editor={editor} cls={cls} />
          ))}
        </ul>
      )}
    </details>
  );
}

function IssueItem({ issue, editor, cls }: { issue: MatrixIssue; editor: MatrixEditor; cls: Cls }) {
  const { messages } = editor;
  return (
    <li className={cls('issue-item')} data-state={issue.severity} data-rule={issue.ruleId}>
      <span className={cls('issue-severity')}>{messages.severity[issue.severity].one}</span>{' '}
      <span>{issue.message}</span>
      {!editor.readOnly &&
        issue.fixes.map((fix) => (
          <button
            key={fix.label}
            type="button"
            className={cls('button')}
            onClick={() => editor.dispatch(fix.changes, messages.fixApplied(fix.label))}
          >
            {fix.label}
          </button>
        ))}
    </li>
  );
}

// Issues have no id; rule, rows and parties name one uniquely within a run.
// (A list in a template joins with commas.)
const issueKey = (issue: MatrixIssue, index: number) =>
  `${issue.ruleId}|${issue.rowIds}|${issue.partyIds}|${index}`;
