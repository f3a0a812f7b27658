import { MAX_NAME_LENGTH } from '../matrix/check-fields';
import { idProblem } from '../matrix/ids';
import type { Cell, Party, Row, RowKind } from '../matrix/model';
import { MAX_NOTE_LENGTH } from '../matrix/normalise-cell';
import { type RoleLetter, sortRoles } from '../matrix/roles';
import { MATRIX_LIMITS } from '../matrix/schema';
import { isBackupQualifier, laneOfSide } from '../matrix/views';
import { type CellReading, readCellNotation } from './cell-notation';
import { csvIssue } from './csv-issue';
import type { Layout } from './csv-layout';
import type { WarningList } from './csv-warnings';
import { translateLetters } from './letter-system';
import { slugify, uniqueId } from './slug';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * A row as read, before ids are settled: explicit ids go first, so derived ones never take
 * them. `value` is the row itself, built once; only its id is filled in later.
 */
export interface DraftRow {
  /** The 1-based sheet row it came from. */
  readonly row: number;
  readonly explicitId: string;
  readonly value: Mutable<Row>;
}

/** What reading rows needs, shared across the rows of one import. */
export interface RowReader {
  readonly layout: Layout;
  readonly parties: readonly Party[];
  /** 0-based column of each party, in party order. */
  readonly partyColumns: readonly number[];
  readonly warnings: WarningList;
  readonly jointAccountable: 'first' | 'internal';
  /** Every letter met so far, to detect the variant. */
  readonly letters: Set<RoleLetter>;
  /** Readings by cell text: a sheet repeats a handful of texts thousands of times. */
  readonly cache: Map<string, { reading: CellReading; cell: Cell }>;
  /** Unnamed columns already warned about. */
  readonly unnamed: Set<number>;
  /** The sheet's letters that read as other matrix letters (a legend's `M` → `C`). */
  readonly letterMap?: Readonly<Record<string, readonly RoleLetter[]>>;
  /** 1-based column to name in warnings about each party's cells, when not its own column. */
  readonly reportColumns?: readonly number[];
  /** How many columns the sheet itself has; columns past it were added by the reader. */
  readonly width?: number;
}

const KINDS = new Map<string, RowKind>([
  ['', 'task'],
  ['task', 'task'],
  ['t', 'task'],
  ['activity', 'task'],
  ['decision', 'decision'],
  ['d', 'decision'],
  ['decide', 'decision'],
]);
const TAG_MAX = 100;

function field(record: readonly string[], column: number | undefined): string {
  return column === undefined ? '' : (record[column] ?? '');
}

function readingOf(reader: RowReader, text: string) {
  let entry = reader.cache.get(text);
  if (!entry) {
    const map = reader.letterMap;
    const reading = readCellNotation(map ? translateLetters(text, map) : text);
    const { roles, qualifier, note } = reading;
    const cell: Cell = {
      roles,
      ...(qualifier !== undefined ? { qualifier } : {}),
      ...(note !== undefined ? { note: note.slice(0, MAX_NOTE_LENGTH) } : {}),
    };
    for (const letter of roles) reader.letters.add(letter);
    entry = { reading, cell };
    reader.cache.set(text, entry);
  }
  return entry;
}

/** Reads the party cells of one row and settles ✓/Joint marks (see `readCellNotation`). */
function readCells(reader: RowReader, record: readonly string[], row: number, draft: number) {
  const { parties, partyColumns, warnings } = reader;
  const cells: Record<string, Cell> = {};
  let marked: Party[] | undefined;
  let explicitA = false;
  for (let k = 0; k < partyColumns.length; k++) {
    const text = record[partyColumns[k] as number];
    if (text === undefined || text === '') continue;
    const { reading, cell } = readingOf(reader, text);
    const party = parties[k] as Party;
    const column = (reader.reportColumns?.[k] ?? (partyColumns[k] as number) + 1) - 1;
    if (reading.unreadable) {
      const why =
        reading.unreadable === 'two-qualifiers'
          ? 'names two conditions and a cell holds one'
          : 'is neither RACI letters nor an ownership word';
      const message = `"${text.trim()}" ${why}; it was kept as the cell's note, without letters.`;
      warnings.add(csvIssue(row, column + 1, 'unreadable_cell', message), draft, [
        'cells',
        party.id,
      ]);
    }
    if (reading.note !== undefined && reading.note.length > MAX_NOTE_LENGTH) {
      const message = `the note was cut to ${MAX_NOTE_LENGTH} characters.`;
      warnings.add(csvIssue(row, column + 1, 'too_long', message), draft, ['cells', party.id]);
    }
    if (cell.roles.length === 0 && cell.qualifier === undefined && cell.note === undefined) {
      continue;
    }
    cells[party.id] = cell;
    if (reading.mark) {
      marked ??= [];
      marked.push(party);
    } else if (cell.roles.includes('A')) explicitA = true;
  }
  if (marked && !explicitA) {
    const candidates = marked.filter(
      (party) => !isBackupQualifier((cells[party.id] as Cell).qualifier),
    );
    const decider =
      (reader.jointAccountable === 'internal'
        ? candidates.find((party) => laneOfSide(party.side) === 'internal')
        : undefined) ?? candidates[0];
    if (decider) {
      const cell = cells[decider.id] as Cell;
      cells[decider.id] = { ...cell, roles: sortRoles([...cell.roles, 'A']) };
      reader.letters.add('A');
    }
  }
  return cells;
}

/** Warns once per row about values right of the header, once per column about skipped ones. */
function noteStrayCells(reader: RowReader, record: readonly string[], row: number) {
  const { roles } = reader.layout;
  const width = reader.width ?? record.length;
  for (let column = 0; column < Math.min(record.length, width); column++) {
    const role = roles[column];
    if (column < roles.length && role !== 'unnamed' && role !== 'ignore') continue;
    if (isBlank(record[column] as string)) continue;
    if (column >= roles.length) {
      const message = 'this value is right of the last header column; it was skipped.';
      reader.warnings.add(csvIssue(row, column + 1, 'extra_cell', message));
      return;
    }
    if (reader.unnamed.has(column)) continue;
    reader.unnamed.add(column);
    const message =
      role === 'ignore'
        ? 'the layout ignores this column, so its values were skipped.'
        : 'this column has no header, so its values were skipped.';
    reader.warnings.add(
      csvIssue(row, column + 1, role === 'ignore' ? 'ignored_column' : 'unnamed_column', message),
    );
  }
}

const NO_TAGS: string[] = [];
const NON_BLANK = /\S/;
const isBlank = (text: string) => !NON_BLANK.test(text);

/** Tags split on `,` `;` or line breaks, trimmed, at most the model's limit (warned). */
function readTags(reader: RowReader, text: string, row: number, draft: number): string[] {
  if (text === '' || isBlank(text)) return NO_TAGS;
  const column = (reader.layout.columns.tags ?? 0) + 1;
  const tags = text
    .split(/[,;\n]/)
    .map((tag) => tag.trim())
    .filter((tag) => tag !== '')
    .map((tag) => reader.warnings.clip(tag, TAG_MAX, row, column, 'tag'));
  if (tags.length <= MATRIX_LIMITS.tags) return tags;
  const message = `a row has at most ${MATRIX_LIMITS.tags} tags; the rest were skipped.`;
  reader.warnings.add(csvIssue(row, column, 'too_many_tags', message), draft);
  return tags.slice(0, MATRIX_LIMITS.tags);
}

/**
 * Reads one activity row: id, kind, description and tags from their columns (when the sheet
 * has them) and the party cells.
 *
 * @example
 * readDataRow(reader, ['Patch servers', 'R/A', 'I'], 4, 0, 'general', 'Patch servers');
 */
export function readDataRow(
  reader: RowReader,
  record: readonly string[],
  row: number,
  draft: number,
  categoryId: string,
  name: string,
): DraftRow {
  const { columns } = reader.layout;
  const { warnings } = reader;
  noteStrayCells(reader, record, row);

  const kindText = field(record, columns.kind).trim();
  let kind = KINDS.get(kindText.toLowerCase());
  if (!kind) {
    const message = `"${kindText}" is not a kind (task or decision); the row was read as a task.`;
    warnings.add(csvIssue(row, (columns.kind ?? 0) + 1, 'unknown_kind', message), draft);
    kind = 'task';
  }
  const rawDescription = withNotes(reader.layout, record, field(record, columns.description));
  const descriptionColumn = (columns.description ?? reader.layout.notes?.[0]?.column ?? 0) + 1;
  const description = isBlank(rawDescription)
    ? undefined
    : warnings.clip(rawDescription, MAX_NOTE_LENGTH, row, descriptionColumn, 'description');
  const tags = readTags(reader, field(record, columns.tags), row, draft);
  const value: Mutable<Row> = {
    id: '',
    name: warnings.clip(name, MAX_NAME_LENGTH, row, reader.layout.activity + 1, 'activity name'),
    categoryId,
    kind,
    cells: readCells(reader, record, row, draft),
  };
  if (description !== undefined) value.description = description;
  if (tags.length > 0) value.tags = tags;
  return { row, explicitId: explicitIdOf(reader.layout, record), value };
}

/** The first filled id column's text, trimmed. */
export function explicitIdOf(layout: Layout, record: readonly string[]): string {
  for (const column of layout.ids ?? []) {
    const text = field(record, column).trim();
    if (text !== '') return text;
  }
  return field(record, layout.columns.id).trim();
}

/** The description followed by each filled notes column as a `Header: value` line. */
function withNotes(layout: Layout, record: readonly string[], description: string): string {
  const notes = layout.notes;
  if (!notes || notes.length === 0) return description;
  const lines = isBlank(description) ? [] : [description.trim()];
  for (const { column, header } of notes) {
    const text = field(record, column).trim();
    if (text !== '') lines.push(header === '' ? text : `${header}: ${text}`);
  }
  return lines.join('\n');
}

/**
 * The finished rows: an `ID` cell is kept when it is a valid id not used above it (else a
 * warning); every other row gets an id slugified from its name, unique across the sheet.
 *
 * @example
 * assignRowIds(drafts, reader); // [{ id: 'patch-servers', … }]
 */
export function assignRowIds(drafts: readonly DraftRow[], reader: RowReader): Row[] {
  const taken = new Set<string>();
  const column = (reader.layout.ids?.[0] ?? reader.layout.columns.id ?? 0) + 1;
  const explicit = drafts.map((draft, index) => {
    const id = draft.explicitId;
    if (id === '') return undefined;
    const problem = idProblem(id);
    const code = problem ? 'invalid_row_id' : taken.has(id) ? 'duplicate_row_id' : undefined;
    if (!code) {
      taken.add(id);
      return id;
    }
    const why = problem ? `an id ${problem}` : `the id "${id}" is used by an earlier row`;
    const message = `${why}; the row got an id from its name instead.`;
    reader.warnings.add(csvIssue(draft.row, column, code, message), index, ['id']);
    return undefined;
  });
  return drafts.map(({ value }, index) => {
    value.id = explicit[index] ?? uniqueId(slugify(value.name, 'row'), taken);
    return value;
  });
}
