// How a spreadsheet is laid out: which row is the header, what each column holds, and which
// rows are legends rather than activities. Pure functions over the parsed records.

/**
 * What a column holds. `number` is a row-numbering column (`#`, `No.`), read as nothing;
 * `notes` are added to the description; `ignore` and `unnamed` columns are reported once and
 * skipped; `source` columns (a transposed sheet's letters, a responsibility column) are read
 * into party cells.
 */
export type ColumnRole =
  | 'activity'
  | 'category'
  | 'id'
  | 'kind'
  | 'description'
  | 'tags'
  | 'number'
  | 'party'
  | 'notes'
  | 'ignore'
  | 'source'
  | 'unnamed';

const HEADER_WORDS: Readonly<Record<string, ColumnRole>> = {};
for (const [role, words] of [
  [
    'category',
    'category,categories,phase,area,domain,group,section,service area,function area,workstream',
  ],
  ['id', 'id,row id,ref,reference'],
  ['kind', 'kind,type,row type'],
  ['description', 'description,details,notes,comments'],
  ['tags', 'tags,tag,labels'],
  ['number', '#,no,no.,nr,number,seq,s/n'],
] as const) {
  for (const word of words.split(',')) (HEADER_WORDS as Record<string, ColumnRole>)[word] = role;
}

/** The role a header names on its own (`Category`, `Tags` …), else `undefined`. */
function headerRole(header: string): ColumnRole | undefined {
  const key = header
    .trim()
    .toLowerCase()
    .replace(/[:*]+$/, '');
  return Object.hasOwn(HEADER_WORDS, key) ? HEADER_WORDS[key] : undefined;
}

/** The columns of a sheet: one role per header cell, and where the activity is. */
export interface Layout {
  readonly roles: readonly ColumnRole[];
  /** 0-based index of each role's column; `party` and `unnamed` are not listed. */
  readonly columns: Readonly<Partial<Record<ColumnRole, number>>>;
  readonly activity: number;
  /** Every id column (0-based); the first filled one gives the row's id. */
  readonly ids?: readonly number[];
  /** Columns added to the description as `Header: value` lines. */
  readonly notes?: readonly { readonly column: number; readonly header: string }[];
}

/**
 * The layout a header row describes. Named columns (`Category`, `ID`, `Kind`, `Description`,
 * `Tags`, `#`) are recognised anywhere; the first other column is the activity, whatever its
 * header says (often blank); every later named column is a party; a blank header is unnamed.
 *
 * @example
 * csvLayout(['Area', 'Function', 'Internal', 'MSP']).roles; // ['category', 'activity', 'party', 'party']
 */
export function csvLayout(header: readonly string[]): Layout {
  const columns: Partial<Record<ColumnRole, number>> = {};
  const roles = header.map((cell, index): ColumnRole => {
    const named = headerRole(cell);
    if (named && columns[named] === undefined) {
      columns[named] = index;
      return named;
    }
    if (columns.activity === undefined) {
      columns.activity = index;
      return 'activity';
    }
    return cell.trim() === '' ? 'unnamed' : 'party';
  });
  return { roles, columns, activity: columns.activity ?? 0 };
}

const ROLE_NAMES =
  'responsible|accountable|support|supportive|consulted|informed|driver|approver|contributor';
const LEGEND_PATTERNS = [
  /^(legend|key|raci (key|legend|chart)|roles?|notes?)\s*:?$/i,
  // "R = Responsible", "✓ = owns the function", "Joint = both sides": activities rarely hold "=".
  /^[^=\n]{1,40}=\s*\S/,
  // "R: Responsible", "A – Accountable" (spaces around a dash, so "X-ray support" stays a row)
  /^[RASCID]\s*(:|\s[-–—]\s)\s*\S/i,
  new RegExp(`^(${ROLE_NAMES})\\b\\s*(\\([a-z]\\))?\\s*(:|=|\\s[-–—]\\s)`, 'i'),
];
const LETTER_AND_NAME = /^[RASCID]$/i;
const ROLE_NAME = new RegExp(`^(${ROLE_NAMES})\\b`, 'i');

/**
 * Whether a row belongs to a legend block (`Legend`, `R = Responsible`, `A: Accountable`, or
 * a letter in one cell and its meaning in the next), judged by its first two filled cells,
 * trimmed.
 *
 * @example
 * isLegendRow('R = Responsible'); // true
 * isLegendRow('R', 'Responsible'); // true
 * isLegendRow('Patch servers', 'R'); // false
 */
export function isLegendRow(first: string, second?: string): boolean {
  if (LEGEND_PATTERNS.some((pattern) => pattern.test(first))) return true;
  return second !== undefined && LETTER_AND_NAME.test(first) && ROLE_NAME.test(second);
}
