import { UndoRedoButtons } from '../../undo-redo/undo-redo-buttons';
import type { MatrixEditor, MatrixView } from '../hooks/use-matrix-editor';
import { dropPlan } from '../model/drop-changes';

type Cls = (name: string) => string | undefined;

const VIEWS: readonly MatrixView[] = ['grid', 'lanes'];

/**
 * The editor's toolbar: undo/redo, grid or lanes, filter, perspective, adding rows, categories
 * and parties, and what to do with selected rows.
 *
 * @example
 * <MatrixToolbar editor={editor} cls={cls} />
 */
export function MatrixToolbar({ editor, cls }: { editor: MatrixEditor; cls: Cls }) {
  const { messages, matrix, readOnly, filter, selected } = editor;
  // The same plan as dropping the selection on the category's header: first in the category.
  const moveSelected = (categoryId: string) => {
    const first = matrix.rows.find((row) => selected.has(row.id));
    if (!first || !categoryId) return;
    const plan = dropPlan(
      matrix,
      { kind: 'row', rowId: first.id },
      { kind: 'category', categoryId },
      selected,
    );
    if (plan.ok)
      editor.dispatch(plan.changes, messages.dropped(plan.result, { role: '', lane: '' }));
  };
  const deleteSelected = () => {
    const rowIds = matrix.rows.filter((row) => selected.has(row.id)).map((row) => row.id);
    if (
      editor.dispatch(
        rowIds.map((rowId) => ({ type: 'removeRow', rowId })),
        messages.deletedRows(rowIds.length),
      )
    )
      editor.clearSelection();
  };

  return (
    <div className={cls('toolbar')}>
      <div role="toolbar" aria-label={messages.toolbarLabel} className={cls('toolbar-group')}>
        <UndoRedoButtons
          undo={editor.undo}
          redo={editor.redo}
          canUndo={editor.canUndo}
          canRedo={editor.canRedo}
          labels={messages}
          className={cls('button')}
        />
        <fieldset className={cls('segmented')}>
          <legend className={cls('legend')}>{messages.viewLabel}</legend>
          {VIEWS.map((view) => (
            <button
              key={view}
              type="button"
              className={cls('button')}
              aria-pressed={editor.view === view}
              onClick={() => editor.setView(view)}
            >
              {messages.views[view]}
            </button>
          ))}
        </fieldset>
        {!readOnly && (
          <>
            <button
              type="button"
              className={cls('button')}
              onClick={() => editor.openDialog({ type: 'row' })}
              disabled={matrix.categories.length === 0}
            >
              {messages.addRow}
            </button>
            <button
              type="button"
              className={cls('button')}
              onClick={() => editor.openDialog({ type: 'category' })}
            >
              {messages.addCategory}
            </button>
            <button
              type="button"
              className={cls('button')}
              onClick={() => editor.openDialog({ type: 'party' })}
            >
              {messages.addParty}
            </button>
          </>
        )}
      </div>
      <div className={cls('filters')}>
        <input
          type="search"
          className={cls('search')}
          aria-label={messages.searchLabel}
          placeholder={messages.searchPlaceholder}
          value={filter.text ?? ''}
          onChange={(event) => editor.setFilter({ ...filter, text: event.target.value })}
        />
        {editor.validationEnabled && (
          <label className={cls('check')}>
            <input
              type="checkbox"
              checked={filter.issuesOnly === true}
              onChange={(event) =>
                editor.setFilter({ ...filter, issuesOnly: event.target.checked })
              }
            />
            {messages.issuesOnly}
          </label>
        )}
        <label className={cls('check')}>
          {messages.perspectiveLabel}
          <select
            value={editor.perspective ?? ''}
            onChange={(event) => editor.setPerspective(event.target.value || null)}
          >
            <option value="">{messages.everyone}</option>
            {matrix.parties.map((party) => (
              <option key={party.id} value={party.id}>
                {party.name}
              </option>
            ))}
          </select>
        </label>
        {editor.display.filtered && (
          <output className={cls('count')}>
            {messages.filteredCount(editor.display.rows.length, matrix.rows.length)}
          </output>
        )}
      </div>
      {!readOnly && selected.size > 0 && (
        <div
          role="toolbar"
          aria-label={messages.selectedCount(selected.size)}
          className={cls('selection')}
        >
          <span>{messages.selectedCount(selected.size)}</span>
          <label className={cls('check')}>
            {messages.moveSelectedTo}
            <select value="" onChange={(event) => moveSelected(event.target.value)}>
              <option value="">…</option>
              {matrix.categories.map((category) => (
                <option key={category.id} value={category.id}>
                  {category.name}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            className={cls('button')}
            data-variant="danger"
            onClick={deleteSelected}
          >
            {messages.deleteSelected(selected.size)}
          </button>
          <button type="button" className={cls('button')} onClick={editor.clearSelection}>
            {messages.clearSelection}
          </button>
        </div>
      )}
    </div>
  );
}
