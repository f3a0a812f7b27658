import { cellKind, isPartyList } from './cell-kind';
import { columnName } from './csv-issue';
import { isLegendRow } from './csv-layout';
import { type HeaderHint, headerHint, headerLetters } from './header-words';
import { type LetterSystem, legendEntries, legendSystem, plainLetters } from './letter-system';
import type {
  LayoutColumn,
  LayoutDetection,
  LayoutOption,
  LayoutOrientation,
  MatrixLayout,
  SheetColumnRole,
} from './matrix-layout';
import type { Table } from './table';

const NON_BLANK = /\S/;
const isBlank = (cell: string | undefined) => cell === undefined || !NON_BLANK.test(cell);
/** Rows looked at to judge a column: enough to be sure, few enough for 100,000-row sheets. */
const SAMPLE_ROWS = 400;

interface ColumnStats {
  readonly index: number;
  readonly header: string;
  readonly hint: HeaderHint | undefined;
  readonly filled: number;
  /** Cells that read as letters or marks (after the legend). */
  readonly letters: number;
  /** Cells that read as marks (x, ✓, yes). */
  readonly marks: number;
  /** Cells that read as "nothing" (`-`, `n/a`). */
  readonly empty: number;
  /** Short cells that look like names or comma lists of names. */
  readonly names: number;
  readonly codes: number;
  readonly distinct: number;
  readonly long: number;
  readonly indented: number;
}

function legendOf(table: Table): { system: LetterSystem; rows: number[] } {
  const rows: number[] = [];
  const entries: [string, string][] = [];
  table.rows.forEach((record, index) => {
    const found = legendEntries(record);
    if (found) {
      rows.push(index + 1);
      entries.push(...found);
    }
  });
  if (entries.length === 0) return { system: plainLetters(), rows };
  return { system: legendSystem(entries, rows), rows };
}

function statsOf(
  table: Table,
  headerIndex: number,
  column: number,
  legendRows: ReadonlySet<number>,
  system: LetterSystem,
): ColumnStats {
  const header = (table.rows[headerIndex]?.[column] ?? '').trim();
  let filled = 0;
  let letters = 0;
  let marks = 0;
  let empty = 0;
  let names = 0;
  let codes = 0;
  let long = 0;
  let indented = 0;
  const seen = new Set<string>();
  const end = Math.min(table.rows.length, headerIndex + 1 + SAMPLE_ROWS);
  for (let row = headerIndex + 1; row < end; row++) {
    if (legendRows.has(row + 1)) continue;
    const text = table.rows[row]?.[column];
    if (text === undefined || isBlank(text)) continue;
    filled++;
    const trimmed = text.trim();
    seen.add(trimmed);
    const kind = cellKind(text, system.map);
    if (kind === 'letters' || kind === 'mark') letters++;
    if (kind === 'mark') marks++;
    if (kind === 'nothing') empty++;
    if (isPartyList(trimmed)) names++;
    if (/^[\w.\-/]{1,24}$/.test(trimmed) && /\d/.test(trimmed)) codes++;
    if (trimmed.length > 120 || trimmed.includes('\n')) long++;
    if (/^\s/.test(text)) indented++;
  }
  return {
    index: column,
    header,
    hint: headerHint(header),
    filled,
    letters,
    marks,
    empty,
    names,
    codes,
    distinct: seen.size,
    long,
    indented,
  };
}

const meaningful = (s: ColumnStats) => s.filled - s.empty;
const isLetterish = (s: ColumnStats) => s.letters > 0 && s.letters >= 0.6 * meaningful(s);
const isCodeColumn = (s: ColumnStats) => s.filled > 0 && s.codes >= 0.8 * s.filled;
const isNameColumn = (s: ColumnStats) =>
  meaningful(s) > 0 && s.names >= 0.8 * meaningful(s) && !isLetterish(s);
const uniqueness = (s: ColumnStats) => (s.filled === 0 ? 0 : s.distinct / s.filled);

interface Draft {
  roles: (SheetColumnRole | undefined)[];
  reasons: string[];
  confidence: number;
}

const at = (s: ColumnStats) => `column ${columnName(s.index + 1)} ("${s.header}")`;

/** Picks the function column among those still open; `undefined` when none can be. */
function chooseFunction(stats: readonly ColumnStats[], draft: Draft): number | undefined {
  const open = stats.filter((s) => draft.roles[s.index] === undefined);
  const named = open.filter((s) => s.hint === 'function' && s.filled > 0);
  if (named.length > 0) {
    // Of two function-like headers (`Azure Control`, `Benchmark Recommendation`), the one
    // with distinct values names the rows; the repeating one groups them.
    const best = [...named].sort((a, b) => uniqueness(b) - uniqueness(a) || a.index - b.index)[0];
    for (const other of named) {
      if (other === best) continue;
      // Repeating values group the rows (`Identity`, `Identity`, `Endpoint`).
      const grouping = uniqueness(other) < 1 && other.long === 0;
      draft.roles[other.index] = grouping ? 'category' : 'notes';
      if (grouping) draft.reasons.push(`${at(other)} repeats its values, so it groups the rows.`);
    }
    draft.reasons.push(`${at(best as ColumnStats)} names the rows: its header says so.`);
    return (best as ColumnStats).index;
  }
  // As before layouts were detected: the first column no header word claims, unless its
  // cells are letters or codes.
  const plain = open.find(
    (s) => (s.hint === undefined || s.hint === 'function') && !isCodeColumn(s) && !isLetterish(s),
  );
  if (plain && (plain.filled > 0 || !open.some((s) => s.filled > 0 && s.hint === undefined))) {
    draft.reasons.push(`${at(plain)} names the rows: it is the first column of text.`);
    draft.confidence *= plain.header === '' || plain.hint === 'function' ? 0.95 : 0.85;
    return plain.index;
  }
  const promoted = open.find(
    (s) => (s.hint === 'category' || s.hint === 'description') && s.filled > 0 && s.long === 0,
  );
  if (promoted) {
    draft.reasons.push(`${at(promoted)} names the rows: no other column holds names.`);
    draft.confidence *= 0.85;
    return promoted.index;
  }
  if (plain) return plain.index;
  draft.confidence *= 0.3;
  return undefined;
}

/**
 * The role of a column that is not the function: header words first; a column no word claims
 * is a party (as a spreadsheet's header names parties) unless its cells say otherwise — three
 * or more cells of which few read as letters or marks make it notes.
 */
function otherRole(s: ColumnStats, orientation: LayoutOrientation): SheetColumnRole {
  const grid = orientation === 'grid' || orientation === 'marks';
  const letters = isLetterish(s);
  switch (s.hint) {
    case 'id':
      return s.long === 0 ? 'id' : 'notes';
    case 'number':
      return 'ignore';
    case 'kind':
    case 'tags':
    case 'category':
    case 'description':
      return s.hint;
    case undefined: {
      if (s.header === '') return isCodeColumn(s) ? 'id' : 'ignore';
      if (!grid) return 'notes';
      const text = meaningful(s) >= 3 && s.letters < 0.3 * meaningful(s);
      return text ? 'notes' : 'party';
    }
    default:
      return grid && letters ? 'party' : 'notes';
  }
}

function build(
  stats: readonly ColumnStats[],
  orientation: LayoutOrientation,
  headerRow: number,
  letters: LetterSystem,
  draft: Draft,
): LayoutOption {
  const functionColumn = chooseFunction(stats, draft);
  if (functionColumn !== undefined) draft.roles[functionColumn] = 'function';
  const columns: LayoutColumn[] = stats.map((s) => {
    const role = draft.roles[s.index] ?? otherRole(s, orientation);
    const column: LayoutColumn = { column: s.index + 1, header: s.header, role };
    if (role === 'letter') return { ...column, letters: headerLetters(s.header) };
    return column;
  });
  let parties = stats.filter((s) => columns[s.index]?.role === 'party');
  if ((orientation === 'grid' || orientation === 'marks') && parties.length === 0) {
    // With no column of letters, every column the header names as nothing else is a party,
    // whatever its cells hold: their text is then reported cell by cell.
    parties = stats.filter(
      (s) => s.hint === undefined && s.header !== '' && columns[s.index]?.role === 'notes',
    );
    for (const s of parties)
      columns[s.index] = { column: s.index + 1, header: s.header, role: 'party' };
  }
  if (orientation === 'grid' || orientation === 'marks') {
    if (parties.length === 0) {
      draft.confidence *= 0.1;
      draft.reasons.push('no column holds letters or marks.');
    } else {
      const share = parties.reduce((sum, s) => sum + (isLetterish(s) || s.filled === 0 ? 1 : 0), 0);
      draft.confidence *= 0.6 + 0.4 * (share / parties.length);
      const named = parties.map((s) => `"${s.header}"`).join(', ');
      const what = orientation === 'marks' ? 'marks (x, ✓, yes)' : 'letters';
      draft.reasons.push(`the parties are ${named}, with ${what} in their cells.`);
      const empty = parties.filter((s) => s.filled === 0);
      if (empty.length > 0) {
        const names = empty.map((s) => `"${s.header}"`).join(', ');
        draft.reasons.push(`${names} ${empty.length > 1 ? 'are' : 'is'} empty in every row.`);
      }
    }
  }
  return {
    layout: { orientation, headerRow, columns, letters },
    confidence: Math.round(draft.confidence * 100) / 100,
    reasons: draft.reasons,
  };
}

/** The first row below the legend with two filled cells (0-based), or -1. */
function headerIndexOf(table: Table, legendRows: ReadonlySet<number>): number {
  return table.rows.findIndex((record, index) => {
    if (legendRows.has(index + 1)) return false;
    let filled = 0;
    let first = '';
    let second: string | undefined;
    for (const cell of record) {
      if (isBlank(cell)) continue;
      filled++;
      if (filled === 1) first = cell.trim();
      else if (filled === 2) second = cell.trim();
    }
    return filled >= 2 && !isLegendRow(first, second);
  });
}

const sameRoles = (a: MatrixLayout, b: MatrixLayout) =>
  a.orientation === b.orientation &&
  a.columns.every((column, index) => column.role === b.columns[index]?.role);

/** The layout `matrixFromCsv` read before layouts were detected: every other column a party. */
function firstColumnLayout(
  stats: readonly ColumnStats[],
  headerRow: number,
  letters: LetterSystem,
): LayoutOption {
  let functionSeen = false;
  const columns = stats.map((s): LayoutColumn => {
    let role: SheetColumnRole = 'party';
    if (s.header === '' && functionSeen) role = 'ignore';
    if (!functionSeen) {
      functionSeen = true;
      role = 'function';
    }
    return { column: s.index + 1, header: s.header, role };
  });
  const reasons = ['the first column names the rows and every other column is a party.'];
  return { layout: { orientation: 'grid', headerRow, columns, letters }, confidence: 0.2, reasons };
}

/**
 * Works out how a responsibility matrix is laid out in a table: the header row (below any
 * title or legend), the function column, the party columns and their letter system (a legend
 * such as `R=Responsible, M=Must be consulted …` defines one), metadata columns (ids, codes,
 * descriptions, notes, status and dates as notes, a fill-down category), and the orientation —
 * a column per party with letters or marks, a column per letter with party names
 * (transposed), or one responsibility column of party names. Headers are read in English,
 * Portuguese, Spanish, Dutch, German and French; cells decide where headers say nothing.
 * Never throws.
 *
 * The result is plain data: a column-mapping step shows `layout.columns`, lets the user change
 * a role, and passes the changed layout to `matrixFromTable`.
 *
 * @example
 * const table = { rows: [['Control ID', 'Name', 'Status', 'AWS', 'Project'], ['AC-1', 'Policy', 'complete', 'x', '']] };
 * const { layout, reasons } = detectMatrixLayout(table);
 * layout.columns.map((c) => c.role); // ['id', 'function', 'notes', 'party', 'party']
 */
export function detectMatrixLayout(table: Table): LayoutDetection {
  const { system, rows: legendList } = legendOf(table);
  const legendRows = new Set(legendList);
  const headerIndex = headerIndexOf(table, legendRows);
  if (headerIndex < 0) {
    const layout: MatrixLayout = {
      orientation: 'grid',
      headerRow: 1,
      columns: [],
      letters: system,
    };
    const reasons = ['no row has two filled cells, so there is no header.'];
    return { layout, confidence: 0, reasons, alternatives: [] };
  }
  const header = table.rows[headerIndex] as readonly string[];
  const width = header.length;
  const stats = Array.from({ length: width }, (_, column) =>
    statsOf(table, headerIndex, column, legendRows, system),
  );
  const headerRow = headerIndex + 1;
  const options: LayoutOption[] = [];
  const legendReason =
    legendList.length > 0
      ? [`the legend in row ${legendList.join(', ')} defines the letters ${system.name}.`]
      : [];

  // Transposed: two or more letter-named columns holding names rather than letters.
  const letterColumns = stats.filter(
    (s) => s.hint === 'letter' && headerLetters(s.header).length > 0 && isNameColumn(s),
  );
  if (letterColumns.length >= 2) {
    const draft: Draft = { roles: [], reasons: [...legendReason], confidence: 0.95 };
    for (const s of letterColumns) draft.roles[s.index] = 'letter';
    draft.reasons.push(
      `the columns ${letterColumns.map((s) => `"${s.header}"`).join(', ')} are letters and ` +
        'hold party names, so the sheet is transposed.',
    );
    options.push(build(stats, 'transposed', headerRow, system, draft));
  }

  // One responsibility column of names.
  const responsibility = stats.find(
    (s) => s.hint === 'responsibility' && isNameColumn(s) && !isLetterish(s),
  );
  if (responsibility) {
    const draft: Draft = { roles: [], reasons: [...legendReason], confidence: 0.9 };
    draft.roles[responsibility.index] = 'responsibility';
    draft.reasons.push(`${at(responsibility)} names who is responsible for each row.`);
    options.push(build(stats, 'responsibility', headerRow, system, draft));
  }
  // Grid: a column per party, letters or marks in the cells.
  const letterish = stats.filter(isLetterish);
  const marks = letterish.reduce((sum, s) => sum + s.marks, 0);
  const letters = letterish.reduce((sum, s) => sum + s.letters, 0);
  const orientation: LayoutOrientation = marks > letters / 2 ? 'marks' : 'grid';
  const draft: Draft = {
    roles: [],
    reasons: [...legendReason],
    confidence: responsibility || letterColumns.length >= 2 ? 0.7 : 0.95,
  };
  options.push(build(stats, orientation, headerRow, system, draft));
  options.sort((a, b) => b.confidence - a.confidence);
  const legacy = firstColumnLayout(stats, headerRow, system);
  if (!options.some((option) => sameRoles(option.layout, legacy.layout))) options.push(legacy);
  const [best, ...alternatives] = options as [LayoutOption, ...LayoutOption[]];
  return { ...best, alternatives };
}
