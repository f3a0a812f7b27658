import type { Matrix } from '../../matrix/model';
import {
  type ReviewExportMessageOverrides,
  type ReviewExportMessages,
  resolveReviewExportMessages,
} from './messages';

/**
 * How to word an exported review. `matrix` names the parties, functions (rows) and categories
 * the review refers to by id (ids are shown when it is left out or does not know one).
 * Numbers, dates and times are formatted the same way on every machine unless a host passes
 * its own (`Intl` formats depend on the runtime's locale data).
 *
 * @example
 * reviewToMarkdown(review, { matrix, messages: { title: 'Q2 review with Contoso' } });
 */
export interface ReviewExportOptions {
  readonly matrix?: Matrix;
  readonly messages?: ReviewExportMessageOverrides;
  /** The document's language, for HTML's `lang` (`en`). */
  readonly lang?: string;
  /** A figure: integers as they are, others to one decimal (`12.5`). */
  readonly formatNumber?: (value: number) => string;
  /** A day, from epoch ms: `2026-04-06` (UTC). */
  readonly formatDate?: (at: number) => string;
  /** An instant, from epoch ms: `2026-04-06 21:30 UTC`. */
  readonly formatDateTime?: (at: number) => string;
}

/** Words, names and formats of one export, resolved once. */
export interface ExportContext {
  readonly words: ReviewExportMessages;
  readonly lang: string;
  readonly party: (id: string) => string;
  readonly row: (id: string) => string;
  readonly category: (id: string) => string;
  readonly number: (value: number) => string;
  readonly date: (at: number) => string;
  readonly dateTime: (at: number) => string;
  readonly duration: (minutes: number) => string;
  readonly percent: (value: number | null) => string;
  readonly points: (value: number | null) => string;
  readonly tickets: (ids: readonly string[]) => string;
}

const plainNumber = (value: number) =>
  Number.isInteger(value) ? String(value) : String(Math.round(value * 10) / 10);
const isoDate = (at: number) => new Date(at).toISOString().slice(0, 10);
const isoDateTime = (at: number) =>
  `${new Date(at).toISOString().slice(0, 16).replace('T', ' ')} UTC`;

const lookup = (items: readonly { id: string; name: string }[] | undefined) => {
  const names = new Map((items ?? []).map((item) => [item.id, item.name]));
  return (id: string) => names.get(id) ?? id;
};

/** The context an export renders with. */
export function exportContext(options: ReviewExportOptions = {}): ExportContext {
  const words = resolveReviewExportMessages(options.messages);
  const number = options.formatNumber ?? plainNumber;
  return {
    words,
    lang: options.lang ?? 'en',
    party: lookup(options.matrix?.parties),
    row: lookup(options.matrix?.rows),
    category: lookup(options.matrix?.categories),
    number,
    date: options.formatDate ?? isoDate,
    dateTime: options.formatDateTime ?? isoDateTime,
    duration: (minutes) => {
      const whole = Math.round(minutes);
      return words.duration({ hours: Math.floor(whole / 60), minutes: whole % 60 });
    },
    percent: (value) => (value === null ? words.none : words.percent({ value: number(value) })),
    points: (value) =>
      value === null
        ? words.none
        : words.points({ value: `${value > 0 ? '+' : ''}${number(value)}` }),
    tickets: (ids) => ids.join(', '),
  };
}
