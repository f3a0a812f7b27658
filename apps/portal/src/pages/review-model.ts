import type { Cell, Matrix, Party, RowCells } from '@tandem/core';
import type { DriftFinding, DriftSeverity, MatrixDiff } from '@tandem/core/io';
import type { ReviewPeriod, ReviewTicket } from '@tandem/core/review';
import type { MatrixVersion, TicketRecord } from '../api/types';
import { cellWords } from './change-words';

// The quarterly review's data, apart from its markup: which versions to compare by default,
// how to name them, the findings and diff counts the page and the Markdown export share, and
// the quarters the service review can cover.

/**
 * The select value of the working copy ("Current draft").
 *
 * @example
 * <option value={DRAFT_KEY}>Current draft</option>
 */
export const DRAFT_KEY = 'draft';

/**
 * Severities in the order a review reads them.
 *
 * @example
 * SEVERITIES.map((severity) => groups[severity].length); // [2, 1, 0]
 */
export const SEVERITIES: readonly DriftSeverity[] = ['high', 'medium', 'low'];

/**
 * The select value of a saved version.
 *
 * @example
 * versionKey({ version: 3, ... }); // 'v3'
 */
export function versionKey(version: Pick<MatrixVersion, 'version'>): string {
  return `v${version.version}`;
}

/**
 * The version a quarterly review starts from: the newest one labelled "quarterly" (any case),
 * else the oldest; `undefined` when nothing has been saved.
 *
 * @example
 * defaultBeforeVersion(versions)?.label; // 'Q3 2026 quarterly review'
 */
export function defaultBeforeVersion(
  versions: readonly MatrixVersion[],
): MatrixVersion | undefined {
  const oldestFirst = [...versions].sort((a, b) => a.version - b.version);
  const quarterly = oldestFirst.filter((v) => v.label?.toLowerCase().includes('quarterly'));
  return quarterly.at(-1) ?? oldestFirst[0];
}

/**
 * A date (or date and time) for people in their locale; the raw text if it is not a date.
 *
 * @example
 * formatDate(new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium' }), '2026-08-18T16:05:00Z'); // '18 Aug 2026'
 */
export function formatDate(format: Intl.DateTimeFormat, iso: string): string {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? iso : format.format(time);
}

/**
 * How a saved version is offered: `v3 — Q3 2026 quarterly review by Dana`, its saved date
 * standing in for a missing label.
 *
 * @example
 * versionLabel(version, (iso) => iso.slice(0, 10)); // 'v5 — 2026-09-30 by Sam'
 */
export function versionLabel(version: MatrixVersion, date: (iso: string) => string): string {
  return `v${version.version} — ${version.label ?? date(version.savedAt)} by ${version.savedBy}`;
}

/**
 * Findings by severity, each list in the report's order.
 *
 * @example
 * groupBySeverity(findings).high.length; // 2
 */
export function groupBySeverity(
  findings: readonly DriftFinding[],
): Record<DriftSeverity, DriftFinding[]> {
  const groups: Record<DriftSeverity, DriftFinding[]> = { high: [], medium: [], low: [] };
  for (const finding of findings) groups[finding.severity].push(finding);
  return groups;
}

/**
 * One party's cell in a drifted row, before and after, as text.
 *
 * @example
 * const line: CellComparison = { partyId: 'it', party: 'Internal IT', before: 'R, A', after: 'A' };
 */
export interface CellComparison {
  readonly partyId: string;
  readonly party: string;
  readonly before: string;
  readonly after: string;
}

const cellIn = (cells: RowCells, partyId: string): Cell | undefined =>
  Object.hasOwn(cells, partyId) ? cells[partyId] : undefined;

/**
 * The cells of a finding's row side by side, for every party that holds something in either
 * version (parties of `after` first, then those `after` has dropped).
 *
 * @example
 * compareCells(finding, before, after); // [{ party: 'Internal IT', before: 'R, A', after: 'A', … }]
 */
export function compareCells(
  finding: DriftFinding,
  before: Matrix,
  after: Matrix,
): CellComparison[] {
  const kept = new Set(after.parties.map((party) => party.id));
  const parties: Party[] = [
    ...after.parties,
    ...before.parties.filter((party) => !kept.has(party.id)),
  ];
  return parties.flatMap((party) => {
    const was = cellIn(finding.before, party.id);
    const now = cellIn(finding.after, party.id);
    if (!was && !now) return [];
    return [
      { partyId: party.id, party: party.name, before: cellWords(was), after: cellWords(now) },
    ];
  });
}

/**
 * How many items of one kind were added, removed and changed.
 *
 * @example
 * const rows: DiffCount = { label: 'Rows', added: 1, removed: 0, changed: 2 };
 */
export interface DiffCount {
  readonly label: string;
  readonly added: number;
  readonly removed: number;
  readonly changed: number;
}

/**
 * A diff as counts per kind of item, for the summary table.
 *
 * @example
 * diffCounts(diff); // [{ label: 'Parties', added: 1, removed: 0, changed: 0 }, …]
 */
export function diffCounts(diff: MatrixDiff): DiffCount[] {
  return [
    {
      label: 'Parties',
      added: diff.parties.added.length,
      removed: diff.parties.removed.length,
      changed: diff.parties.changed.length,
    },
    {
      label: 'Categories',
      added: diff.categories.added.length,
      removed: diff.categories.removed.length,
      changed: diff.categories.renamed.length,
    },
    {
      label: 'Rows',
      added: diff.rows.added.length,
      removed: diff.rows.removed.length,
      changed: diff.rows.changed.length,
    },
  ];
}

/**
 * `2 findings: 1 high, 1 medium, 0 low`.
 *
 * @example
 * findingCountWords(findings); // '3 findings: 1 high, 2 medium, 0 low'
 */
export function findingCountWords(findings: readonly DriftFinding[]): string {
  const groups = groupBySeverity(findings);
  const counts = SEVERITIES.map((severity) => `${groups[severity].length} ${severity}`);
  const noun = findings.length === 1 ? 'finding' : 'findings';
  return `${findings.length} ${noun}: ${counts.join(', ')}`;
}

/**
 * A quarter the review can cover: `period` (cut at the PSA's "now" while the quarter runs) and
 * the whole quarter before it, which the trends compare against.
 *
 * @example
 * const q4: ReviewQuarter = { key: 'this', label: 'This quarter (Q4 2026, to date)', period, previous };
 */
export interface ReviewQuarter {
  readonly key: 'this' | 'last';
  readonly label: string;
  readonly period: ReviewPeriod;
  readonly previous: ReviewPeriod;
}

const quarterStart = (year: number, quarter: number) => Date.UTC(year, quarter * 3, 1);

/**
 * This quarter (to `asOf`) and the last one, by calendar quarters in UTC.
 *
 * @example
 * reviewQuarters(Date.UTC(2026, 10, 24)).map((q) => q.label); // ['This quarter (Q4 2026, to date)', 'Last quarter (Q3 2026)']
 */
export function reviewQuarters(asOf: number): readonly [ReviewQuarter, ReviewQuarter] {
  const now = new Date(asOf);
  const year = now.getUTCFullYear();
  const quarter = Math.floor(now.getUTCMonth() / 3);
  const start = (back: number) => quarterStart(year, quarter - back);
  const name = (back: number) => {
    const date = new Date(start(back));
    return `Q${Math.floor(date.getUTCMonth() / 3) + 1} ${date.getUTCFullYear()}`;
  };
  return [
    {
      key: 'this',
      label: `This quarter (${name(0)}, to date)`,
      period: { from: start(0), to: Math.min(start(-1), asOf) },
      previous: { from: start(1), to: start(0) },
    },
    {
      key: 'last',
      label: `Last quarter (${name(1)})`,
      period: { from: start(1), to: start(0) },
      previous: { from: start(2), to: start(1) },
    },
  ];
}

/**
 * ConnectWise `conditions` for the tickets the review reads as of `asOf`: those entered since
 * the start of last quarter.
 *
 * @example
 * reviewConditions(Date.UTC(2026, 10, 24)); // 'dateEntered>=[2026-07-01T00:00:00.000Z]'
 */
export function reviewConditions(asOf: number): string {
  const from = reviewQuarters(asOf)[1].period.from;
  return `dateEntered>=[${new Date(from).toISOString()}]`;
}

/**
 * A ticket of the PSA as the review reads it: its history, category and SLA attributes.
 *
 * @example
 * reviewTicket(record); // { id: '#5001', title: 'Laptop will not dock', categoryId: 'helpdesk', … }
 */
export function reviewTicket(record: TicketRecord): ReviewTicket {
  return {
    id: record.id,
    title: record.title,
    categoryId: record.categoryId,
    attributes: record.attributes,
    history: record.history,
  };
}
