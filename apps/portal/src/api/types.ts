import type { Matrix, MatrixChange } from '@tandem/core';
import type { PsaReport } from '@tandem/core/psa';
import type { EscalationFlowValue, PolicyChange } from '@tandem/react/escalation-flow';
import type {
  CalendarRegistry,
  CalendarSpec,
  SlaPolicy,
  TicketHistory,
} from '@tandem/react/sla-timeline';

// The portal's view of the PSA's data, after parsing. Plain data throughout.

/** Who saved a version of a resource, and when; `version` is also its ETag. */
export interface SavedMeta {
  readonly version: number;
  readonly savedAt: string;
  readonly savedBy: string;
}

/** The matrix as last saved. */
export interface SavedMatrix extends SavedMeta {
  readonly matrix: Matrix;
}

/** One saved version of the matrix, for the quarterly review. */
export interface MatrixVersion extends SavedMatrix {
  readonly label?: string | undefined;
}

/** The escalation policy and routing table as last saved. */
export interface SavedEscalation extends SavedMeta {
  readonly value: EscalationFlowValue;
}

/** Which resource an audit line or a save belongs to. */
export type AuditResource = 'matrix' | 'escalation';

/** One line of the audit trail: who changed what, when, and in which saved version. */
export interface AuditRecord {
  readonly id: string;
  readonly resource: AuditResource;
  /** The saved version the change went into; `null` while not saved yet. */
  readonly version: number | null;
  readonly actor: string;
  readonly at: string;
  readonly change: MatrixChange | PolicyChange;
}

/**
 * Calendars and SLA policies: what the queue and the escalation checks measure against, read
 * from ConnectWise by the core's adapters; `lost` is what they could not carry over.
 */
export interface ServiceConfig {
  readonly calendars: CalendarRegistry;
  readonly calendarSpecs: readonly CalendarSpec[];
  readonly policies: readonly SlaPolicy[];
  readonly lost: PsaReport['lost'];
}

/**
 * A ticket of the queue with its event history, from a ConnectWise ticket and its audit trail;
 * `attributes` choose its SLA policy (`selectSlaPolicy`), `report` says what the adapter could
 * not carry over or had to infer.
 */
export interface TicketRecord {
  readonly id: string;
  readonly title: string;
  readonly categoryId: string;
  readonly priority: string;
  readonly vip: boolean;
  readonly source: 'user' | 'monitoring' | 'backup' | 'security';
  readonly attributes: Readonly<Record<string, string>>;
  readonly history: TicketHistory;
  readonly report: PsaReport;
}

/** The queue as of a moment (epoch ms). */
export interface TicketQueue {
  readonly asOf: number;
  readonly tickets: readonly TicketRecord[];
}
