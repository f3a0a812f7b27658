// How a stored cell value reads as the text a spreadsheet shows: numbers as general numbers,
// dates (numbers in a date format) as ISO dates, booleans as TRUE/FALSE.

// Built-in number formats that show dates or times (ECMA-376 part 1, 18.8.30).
const DATE_FORMAT_IDS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 30, 36, 45, 46, 47, 50, 57,
]);

/**
 * Whether a number format shows a date or time: a built-in date id, or a format code with
 * `d`, `m`, `y`, `h` or `s` outside quotes, brackets and escapes (`[Red]0.0` is not a date).
 *
 * @example
 * isDateFormat(14, undefined); // true
 * isDateFormat(164, 'm/d/yyyy'); // true
 * isDateFormat(165, '0.00%'); // false
 */
export function isDateFormat(id: number, code: string | undefined): boolean {
  if (DATE_FORMAT_IDS.has(id)) return true;
  if (code === undefined) return false;
  const bare = code.replace(/"[^"]*"|\[[^\]]*\]|\\.|_.|\*./g, '');
  return /[dmyhs]/i.test(bare) && !/^general$/i.test(bare.trim());
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * A serial date as ISO text: `2024-03-01`, with the time (`2024-03-01 13:30`) when it has
 * one. `date1904` is the workbook's other epoch.
 *
 * @example
 * serialDate(45352, false); // '2024-03-01'
 */
export function serialDate(serial: number, date1904: boolean): string {
  // Day 60 of the 1900 system is the 29 February 1900 that never was (Lotus's bug, kept).
  const days = date1904 ? serial + 1462 : serial < 60 ? serial + 1 : serial;
  const ms = Math.round((days - 25569) * 86_400_000);
  const date = new Date(ms);
  if (Number.isNaN(date.getTime())) return String(serial);
  const day = `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
  const minutes = date.getUTCHours() * 60 + date.getUTCMinutes();
  return minutes === 0 ? day : `${day} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}`;
}

/**
 * A stored number as a spreadsheet's General format shows it: at most 15 significant digits,
 * so `0.30000000000000004` reads `0.3` and `1` stays `1`.
 *
 * @example
 * generalNumber('2.1000000000000001'); // '2.1'
 */
export function generalNumber(stored: string): string {
  const value = Number(stored);
  if (!Number.isFinite(value)) return stored;
  return String(Number(value.toPrecision(15)));
}
