import type { PartySide } from '../matrix/model';
import type { RoleLetter } from '../matrix/roles';
import type { LetterSystem } from './letter-system';

/**
 * What one column of a sheet holds, as a column-mapping step shows it:
 *
 * - `function`: the row's name (one column);
 * - `category`: the row's category; an empty cell repeats the one above (fill-down);
 * - `id`: the row's id or code (`AC-1`, `1.2.3`); of several, the first filled one counts;
 * - `kind`: task or decision; `tags`: a list split on `,` `;` or line breaks;
 * - `description`: the row's description; `notes`: added to it as `Header: value` lines;
 * - `party`: a party, letters or marks in its cells (grid and marks orientations);
 * - `letter`: in a transposed sheet, a column of party names that get `letters`;
 * - `responsibility`: one column of party names, comma lists or sharing words;
 * - `ignore`: read as nothing (its values are reported once).
 */
export type SheetColumnRole =
  | 'function'
  | 'category'
  | 'id'
  | 'kind'
  | 'tags'
  | 'description'
  | 'notes'
  | 'party'
  | 'letter'
  | 'responsibility'
  | 'ignore';

/**
 * One column of a {@link MatrixLayout}. Change `role` (and `side` or `letters`) to correct a
 * detection, then read the table again with `matrixFromTable`.
 *
 * @example
 * const column: LayoutColumn = { column: 4, header: 'Drupal', role: 'party', side: 'provider' };
 */
export interface LayoutColumn {
  /** 1-based: 1 is column A. */
  readonly column: number;
  /** The header cell's text, trimmed. */
  readonly header: string;
  readonly role: SheetColumnRole;
  /** For a party column: its side; guessed from the name (or the import's `sides`) when left out. */
  readonly side?: PartySide;
  /** For a letter column of a transposed sheet: the letters the names in it hold. */
  readonly letters?: readonly RoleLetter[];
}

/**
 * How a responsibility matrix is laid out in a sheet:
 *
 * - `grid`: a column per party, letters in the cells (the common layout);
 * - `marks`: the same with `x`, `✓`, `•` or `Yes` instead of letters;
 * - `transposed`: a column per letter (`R`, `A`, `C`, `I`), party names in the cells;
 * - `responsibility`: one column of party names (`Customer`, `Shared`, `CSP, 3PAO`).
 */
export type LayoutOrientation = 'grid' | 'marks' | 'transposed' | 'responsibility';

/**
 * A sheet's layout: plain data a host can show column by column, change and pass back to
 * `matrixFromTable`.
 *
 * @example
 * const layout: MatrixLayout = {
 *   orientation: 'grid', headerRow: 1, letters: plainLetters(),
 *   columns: [
 *     { column: 1, header: 'Function', role: 'function' },
 *     { column: 2, header: 'IT', role: 'party', side: 'internal' },
 *     { column: 3, header: 'MSP', role: 'party', side: 'provider' },
 *   ],
 * };
 */
export interface MatrixLayout {
  readonly orientation: LayoutOrientation;
  /** 1-based row of the header; rows above it are a title or a legend, rows below the body. */
  readonly headerRow: number;
  /** One entry per column of the table, left to right. */
  readonly columns: readonly LayoutColumn[];
  readonly letters: LetterSystem;
}

/**
 * A layout the detector considered, with how sure it is (0 to 1) and why, in words.
 *
 * @example
 * const option: LayoutOption = { layout, confidence: 0.9, reasons: ['column B is the function'] };
 */
export interface LayoutOption {
  readonly layout: MatrixLayout;
  readonly confidence: number;
  readonly reasons: readonly string[];
}

/**
 * What `detectMatrixLayout` found: the layout it chose and the others it weighed, best first.
 *
 * @example
 * const { layout, confidence, reasons, alternatives } = detectMatrixLayout(table);
 */
export interface LayoutDetection extends LayoutOption {
  readonly alternatives: readonly LayoutOption[];
}
