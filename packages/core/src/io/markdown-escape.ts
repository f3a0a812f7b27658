// Markdown escaping on its own, so that what writes Markdown from other data (the service
// review's exports) does not bring the matrix table writer and the cell notation with it.

/**
 * Text made safe for one Markdown table cell: `|` and the characters that start emphasis,
 * links, code or HTML are backslash-escaped (so a row name cannot break the table or inject
 * markup), line breaks become `<br>`.
 *
 * @example
 * escapeMarkdownCell('R|A *draft*'); // 'R\\|A \\*draft\\*'
 */
export function escapeMarkdownCell(text: string): string {
  return text.replace(/[\\|*_`[\]<>~#!]/g, '\\$&').replace(/\r\n|\r|\n/g, '<br>');
}
