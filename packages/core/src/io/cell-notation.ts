import type { Cell, KnownQualifier, Qualifier } from '../matrix/model';
import { type RoleLetter, sortRoles } from '../matrix/roles';

// How a spreadsheet cell reads as a matrix cell, and how a cell is written back. The rule
// table is in the TSDoc of `readCellNotation`; the writer only ever produces the canonical
// forms (`R/A`, `R (overflow only)`, `(after-hours)`, a note on the lines below), which read
// back to the same cell.

/**
 * How each known qualifier is written: the words people use in co-managed matrices.
 *
 * @example
 * QUALIFIER_LABELS.overflow; // 'overflow only'
 */
export const QUALIFIER_LABELS: Readonly<Record<KnownQualifier, string>> = {
  overflow: 'overflow only',
  'when-unavailable': 'when unavailable',
  'after-hours': 'after-hours',
  'business-hours': 'business hours',
};

// Keys are normalised: lower case, `-`/`_` as spaces, a trailing "only" and a leading
// "only"/"during" removed.
const QUALIFIER_WORDS = new Map<string, KnownQualifier>([
  ...['overflow', 'overflow support', 'overflow tickets', 'overflow work'].map(
    (w) => [w, 'overflow'] as const,
  ),
  ...['when unavailable', 'backup', 'fallback', 'cover', 'standby', 'stand in'].map(
    (w) => [w, 'when-unavailable'] as const,
  ),
  ...[
    'after hours',
    'afterhours',
    'out of hours',
    'off hours',
    'outside hours',
    'outside business hours',
    'nights and weekends',
    'nights & weekends',
    'evenings and weekends',
  ].map((w) => [w, 'after-hours'] as const),
  ...['business hours', 'office hours', 'working hours', 'in hours'].map(
    (w) => [w, 'business-hours'] as const,
  ),
]);
const UNAVAILABLE = /^(when|if|while) .*(unavailable|not available|away|absent|out of office)$/;

const NOTHING = new Set(['', '-', '–', '—', '−', 'n/a', 'na', 'none', 'no', '.', '/']);
const OWNER_MARKS = new Set([
  '✓',
  '✔',
  '✔️',
  '•',
  '●',
  '☑',
  '☑️',
  '✅',
  'x',
  'yes',
  'y',
  'sim',
  'ja',
  'oui',
  'owner',
  'owns',
  'primary',
]);
const JOINT_MARKS = new Set(['joint', 'shared', 'both', 'jointly', 'co owned']);
const LETTER_TOKEN = /^[RASCID]{1,6}$/i;
const SEPARATORS = /[\s/,;&+|]+/;

/**
 * The known qualifier a phrase names (`Overflow only`, `after hours`, `When internal
 * unavailable` …), or `undefined`.
 *
 * @example
 * knownQualifier('Out of hours'); // 'after-hours'
 */
export function knownQualifier(text: string): KnownQualifier | undefined {
  const words = text
    .toLowerCase()
    .replace(/[-_]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(only|during) /, '')
    .replace(/ only$/, '');
  return QUALIFIER_WORDS.get(words) ?? (UNAVAILABLE.test(words) ? 'when-unavailable' : undefined);
}

/**
 * What one spreadsheet cell says. `mark` is set for ownership words (✓, x, yes: `owner`;
 * Joint, shared: `joint`): they give `R` here and the row decides who of the marked parties
 * also gets `A`. `unreadable` holds text that matched no rule (it is kept as the note).
 *
 * @example
 * readCellNotation('✓ (after-hours)'); // { roles: ['R'], mark: 'owner', qualifier: 'after-hours' }
 */
export interface CellReading {
  readonly roles: readonly RoleLetter[];
  readonly qualifier?: Qualifier;
  readonly note?: string;
  readonly mark?: 'owner' | 'joint';
  readonly unreadable?: 'text' | 'two-qualifiers';
}

const EMPTY: CellReading = { roles: [] };

/** Letters when every token is a run of R, A, S, C, I, D (any case); otherwise `undefined`. */
function lettersOf(tokens: readonly string[]): RoleLetter[] | undefined {
  const letters: RoleLetter[] = [];
  for (const token of tokens) {
    if (!LETTER_TOKEN.test(token)) return undefined;
    for (const char of token.toUpperCase()) letters.push(char as RoleLetter);
  }
  return letters.length > 0 ? sortRoles(letters) : undefined;
}

/** Reads the first line of a cell: letters, a mark or a phrase, then an optional `(qualifier)`. */
function readHead(head: string): Omit<CellReading, 'note'> {
  let base = head;
  let qualifier: Qualifier | undefined;
  const open = head.indexOf('(');
  if (open >= 0 && head.endsWith(')')) {
    const inner = head.slice(open + 1, -1).trim();
    base = head.slice(0, open).trim();
    if (inner !== '') qualifier = knownQualifier(inner) ?? { custom: inner };
  }
  const withQualifier = qualifier ? { qualifier } : {};
  const lower = base.toLowerCase();
  if (NOTHING.has(lower)) return { roles: [], ...withQualifier };
  const tokens = base.split(SEPARATORS).filter((token) => token !== '');
  const letters = lettersOf(tokens);
  if (letters) return { roles: letters, ...withQualifier };
  if (OWNER_MARKS.has(lower)) return { roles: ['R'], mark: 'owner', ...withQualifier };
  if (JOINT_MARKS.has(lower.replace(/[-_]/g, ' '))) {
    return { roles: ['R'], mark: 'joint', ...withQualifier };
  }
  // `R/A - after hours`: leading letters, then a known qualifier phrase.
  let split = 0;
  while (split < tokens.length && LETTER_TOKEN.test(tokens[split] as string)) split++;
  const phrase = tokens
    .slice(split)
    .join(' ')
    .replace(/^[-–—:]\s*/, '');
  const phraseQualifier = knownQualifier(phrase);
  if (!phraseQualifier) return { roles: [], unreadable: 'text' };
  if (qualifier) return { roles: [], unreadable: 'two-qualifiers' };
  const lead = lettersOf(tokens.slice(0, split));
  return { roles: lead ?? ['R'], qualifier: phraseQualifier };
}

/**
 * Reads a spreadsheet cell as letters, a qualifier and a note. Never throws; text that matches
 * no rule comes back with `unreadable` set and the whole text as the note, so nothing is lost.
 *
 * | Cell text (any case, surrounding spaces ignored)              | Reads as                   |
 * | ------------------------------------------------------------- | -------------------------- |
 * | empty, `-`, `–`, `—`, `n/a`, `na`, `none`, `no`               | nothing                    |
 * | `R`, `A`, `C`, `I`, `S`, `D`; `RA`, `R/A`, `A/R`, `R, A`, `R / A`, `C/I`, `r+a` | those letters |
 * | `✓`, `✔`, `☑`, `✅`, `•`, `x`, `yes` (`sim`, `ja`, `oui`), `y`, `owner`, `primary` | owner mark: `R` (+ `A`, see below) |
 * | `Joint`, `shared`, `both`                                      | joint mark: `R` (+ `A`, see below) |
 * | `Overflow only`, `overflow`                                    | `R` + overflow             |
 * | `When internal unavailable`, `if … unavailable`, `backup`, `fallback` | `R` + when-unavailable |
 * | `After-hours`, `after hours`, `out of hours`, `nights and weekends`   | `R` + after-hours      |
 * | `Business hours`, `office hours`, `working hours`              | `R` + business-hours       |
 * | letters then a phrase: `R - overflow only`, `R/A after hours`  | those letters + qualifier  |
 * | any of the above then `(qualifier)`: `R (overflow only)`, `✓ (after-hours)` | + that qualifier; unknown words are a custom qualifier: `R (EMEA sites only)` |
 * | only `(qualifier)`: `(after-hours)`                            | no letters, that qualifier |
 * | lines after the first                                          | the cell's note            |
 *
 * Marks are settled per row: each marked party gets `R`; the row's `A` goes to the one marked
 * party when there is one, and to the first marked party (or the first internal one, by option)
 * when several are — unless the row already has an explicit `A` or the mark carries a backup
 * qualifier (overflow, when-unavailable).
 *
 * @example
 * readCellNotation('A/R'); // { roles: ['R', 'A'] }
 * readCellNotation('Overflow only'); // { roles: ['R'], qualifier: 'overflow' }
 * readCellNotation('R (EMEA sites only)\nper contract §4');
 * // { roles: ['R'], qualifier: { custom: 'EMEA sites only' }, note: 'per contract §4' }
 */
export function readCellNotation(text: string): CellReading {
  const lineEnd = text.indexOf('\n');
  const firstLine = lineEnd < 0 ? text : text.slice(0, lineEnd);
  const rest = lineEnd < 0 ? '' : text.slice(lineEnd + 1);
  const note = rest.trim() === '' ? undefined : rest;
  const head = readHead(firstLine.trim());
  if (head.unreadable) {
    return { roles: [], note: text.trim(), unreadable: head.unreadable };
  }
  if (note === undefined) return head.roles.length === 0 && !head.qualifier ? EMPTY : head;
  return { ...head, note };
}

/**
 * The canonical text of a cell: letters joined by `/` in canonical order, the qualifier in
 * brackets, the note on the following lines. {@link readCellNotation} reads it back to the
 * same cell.
 *
 * @example
 * formatCellNotation({ roles: ['R', 'A'] }); // 'R/A'
 * formatCellNotation({ roles: ['R'], qualifier: 'overflow' }); // 'R (overflow only)'
 * formatCellNotation({ roles: [], qualifier: 'after-hours', note: 'pager' }); // '(after-hours)\npager'
 */
export function formatCellNotation(cell: Cell): string {
  const letters = cell.roles.join('/');
  const { qualifier } = cell;
  const label =
    qualifier === undefined
      ? ''
      : typeof qualifier === 'string'
        ? QUALIFIER_LABELS[qualifier]
        : qualifier.custom;
  const head = label === '' ? letters : letters === '' ? `(${label})` : `${letters} (${label})`;
  return cell.note === undefined ? head : `${head}\n${cell.note}`;
}
