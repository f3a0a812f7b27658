import type { CellView, Qualifier, RoleVariant } from '@tandem/core';
import { RoleChip } from '../../role-chip/role-chip';
import { VisuallyHidden } from '../../visually-hidden/visually-hidden';
import type { MatrixEditorMessages } from '../messages';

/** Props of {@link MatrixCellContent}.
 *
 * @example
 * const props: MatrixCellContentProps = { cell, variant: 'raci', messages, classPrefix: 'tandem-matrix' };
 */
export interface MatrixCellContentProps {
  cell: CellView;
  variant: RoleVariant;
  messages: MatrixEditorMessages;
  /** Class name prefix; `undefined` renders without classes (unstyled). */
  classPrefix: string | undefined;
}

/**
 * The text of a qualifier in the host's words: known ones from messages, custom ones as given.
 *
 * @example
 * qualifierText('overflow', englishMatrixEditorMessages); // 'overflow only'
 */
export function qualifierText(qualifier: Qualifier, messages: MatrixEditorMessages): string {
  return typeof qualifier === 'string' ? messages.qualifiers[qualifier] : qualifier.custom;
}

/**
 * What one matrix cell shows: a chip per letter, then the qualifier; an empty cell still reads
 * "unassigned" so a screen reader never lands on silence.
 *
 * @example
 * <MatrixCellContent cell={{ roles: ['R'], qualifier: 'overflow' }} variant="raci" messages={messages} classPrefix="tandem-matrix" />
 */
export function MatrixCellContent({
  cell,
  variant,
  messages,
  classPrefix,
}: MatrixCellContentProps) {
  const cls = (name: string) => (classPrefix ? `${classPrefix}-${name}` : undefined);
  if (cell.roles.length === 0 && cell.qualifier === undefined)
    return <VisuallyHidden>{messages.unassigned}</VisuallyHidden>;
  return (
    <span className={cls('cell-content')}>
      {cell.roles.map((letter) => (
        <RoleChip
          key={letter}
          letter={letter}
          variant={variant}
          label={messages.roleName(letter, variant)}
          unstyled={!classPrefix}
        />
      ))}
      {cell.qualifier !== undefined && (
        <span
          className={cls('qualifier')}
          data-qualifier={typeof cell.qualifier === 'string' ? cell.qualifier : 'custom'}
        >
          {qualifierText(cell.qualifier, messages)}
        </span>
      )}
    </span>
  );
}
