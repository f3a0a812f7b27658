// The values options and arguments accept, apart from the code that uses them, so that
// `tandem --help` and a usage error load none of the core.

/** The kinds of file a matrix is read from. */
export const READ_FORMATS = ['csv', 'tsv', 'xlsx', 'json'] as const;
/** The kinds of file a matrix is written to. */
export const WRITE_FORMATS = ['csv', 'tsv', 'xlsx', 'json', 'md', 'html'] as const;
/** The report formats of `tandem validate`. */
export const REPORT_FORMATS = ['text', 'json', 'markdown'] as const;
/** The tools `tandem import` reads escalation policies from. */
export const IMPORT_SOURCES = ['pagerduty', 'opsgenie'] as const;

export type ReadFormat = (typeof READ_FORMATS)[number];
export type WriteFormat = (typeof WRITE_FORMATS)[number];
export type ReportFormat = (typeof REPORT_FORMATS)[number];
export type ImportSource = (typeof IMPORT_SOURCES)[number];
