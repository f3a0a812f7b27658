import type { MatrixIssue } from '@tandem/core/validate';
import type { MatrixEditor } from '../hooks/use-matrix-editor';

type Cls = (name: string) => string | undefined;

/**
 * Every issue of the matrix with its one-click fixes, as the open issues panel lists them. A fix
 * is an ordinary edit, so it can be undone.
 *
 * @example
 * <IssueList editor={editor} cls={(name) => `tandem-matrix-${name}`} />
 */
export function IssueList({ editor, cls }: { editor: MatrixEditor; cls: Cls }) {
  return (
    <ul aria-label={editor.messages.issuesLabel} className={cls('issue-list')}>
      {editor.issues.map((issue, index) => (
        <IssueItem key={issueKey(issue, index)} issue={issue} editor={editor} cls={cls} />
      ))}
    </ul>
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
