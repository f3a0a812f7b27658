import type { ExportContext } from './export-context';
import type {
  OutlineBlock,
  OutlineColumn,
  OutlineRow,
  OutlineSection,
  ReviewExportSectionId,
} from './outline-types';

/** A table block (a plain label is a left-aligned column); `null` when it has no rows. */
export function table(
  columns: readonly (string | OutlineColumn)[],
  rows: readonly OutlineRow[],
  caption?: string,
): OutlineBlock | null {
  if (rows.length === 0) return null;
  return {
    type: 'table',
    ...(caption === undefined ? {} : { caption }),
    columns: columns.map((column) => (typeof column === 'string' ? { label: column } : column)),
    rows,
  };
}

/** A section: its blocks, or the section's "nothing here" paragraph when it has none. */
export function section(
  id: ReviewExportSectionId,
  blocks: readonly (OutlineBlock | null)[],
  ctx: ExportContext,
): OutlineSection {
  const kept = blocks.filter((block): block is OutlineBlock => block !== null);
  return {
    id,
    heading: ctx.words.sections[id],
    blocks: kept.length ? kept : [{ type: 'paragraph', text: ctx.words.empty[id], ticketIds: [] }],
  };
}

/** A right-aligned column. */
export const num = (label: string): OutlineColumn => ({ label, numeric: true });

/** A section of one table, or of its "nothing here" paragraph. */
export const tableSection = (
  id: ReviewExportSectionId,
  columns: readonly (string | OutlineColumn)[],
  rows: readonly OutlineRow[],
  ctx: ExportContext,
): OutlineSection => section(id, [table(columns, rows)], ctx);

/** The fields of `fields` that are defined: optional properties without `undefined` in them. */
export function defined<T extends Record<string, unknown>>(
  fields: T,
): { [K in keyof T]?: Exclude<T[K], undefined> } {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) if (value !== undefined) out[key] = value;
  return out as { [K in keyof T]?: Exclude<T[K], undefined> };
}
