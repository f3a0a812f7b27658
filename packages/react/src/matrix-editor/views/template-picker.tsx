import type { Matrix } from '@tandem/core';
import { useId } from 'react';
import type { MatrixEditor } from '../hooks/use-matrix-editor';
import { changesToStartFrom } from '../model/template-changes';

/** A template the picker offers: what `@tandem/core/templates` exports has this shape. */
export interface PickableTemplate {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly matrix: Matrix;
}

type Cls = (name: string) => string | undefined;

/**
 * Shown in an empty matrix: one button per template. Picking one fills the matrix through
 * ordinary changes, so Undo empties it again.
 *
 * @example
 * <TemplatePicker editor={editor} templates={Object.values(templates)} cls={cls} />
 */
export function TemplatePicker({
  editor,
  templates,
  cls,
}: {
  editor: MatrixEditor;
  templates: readonly PickableTemplate[];
  cls: Cls;
}) {
  const { messages } = editor;
  // Per picker, not per template id alone: two editors on one page offer the same templates.
  const baseId = useId();
  const descriptionId = (template: PickableTemplate) => `${baseId}-${template.id}`;
  return (
    <ul aria-label={messages.templatesLabel} className={cls('templates')}>
      {templates.map((template) => (
        <li key={template.id} className={cls('template')}>
          <button
            type="button"
            className={cls('button')}
            disabled={editor.readOnly}
            aria-describedby={descriptionId(template)}
            onClick={() =>
              editor.dispatch(
                changesToStartFrom(editor.matrix, template.matrix),
                messages.startedFromTemplate(template.name),
              )
            }
          >
            {messages.startFromTemplate(template.name)}
          </button>
          <span id={descriptionId(template)} className={cls('template-description')}>
            {template.description}
          </span>
        </li>
      ))}
    </ul>
  );
}
