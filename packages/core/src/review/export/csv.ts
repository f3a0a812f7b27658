import { type CsvExportOptions, recordsToCsv } from '../../io/csv-records';
import type { ServiceReview } from '../types';
import { reviewEvidence } from './evidence';
import { exportContext, type ReviewExportOptions } from './export-context';

/**
 * The evidence CSV's sheet as records of plain (not yet neutralised) texts: a header `Ticket,
 * Section, Finding, Party, Function, Category, Target, Priority, Business minutes, Severity,
 * Detail`, then one record per line of `reviewEvidence`, in words (names from the matrix, an
 * empty field where a finding has no such part).
 *
 * @example
 * reviewEvidenceRecords(review, { matrix })[1]; // ['T2', 'SLA attainment', 'SLA breached', 'MSP NOC', '', '', 'Response', 'P1', '', '', '']
 */
export function reviewEvidenceRecords(
  review: ServiceReview,
  options: ReviewExportOptions = {},
): string[][] {
  const ctx = exportContext(options);
  const { words } = ctx;
  const c = words.columns;
  const records = [
    [
      c.ticket,
      c.section,
      c.finding,
      c.party,
      c.row,
      c.category,
      c.target,
      c.priority,
      c.minutes,
      c.severity,
      c.detail,
    ],
  ];
  for (const line of reviewEvidence(review)) {
    const detail =
      line.from !== undefined && line.to !== undefined
        ? words.direction({ from: words.sides[line.from], to: words.sides[line.to] })
        : (line.detail ?? '');
    records.push([
      line.ticketId,
      words.sections[line.section],
      words.findings[line.finding],
      line.partyId === undefined ? '' : ctx.party(line.partyId),
      line.rowId === undefined ? '' : ctx.row(line.rowId),
      line.categoryId === undefined ? '' : ctx.category(line.categoryId),
      line.target === undefined ? '' : words.targets[line.target],
      line.priority ?? '',
      // Business minutes as a plain number, whatever `formatNumber` does, so sheets can sum them.
      line.minutes === undefined ? '' : String(Math.round(line.minutes)),
      line.severity === undefined ? '' : words.severities[line.severity],
      detail,
    ]);
  }
  return records;
}

/**
 * The ticket-level evidence of a review as CSV: one line per ticket per finding (see
 * `reviewEvidenceRecords`), written like `matrixToCsv` (RFC 4180, CR LF, a field starting with
 * `=`, `+`, `-`, `@`, tab or CR guarded by a `'` so no spreadsheet runs it). `readTable` from
 * `@tandem/core/io` reads it back to the same records.
 *
 * @example
 * const csv = reviewEvidenceToCsv(review, { matrix, bom: true });
 * // Ticket,Section,Finding,Party,Function,Category,Target,Priority,Business minutes,Severity,Detail
 * // T2,SLA attainment,SLA breached,MSP NOC,,,Response,P1,,,
 */
export function reviewEvidenceToCsv(
  review: ServiceReview,
  options: ReviewExportOptions & CsvExportOptions = {},
): string {
  return recordsToCsv(reviewEvidenceRecords(review, options), options);
}
