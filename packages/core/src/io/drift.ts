import { cellOf } from '../matrix/get-cell';
import type { Matrix, Party, Row, RowCells } from '../matrix/model';
import type { RoleLetter } from '../matrix/roles';
import { findRow } from '../matrix/row-index';
import { isBackupQualifier, laneOfRow, laneOfSide } from '../matrix/views';
import { diffMatrices, type MatrixDiff } from './diff';

/** What kind of drift a finding reports. */
export type DriftKind =
  | 'responsible-moved'
  | 'accountable-moved'
  | 'became-joint'
  | 'decider-changed';

/** How urgently a quarterly review should look at a finding. */
export type DriftSeverity = 'high' | 'medium' | 'low';

/** Which sides held a letter in a row: one side, both, or nobody. */
export type DriftSide = 'internal' | 'provider' | 'joint' | 'none';

/**
 * One row whose ownership moved between two versions, with both versions' cells so a review
 * can show them side by side.
 *
 * @example
 * // { kind: 'responsible-moved', severity: 'high', rowId: 'patching', rowName: 'Server patching',
 * //   from: 'internal', to: 'provider', message: '"Server patching": Responsible moved from Internal IT to MSP.', before, after }
 */
export interface DriftFinding {
  readonly kind: DriftKind;
  readonly severity: DriftSeverity;
  readonly rowId: string;
  readonly rowName: string;
  /** One line for people, naming the parties on both sides. */
  readonly message: string;
  readonly from: DriftSide;
  readonly to: DriftSide;
  readonly before: RowCells;
  readonly after: RowCells;
}

/** Who holds `letter` in a row as an owner (not "overflow only" or "when unavailable"). */
function holders(matrix: Matrix, row: Row, letter: RoleLetter): Party[] {
  return matrix.parties.filter((party) => {
    const cell = cellOf(row, party.id);
    return !!cell && cell.roles.includes(letter) && !isBackupQualifier(cell.qualifier);
  });
}

function sideOf(parties: readonly Party[]): DriftSide {
  const lanes = new Set(parties.map((party) => laneOfSide(party.side)));
  if (lanes.size === 2) return 'joint';
  return lanes.has('internal') ? 'internal' : lanes.has('provider') ? 'provider' : 'none';
}

const names = (parties: readonly Party[]) =>
  parties.length === 0 ? 'nobody' : parties.map((party) => party.name).join(' and ');

const SEVERITY_ORDER: Record<DriftSeverity, number> = { high: 0, medium: 1, low: 2 };
const SENSITIVE = [
  'compliance',
  'security-policy',
  'policy-approval',
  'risk-decision',
  'access-approval',
];

/** Whether ownership of a letter left the internal side for the provider, or came back. */
function moveOf(from: DriftSide, to: DriftSide): 'to-provider' | 'to-internal' | undefined {
  const had = (side: DriftSide, lane: 'internal' | 'provider') => side === lane || side === 'joint';
  if (had(from, 'internal') && !had(to, 'internal') && had(to, 'provider')) return 'to-provider';
  if (had(from, 'provider') && !had(to, 'provider') && had(to, 'internal')) return 'to-internal';
  return undefined;
}

function rowFindings(before: Matrix, after: Matrix, old: Row, row: Row): DriftFinding[] {
  const found: DriftFinding[] = [];
  const base = { rowId: row.id, rowName: row.name, before: old.cells, after: row.cells };
  const add = (
    kind: DriftKind,
    severity: DriftSeverity,
    from: DriftSide,
    to: DriftSide,
    message: string,
  ) => found.push({ kind, severity, ...base, from, to, message: `"${row.name}": ${message}` });

  const wasR = holders(before, old, 'R');
  const nowR = holders(after, row, 'R');
  const rMove = moveOf(sideOf(wasR), sideOf(nowR));
  if (rMove) {
    const message = `Responsible moved from ${names(wasR)} to ${names(nowR)}.`;
    add(
      'responsible-moved',
      rMove === 'to-provider' ? 'high' : 'medium',
      sideOf(wasR),
      sideOf(nowR),
      message,
    );
  }

  const wasA = holders(before, old, 'A');
  const nowA = holders(after, row, 'A');
  const from = sideOf(wasA);
  const to = sideOf(nowA);
  const aMove = moveOf(from, to);
  if (old.kind === 'decision' || row.kind === 'decision') {
    const key = (parties: Party[]) => parties.map((party) => party.id).join('\n');
    if (key(wasA) !== key(nowA)) {
      const severity =
        aMove === 'to-provider' ? 'high' : aMove || nowA.length === 0 ? 'medium' : 'low';
      add(
        'decider-changed',
        severity,
        from,
        to,
        `Decider changed from ${names(wasA)} to ${names(nowA)}.`,
      );
    }
  } else if (aMove) {
    const message = `Accountable moved from ${names(wasA)} to ${names(nowA)}.`;
    add('accountable-moved', aMove === 'to-provider' ? 'high' : 'medium', from, to, message);
  }

  // A row whose R or A changed sides is reported as that move, even if it leaves owners on both.
  const moved = rMove !== undefined || aMove !== undefined;
  if (!moved && laneOfRow(before, old) !== 'joint' && laneOfRow(after, row) === 'joint') {
    const sensitive = row.tags?.some((tag) => SENSITIVE.includes(tag)) ?? false;
    const owners = [...new Set([...nowR, ...nowA])];
    add(
      'became-joint',
      sensitive ? 'high' : 'medium',
      sideOf([...wasR, ...wasA]),
      'joint',
      `Became joint: ${names(owners)} now share it, so no one side owns it.`,
    );
  }
  return found;
}

/**
 * The scope-drift report of a quarterly review: rows whose Responsible or Accountable moved
 * between the internal and provider sides, rows that became joint, and decisions whose decider
 * changed — each with a severity, a one-line message and both versions' cells. Sides follow
 * the lanes (internal and business vs provider and vendor); letters held "overflow only" or
 * "when unavailable" are backup, not ownership.
 *
 * Severity: `high` when ownership or a decision leaves the internal side for the provider
 * (the drift the review exists to catch), or a compliance or policy row becomes joint;
 * `medium` when it comes back to internal, a row becomes joint or a decision loses its
 * decider; `low` when a decision changes hands within one side.
 *
 * @example
 * for (const finding of scopeDrift(lastQuarter, today)) console.log(finding.severity, finding.message);
 * // high "Backup storage upgrades": Decider changed from Leadership to MSP.
 */
export function scopeDrift(
  before: Matrix,
  after: Matrix,
  diff: MatrixDiff = diffMatrices(before, after),
): DriftFinding[] {
  // Only rows with changed cells can drift, unless a party changed side under its cells.
  const sidesMoved = diff.parties.changed.some((change) => change.fields.includes('side'));
  const rowIds = sidesMoved
    ? after.rows.map((row) => row.id)
    : [...new Set(diff.cells.map((change) => change.rowId))];
  const findings: DriftFinding[] = [];
  for (const rowId of rowIds) {
    const old = findRow(before, rowId);
    const row = findRow(after, rowId);
    if (old && row) findings.push(...rowFindings(before, after, old, row));
  }
  return findings.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}
