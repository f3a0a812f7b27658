import {
  getCell,
  type Lane,
  type laneMoveChanges,
  type Matrix,
  type MatrixChange,
  type RoleLetter,
  type TargetLane,
} from '@tandem/core';

// The core's lane move (1.5 kB) comes with the lanes board, the only view with lane targets, which
// loads after first paint and hands it over here as it loads.
let laneMove: typeof laneMoveChanges | undefined;

/**
 * Gives {@link dropPlan} the core's `laneMoveChanges`, for drops on a lane (the lanes board does).
 *
 * @example
 * provideLaneMove(laneMoveChanges);
 */
export const provideLaneMove = (move: typeof laneMoveChanges) => {
  laneMove = move;
};

/**
 * What is being dragged in a matrix editor, as data carried by the drag.
 *
 * @example
 * const subject: DragSubject = { kind: 'chip', rowId: 'backup', partyId: 'it', letter: 'R' };
 */
export type DragSubject =
  | { readonly kind: 'row'; readonly rowId: string }
  | { readonly kind: 'party'; readonly partyId: string }
  | {
      readonly kind: 'chip';
      readonly rowId: string;
      readonly partyId: string;
      readonly letter: RoleLetter;
    }
  | { readonly kind: 'card'; readonly rowId: string };

/**
 * Where a drag is over.
 *
 * @example
 * const target: DropTarget = { kind: 'lane', lane: 'joint' };
 */
export type DropTarget =
  | { readonly kind: 'row'; readonly rowId: string }
  | { readonly kind: 'category'; readonly categoryId: string }
  | { readonly kind: 'party'; readonly partyId: string }
  | { readonly kind: 'cell'; readonly rowId: string; readonly partyId: string }
  | { readonly kind: 'lane'; readonly lane: TargetLane };

/**
 * What a drop would do, in names a person reads (for announcements), with the changes.
 *
 * @example
 * if (plan.ok && plan.changes.length > 0) editor.dispatch(plan.changes);
 */
export type DropPlan =
  | { readonly ok: true; readonly changes: readonly MatrixChange[]; readonly result: DropResult }
  | { readonly ok: false; readonly refusal: DropRefusal };

/** The outcome of a drop, by names. `position` is 1-based, `of` the length of the list. */
export type DropResult =
  | {
      readonly kind: 'rows';
      readonly rows: readonly string[];
      readonly category: string;
      readonly position: number;
      readonly of: number;
    }
  | {
      readonly kind: 'party';
      readonly party: string;
      readonly position: number;
      readonly of: number;
    }
  | {
      readonly kind: 'role';
      readonly letter: RoleLetter;
      readonly from: string;
      readonly to: string;
      readonly row: string;
    }
  | { readonly kind: 'lane'; readonly row: string; readonly lane: Lane };

/** Why a drop cannot happen there. */
export type DropRefusal =
  | { readonly code: 'already-held'; readonly letter: RoleLetter; readonly party: string }
  | { readonly code: 'other-row' }
  | { readonly code: 'no-party-on-side'; readonly lane: TargetLane }
  | { readonly code: 'wrong-target' }
  | { readonly code: 'gone' };

const refuse = (refusal: DropRefusal): DropPlan => ({ ok: false, refusal });

/**
 * The changes a drop makes, computed from data alone — the same function answers "what would
 * happen here?" while dragging (for announcements) and "what happened?" on drop. Dragging one
 * of several selected rows moves them all, in matrix order. A drop that changes nothing
 * returns no changes.
 *
 * @example
 * dropPlan(matrix, { kind: 'row', rowId: 'backup' }, { kind: 'category', categoryId: 'security' }, new Set());
 */
export function dropPlan(
  matrix: Matrix,
  subject: DragSubject,
  target: DropTarget,
  selected: ReadonlySet<string>,
): DropPlan {
  const rowName = (id: string) => matrix.rows.find((row) => row.id === id)?.name ?? id;
  const partyName = (id: string) => matrix.parties.find((party) => party.id === id)?.name ?? id;

  if (subject.kind === 'row') {
    if (target.kind !== 'row' && target.kind !== 'category')
      return refuse({ code: 'wrong-target' });
    return rowsDrop(matrix, subject.rowId, target, selected);
  }
  if (subject.kind === 'party') {
    if (target.kind !== 'party') return refuse({ code: 'wrong-target' });
    const from = matrix.parties.findIndex((party) => party.id === subject.partyId);
    const to = matrix.parties.findIndex((party) => party.id === target.partyId);
    if (from < 0 || to < 0) return refuse({ code: 'gone' });
    const result: DropResult = {
      kind: 'party',
      party: partyName(subject.partyId),
      position: to + 1,
      of: matrix.parties.length,
    };
    const changes: MatrixChange[] =
      from === to ? [] : [{ type: 'moveParty', partyId: subject.partyId, toIndex: to }];
    return { ok: true, changes, result };
  }
  if (subject.kind === 'chip') {
    if (target.kind !== 'cell') return refuse({ code: 'wrong-target' });
    if (target.rowId !== subject.rowId) return refuse({ code: 'other-row' });
    const result: DropResult = {
      kind: 'role',
      letter: subject.letter,
      from: partyName(subject.partyId),
      to: partyName(target.partyId),
      row: rowName(subject.rowId),
    };
    if (target.partyId === subject.partyId) return { ok: true, changes: [], result };
    if (getCell(matrix, target.rowId, target.partyId).roles.includes(subject.letter))
      return refuse({
        code: 'already-held',
        letter: subject.letter,
        party: partyName(target.partyId),
      });
    const change: MatrixChange = {
      type: 'moveRole',
      rowId: subject.rowId,
      letter: subject.letter,
      fromPartyId: subject.partyId,
      toPartyId: target.partyId,
    };
    return { ok: true, changes: [change], result };
  }
  // Without the lanes board there are no lanes to drop on.
  if (target.kind !== 'lane' || !laneMove) return refuse({ code: 'wrong-target' });
  const moved = laneMove(matrix, subject.rowId, target.lane);
  if (!moved.ok)
    return refuse(
      moved.code === 'unknown_row'
        ? { code: 'gone' }
        : { code: 'no-party-on-side', lane: target.lane },
    );
  return {
    ok: true,
    changes: moved.changes,
    result: { kind: 'lane', row: rowName(subject.rowId), lane: target.lane },
  };
}

function rowsDrop(
  matrix: Matrix,
  activeId: string,
  target: Extract<DropTarget, { kind: 'row' | 'category' }>,
  selected: ReadonlySet<string>,
): DropPlan {
  const active = matrix.rows.findIndex((row) => row.id === activeId);
  if (active < 0) return refuse({ code: 'gone' });
  const moving = selected.has(activeId)
    ? matrix.rows.filter((row) => selected.has(row.id)).map((row) => row.id)
    : [activeId];
  const movingSet = new Set(moving);
  const over = target.kind === 'row' ? matrix.rows.findIndex((row) => row.id === target.rowId) : -1;
  const overRow = matrix.rows[over];
  if (target.kind === 'row' && !overRow) return refuse({ code: 'gone' });
  // Over a row that is itself moving, the block stays where the active row is.
  const overMoving = !!overRow && movingSet.has(overRow.id);
  const anchor = overMoving ? matrix.rows[active] : overRow;
  const categoryId = target.kind === 'category' ? target.categoryId : (anchor?.categoryId ?? '');
  const category = matrix.categories.find((candidate) => candidate.id === categoryId);
  if (!category) return refuse({ code: 'gone' });
  const current = matrix.rows.filter((row) => row.categoryId === categoryId);
  const staying = current.filter((row) => !movingSet.has(row.id));
  let index = 0;
  if (anchor && overMoving) {
    // Keep the block where it is: before the first staying row that follows it.
    const after = staying.findIndex((row) => matrix.rows.indexOf(row) > active);
    index = after < 0 ? staying.length : after;
  } else if (anchor) {
    // Dragged downwards, the rows land after the row they are over; upwards, before it — the
    // order a sortable list shows while dragging.
    index = staying.indexOf(anchor) + (active < over ? 1 : 0);
  }
  const order = [
    ...staying.slice(0, index).map((row) => row.id),
    ...moving,
    ...staying.slice(index).map((row) => row.id),
  ];
  const unchanged =
    order.length === current.length && order.every((id, i) => id === current[i]?.id);
  const result: DropResult = {
    kind: 'rows',
    rows: moving.map((id) => matrix.rows.find((row) => row.id === id)?.name ?? id),
    category: category.name,
    position: index + 1,
    of: order.length,
  };
  const changes: MatrixChange[] = unchanged
    ? []
    : [{ type: 'moveRows', rowIds: moving, categoryId, index }];
  return { ok: true, changes, result };
}
