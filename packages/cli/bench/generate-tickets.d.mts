/** One generated ticket's NDJSON line (no line break). */
export function ticketLine(index: number, start: number): string;
/** Writes `count` generated tickets as NDJSON to `file`. */
export function generateTickets(count: number, file: string): Promise<void>;
