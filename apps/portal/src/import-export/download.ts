/**
 * Offers `text` to the user as a file download. The object URL is released once the click has
 * been handed to the browser.
 *
 * @example
 * downloadText('matrix.csv', csv, 'text/csv');
 */
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** A file name from a title: lower case, words joined by hyphens. */
export const fileNameOf = (title: string, extension: string): string =>
  `${
    title
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/g, '') || 'export'
  }.${extension}`;
