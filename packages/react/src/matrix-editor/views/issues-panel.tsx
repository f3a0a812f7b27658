import { worstSeverity } from '@tandem/core/validate';
import { useState } from 'react';
import { lazyPart } from '../../hooks/lazy-part';
import type { MatrixEditor } from '../hooks/use-matrix-editor';

type Cls = (name: string) => string | undefined;

// The list shows only once someone opens the panel: its code loads then (or when the browser is
// idle after the editor mounted, with the editor's other lazy parts).
export const IssueList = /* @__PURE__ */ lazyPart(() =>
  import('./issue-list').then((m) => m.IssueList),
);

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
      {open && issues.length > 0 && <IssueList editor={editor} cls={cls} />}
    </details>
  );
}
