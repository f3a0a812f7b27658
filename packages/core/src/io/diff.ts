import type { Category, Cell, Matrix, Party, Qualifier, Row } from '../matrix/model';
import type { RoleLetter, RoleVariant } from '../matrix/roles';

/**
 * One party's cell in one row, before and after; a missing side means no cell.
 *
 * @example
 * // The MSP lost A and gained a qualifier in the backup row:
 * // { rowId: 'backup', partyId: 'msp', before: { roles: ['R', 'A'] }, after: { roles: ['R'], qualifier: 'overflow' },
 * //   added: [], removed: ['A'], qualifierChanged: true, noteChanged: false }
 */
export interface CellChange {
  readonly rowId: string;
  readonly partyId: string;
  readonly before?: Cell;
  readonly after?: Cell;
  /** Letters the party gained in this row. */
  readonly added: readonly RoleLetter[];
  /** Letters the party lost in this row. */
  readonly removed: readonly RoleLetter[];
  readonly qualifierChanged: boolean;
  readonly noteChanged: boolean;
}

/** A row present in both versions whose own fields changed. */
export interface RowChange {
  readonly rowId: string;
  readonly before: Row;
  readonly after: Row;
  /** The fields that differ; cells are listed in `MatrixDiff.cells` instead. */
  readonly fields: readonly ('name' | 'categoryId' | 'kind' | 'description' | 'tags')[];
}

/** An item present in both versions whose fields changed. */
export interface ItemChange<T> {
  readonly before: T;
  readonly after: T;
  readonly fields: readonly (keyof T & string)[];
}

/**
 * What changed between two versions of a matrix, matched by id. Plain data, ready to store
 * beside a quarterly review.
 *
 * @example
 * const diff = diffMatrices(lastQuarter, today);
 * if (!diff.same) console.log(`${diff.rows.added.length} rows added, ${diff.cells.length} cells changed`);
 */
export interface MatrixDiff {
  /** Whether nothing differs (display order and the matrix name aside). */
  readonly same: boolean;
  readonly variant?: { readonly before: RoleVariant; readonly after: RoleVariant };
  readonly parties: {
    readonly added: readonly Party[];
    readonly removed: readonly Party[];
    readonly changed: readonly ItemChange<Party>[];
  };
  readonly categories: {
    readonly added: readonly Category[];
    readonly removed: readonly Category[];
    readonly renamed: readonly ItemChange<Category>[];
  };
  readonly rows: {
    readonly added: readonly Row[];
    readonly removed: readonly Row[];
    /** Rows whose name changed. */
    readonly renamed: readonly RowChange[];
    /** Rows that moved to another category. */
    readonly moved: readonly RowChange[];
    /** Every row whose own fields changed (a superset of renamed and moved). */
    readonly changed: readonly RowChange[];
  };
  /** Cells that differ, in the after version's row order, parties in party order. */
  readonly cells: readonly CellChange[];
}

const sameQualifier = (a: Qualifier | undefined, b: Qualifier | undefined) =>
  a === b || (typeof a === 'object' && typeof b === 'object' && a.custom === b.custom);

const sameList = (a: readonly string[] | undefined, b: readonly string[] | undefined) =>
  a === b || (!!a && !!b && a.length === b.length && a.every((item, i) => item === b[i]));

/** Equal cells; letters are in canonical order, so they compare position by position. */
function sameCell(a: Cell | undefined, b: Cell | undefined): boolean {
  if (a === b) return true;
  if (!a || !b || a.note !== b.note || !sameQualifier(a.qualifier, b.qualifier)) return false;
  const x = a.roles;
  const y = b.roles;
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}

function fieldsOf<T extends object, K extends keyof T & string>(
  before: T,
  after: T,
  keys: readonly K[],
) {
  return keys.filter((key) => before[key] !== after[key]);
}

/** Whether a row's own fields (not its cells) are unchanged; the common case, so checked flat. */
function sameFields(a: Row, b: Row): boolean {
  return (
    a.name === b.name &&
    a.categoryId === b.categoryId &&
    a.kind === b.kind &&
    a.description === b.description &&
    sameList(a.tags, b.tags)
  );
}

function rowChange(before: Row, after: Row): RowChange {
  const fields: RowChange['fields'][number][] = fieldsOf(before, after, [
    'name',
    'categoryId',
    'kind',
    'description',
  ]);
  if (!sameList(before.tags, after.tags)) fields.push('tags');
  return { rowId: after.id, before, after, fields };
}

function byId<T extends { id: string }>(before: readonly T[], after: readonly T[]) {
  const old = new Map(before.map((item) => [item.id, item]));
  const ids = new Set(after.map((item) => item.id));
  return {
    old,
    added: after.filter((item) => !old.has(item.id)),
    removed: before.filter((item) => !ids.has(item.id)),
  };
}

function cellChange(rowId: string, partyId: string, before?: Cell, after?: Cell) {
  const was = before?.roles ?? [];
  const now = after?.roles ?? [];
  const qualifierChanged = !sameQualifier(before?.qualifier, after?.qualifier);
  const noteChanged = before?.note !== after?.note;
  const added = now.filter((letter) => !was.includes(letter));
  const removed = was.filter((letter) => !now.includes(letter));
  if (!qualifierChanged && !noteChanged && added.length === 0 && removed.length === 0) {
    return undefined;
  }
  return {
    rowId,
    partyId,
    ...(before ? { before } : {}),
    ...(after ? { after } : {}),
    added,
    removed,
    qualifierChanged,
    noteChanged,
  };
}

/**
 * Compares two versions of a matrix: parties, categories and rows added, removed or changed
 * (renamed, moved to another category, kind, description or tags), and every cell whose
 * letters, qualifier or note changed. Rows are matched by id, so a renamed row stays one row.
 * Rows sharing their `cells` object between versions (as `applyMatrixChanges` leaves untouched
 * rows) are skipped without looking inside, which keeps a 5,000-row diff in milliseconds.
 *
 * @example
 * const diff = diffMatrices(lastQuarter, today);
 * diff.rows.renamed.map((change) => `${change.before.name} → ${change.after.name}`);
 * diff.cells.filter((change) => change.added.includes('A'));
 */
export function diffMatrices(before: Matrix, after: Matrix): MatrixDiff {
  const parties = byId(before.parties, after.parties);
  const partyChanges = after.parties.flatMap((party) => {
    const old = parties.old.get(party.id);
    const fields = old ? fieldsOf(old, party, ['name', 'side', 'calendarId', 'color']) : [];
    return old && fields.length > 0 ? [{ before: old, after: party, fields }] : [];
  });
  const categories = byId(before.categories, after.categories);
  const renamedCategories = after.categories.flatMap((category) => {
    const old = categories.old.get(category.id);
    return old && old.name !== category.name
      ? [{ before: old, after: category, fields: ['name' as const] }]
      : [];
  });

  // Matched rows are taken out of `unmatched`, so what is left are the removed rows, in order.
  const unmatched = new Map(before.rows.map((row) => [row.id, row]));
  const added: Row[] = [];
  const partyIds = [...after.parties, ...parties.removed].map((party) => party.id);
  const changed: RowChange[] = [];
  const cells: CellChange[] = [];
  for (const row of after.rows) {
    const old = unmatched.get(row.id);
    if (!old) {
      added.push(row);
      continue;
    }
    unmatched.delete(row.id);
    if (old === row) continue;
    if (!sameFields(old, row)) changed.push(rowChange(old, row));
    if (old.cells === row.cells) continue;
    // Plain indexing, not `cellOf`: party ids are valid ids, never names objects inherit, and
    // this loop runs for every cell of every row.
    const was = old.cells as Record<string, Cell | undefined>;
    const now = row.cells as Record<string, Cell | undefined>;
    for (const partyId of partyIds) {
      const a = was[partyId];
      const b = now[partyId];
      if (a === b || sameCell(a, b)) continue;
      const change = cellChange(row.id, partyId, a, b);
      if (change) cells.push(change);
    }
  }
  const removed = [...unmatched.values()];

  const variant =
    before.variant === after.variant
      ? {}
      : { variant: { before: before.variant, after: after.variant } };
  const lists = [
    parties.added,
    parties.removed,
    partyChanges,
    categories.added,
    categories.removed,
    renamedCategories,
    added,
    removed,
    changed,
    cells,
  ];
  return {
    same: before.variant === after.variant && lists.every((list) => list.length === 0),
    ...variant,
    parties: { added: parties.added, removed: parties.removed, changed: partyChanges },
    categories: {
      added: categories.added,
      removed: categories.removed,
      renamed: renamedCategories,
    },
    rows: {
      added,
      removed,
      renamed: changed.filter((change) => change.fields.includes('name')),
      moved: changed.filter((change) => change.fields.includes('categoryId')),
      changed,
    },
    cells,
  };
}
