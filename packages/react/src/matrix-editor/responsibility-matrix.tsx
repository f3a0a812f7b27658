import type { Matrix, MatrixChange, Row } from '@tandem/core';
import type { Severity, ValidateOptions } from '@tandem/core/validate';
import { VisuallyHidden } from '../visually-hidden/visually-hidden';
import type { MatrixEditorMessageOverrides } from './announcements';
import { IssuesPanel } from './issues-panel';
import { MatrixCellContent } from './matrix-cell-content';
import { MatrixHeader } from './matrix-header';
import { type PickableTemplate, TemplatePicker } from './template-picker';
import { type MatrixEditor, useMatrixEditor, worstSeverity } from './use-matrix-editor';

/** Props of {@link ResponsibilityMatrix}.
 *
 * @example
 * const props: ResponsibilityMatrixProps = { defaultValue: matrix, readOnly: true };
 */
export interface ResponsibilityMatrixProps {
  value?: Matrix | undefined;
  defaultValue?: Matrix | undefined;
  onValueChange?: ((next: Matrix, changes: readonly MatrixChange[]) => void) | undefined;
  readOnly?: boolean | undefined;
  messages?: MatrixEditorMessageOverrides | undefined;
  validate?: ValidateOptions | false | undefined;
  className?: string | undefined;
  /**
   * Templates offered while the matrix has no rows, e.g. `Object.values(templates)` from
   * `@tandem/core/templates`. Opt-in, so hosts that never show it do not ship the template data.
   */
  templates?: readonly PickableTemplate[] | undefined;
  /** Leaves out the `tandem-matrix*` classes so none of the default look applies. */
  unstyled?: boolean | undefined;
}

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

function RowIssueMarker({ editor, row, cls }: { editor: MatrixEditor; row: Row; cls: Cls }) {
  const issues = editor.rowIssues(row.id);
  const worst = worstSeverity(issues);
  if (!issues || !worst) return null;
  const text = SEVERITIES.map((severity) => {
    const count = issues.filter((issue) => issue.severity === severity).length;
    return count > 0 ? editor.messages.rowIssues(count, severity) : '';
  })
    .filter(Boolean)
    .join(', ');
  return (
    <span
      className={cls('issue')}
      data-severity={worst}
      title={issues.map((i) => i.message).join('\n')}
    >
      <span aria-hidden="true">{issues.length}</span>
      <VisuallyHidden>{text}</VisuallyHidden>
    </span>
  );
}

type Cls = (name: string) => string | undefined;

/**
 * An editable responsibility matrix: parties as columns grouped by side, rows grouped by
 * category, letters as chips, undo and redo, validation markers and a live region. Built only
 * from {@link useMatrixEditor}; keyboard: arrows, Home/End, R/A/C/I, Delete, Ctrl+Z / Ctrl+Y.
 *
 * @example
 * <ResponsibilityMatrix defaultValue={templates['small-business-one-it'].matrix} onValueChange={save} />
 */
export function ResponsibilityMatrix(props: ResponsibilityMatrixProps) {
  const { className, unstyled = false, templates, ...options } = props;
  const editor = useMatrixEditor(options);
  const { matrix, messages } = editor;
  const cls: Cls = (name) => (unstyled ? undefined : `tandem-matrix-${name}`);
  const rootClass = [unstyled ? undefined : 'tandem-matrix', className].filter(Boolean).join(' ');
  const columns = matrix.parties.length + 1;

  return (
    <div className={rootClass || undefined} data-state={editor.readOnly ? 'read-only' : 'editable'}>
      <div role="toolbar" aria-label={messages.toolbarLabel} className={cls('toolbar')}>
        <button
          type="button"
          className={cls('button')}
          disabled={!editor.canUndo}
          onClick={editor.undo}
        >
          {messages.undo}
        </button>
        <button
          type="button"
          className={cls('button')}
          disabled={!editor.canRedo}
          onClick={editor.redo}
        >
          {messages.redo}
        </button>
      </div>
      <table {...editor.getGridProps()} className={cls('grid')}>
        <thead>
          <MatrixHeader parties={matrix.parties} messages={messages} cls={cls} />
        </thead>
        {matrix.rows.length === 0 ? (
          <tbody>
            <tr>
              <td colSpan={columns} className={cls('empty')}>
                <p>{messages.noRows}</p>
                {templates && templates.length > 0 && (
                  <TemplatePicker editor={editor} templates={templates} cls={cls} />
                )}
              </td>
            </tr>
          </tbody>
        ) : (
          matrix.categories.map((category) => {
            const rows = matrix.rows.filter((row) => row.categoryId === category.id);
            if (rows.length === 0) return null;
            return (
              <tbody key={category.id} className={cls('category')} data-category-id={category.id}>
                <tr>
                  <th scope="rowgroup" colSpan={columns} className={cls('category-name')}>
                    {category.name}
                  </th>
                </tr>
                {rows.map((row) => (
                  <tr key={row.id} {...editor.getRowProps(row)} className={cls('row')}>
                    <th scope="row" className={cls('row-name')}>
                      <span>{row.name}</span>
                      <RowIssueMarker editor={editor} row={row} cls={cls} />
                    </th>
                    {matrix.parties.map((party) => (
                      <td
                        key={party.id}
                        {...editor.getCellProps(row, party)}
                        className={cls('cell')}
                      >
                        <MatrixCellContent
                          cell={editor.cellOf(row, party)}
                          variant={matrix.variant}
                          messages={messages}
                          classPrefix={unstyled ? undefined : 'tandem-matrix'}
                        />
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            );
          })
        )}
      </table>
      {editor.validationEnabled && <IssuesPanel editor={editor} cls={cls} />}
      <div role="status" aria-live="polite" aria-atomic="true">
        <VisuallyHidden>{editor.announcement}</VisuallyHidden>
      </div>
    </div>
  );
}
