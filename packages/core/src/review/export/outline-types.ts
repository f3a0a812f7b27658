import type { SlaTargetKind } from '../../sla/policy';
import type { AgendaItem, AgendaSeverity } from '../types';

// The neutral outline of a service review, which the Markdown and HTML renderers both read (so
// the two never disagree), and the ticket-level evidence the CSV writes. Plain data.

/**
 * The sections of an exported review, in the order they are written.
 *
 * @example
 * const id: ReviewExportSectionId = 'gaps';
 */
export type ReviewExportSectionId =
  | 'agenda'
  | 'attainment'
  | 'clock'
  | 'gaps'
  | 'integrity'
  | 'escalations'
  | 'recurring'
  | 'drift'
  | 'stale'
  | 'skipped';

/**
 * A column of an outline table; `numeric` ones are right-aligned.
 *
 * @example
 * const column: OutlineColumn = { label: 'Met %', numeric: true };
 */
export interface OutlineColumn {
  readonly label: string;
  readonly numeric?: boolean;
}

/**
 * A table row: `cells[0]` heads the row, one cell per column, all plain (unescaped) text.
 * `ticketIds` are the tickets its figures were computed from.
 *
 * @example
 * const row: OutlineRow = { cells: ['Resolution', '3', '2'], ticketIds: ['T2'] };
 */
export interface OutlineRow {
  readonly cells: readonly string[];
  readonly ticketIds: readonly string[];
}

/**
 * A paragraph or a table of the outline; all text plain, escaped only by the renderers.
 *
 * @example
 * const block: OutlineBlock = { type: 'paragraph', text: 'Every ticket was counted.', ticketIds: [] };
 */
export type OutlineBlock =
  | { readonly type: 'paragraph'; readonly text: string; readonly ticketIds: readonly string[] }
  | {
      readonly type: 'table';
      readonly caption?: string;
      readonly columns: readonly OutlineColumn[];
      readonly rows: readonly OutlineRow[];
    };

/**
 * One section of the outline: a heading and its blocks.
 *
 * @example
 * const section: OutlineSection = { id: 'skipped', heading: 'Tickets not counted', blocks: [] };
 */
export interface OutlineSection {
  readonly id: ReviewExportSectionId;
  readonly heading: string;
  readonly blocks: readonly OutlineBlock[];
}

/**
 * A service review as a document, before it is Markdown or HTML: a title, the lines under it,
 * and the sections.
 *
 * @example
 * const outline: ReviewOutline = { lang: 'en', title: 'Service review', intro: ['2026-04-01 to 2026-06-30'], sections: [] };
 */
export interface ReviewOutline {
  /** The document's language (a BCP 47 tag), for HTML's `lang`. */
  readonly lang: string;
  readonly title: string;
  readonly intro: readonly string[];
  readonly sections: readonly OutlineSection[];
}

/**
 * What a piece of ticket evidence shows: the breach of a target, a hand-off, a grey-zone
 * holding, a flag, an escalation, a skipped ticket's reason, or an agenda item's kind.
 *
 * @example
 * const finding: ReviewEvidenceFinding = 'grey-zone';
 */
export type ReviewEvidenceFinding =
  | 'breached'
  | 'breached-on-watch'
  | 'handoff'
  | 'grey-zone'
  | 'recurring-issue'
  | 'pause-after-reply'
  | 'mostly-paused'
  | 'outside-holder-hours'
  | 'no-route'
  | 'no-responsible-route'
  | 'after-hours-uncovered'
  | 'step-fired'
  | 'both-teams-paged'
  | 'manual-escalation'
  | 'not-routed'
  | 'no-policy'
  | 'no-created-event'
  | AgendaItem['kind'];

/**
 * One ticket's part in one finding of the review: a line of the evidence CSV. Fields are what
 * the review knows of that finding (ids, not names); `minutes` are business minutes.
 *
 * @example
 * const line: ReviewEvidence = { ticketId: 'T2', section: 'attainment', finding: 'breached', target: 'response', priority: 'P1', partyId: 'msp-noc' };
 */
export interface ReviewEvidence {
  readonly ticketId: string;
  readonly section: ReviewExportSectionId;
  readonly finding: ReviewEvidenceFinding;
  readonly partyId?: string;
  readonly rowId?: string;
  readonly categoryId?: string;
  readonly target?: SlaTargetKind;
  readonly priority?: string;
  readonly minutes?: number;
  readonly severity?: AgendaSeverity;
  /** What else names the finding: a recurring issue's title, an escalation step's name. */
  readonly detail?: string;
  /** A hand-off's direction. */
  readonly from?: 'internal' | 'provider';
  readonly to?: 'internal' | 'provider';
}
