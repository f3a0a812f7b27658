import type { Row } from '../matrix/model';
import { type CsvIssue, csvIssue } from './csv-issue';

/** Most warnings one import returns; past that, one more warning says how many were left out. */
const MAX_WARNINGS = 500;

interface Pending {
  readonly issue: CsvIssue;
  /** Index of the row draft the warning is about; its path is known once rows are grouped. */
  readonly draft?: number;
  readonly tail?: readonly (string | number)[];
}

/** Collects warnings during an import and places them in the finished matrix. */
export interface WarningList {
  readonly add: (issue: CsvIssue, draft?: number, tail?: readonly (string | number)[]) => void;
  /** `text` cut to `max` characters, with a warning when it had to be cut. */
  readonly clip: (text: string, max: number, row: number, column: number, what: string) => string;
  /**
   * The warnings in sheet order, capped, with `rows[i]…` paths into the grouped rows.
   * `rows` are in draft order, `grouped` the same objects as the matrix holds them.
   */
  readonly finish: (rows: readonly Row[], grouped: readonly Row[]) => CsvIssue[];
}

/**
 * A fresh warning list.
 *
 * @example
 * const warnings = warningList();
 * warnings.add(csvIssue(3, 2, 'unreadable_cell', '…'), 0, ['cells', 'msp']);
 */
export function warningList(): WarningList {
  const pending: Pending[] = [];
  return {
    add: (issue, draft, tail) => {
      pending.push(draft === undefined ? { issue } : { issue, draft, tail: tail ?? [] });
    },
    clip: (text, max, row, column, what) => {
      if (text.length <= max) return text;
      pending.push({
        issue: csvIssue(row, column, 'too_long', `the ${what} was cut to ${max} characters.`),
      });
      return text.slice(0, max);
    },
    finish: (rows, grouped) => {
      const position = new Map(grouped.map((row, index) => [row, index]));
      const issues = pending.map(({ issue, draft, tail }) => {
        const row = draft === undefined ? undefined : rows[draft];
        const index = row && position.get(row);
        return index === undefined ? issue : { ...issue, path: ['rows', index, ...(tail ?? [])] };
      });
      issues.sort((a, b) => a.row - b.row || a.column - b.column);
      if (issues.length <= MAX_WARNINGS) return issues;
      const extra = issues.length - MAX_WARNINGS;
      const last = issues[MAX_WARNINGS] as CsvIssue;
      return [
        ...issues.slice(0, MAX_WARNINGS),
        csvIssue(
          last.row,
          last.column,
          'too_many_warnings',
          `${extra} more warnings were left out.`,
        ),
      ];
    },
  };
}
