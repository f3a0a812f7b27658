// HTML escaping on its own, so that what writes HTML from other data (the service review's
// exports) does not bring the matrix table writer and the lanes with it.

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Text made safe for HTML element content and quoted attribute values.
 *
 * @example
 * escapeHtml('<b>"R&A"</b>'); // '&lt;b&gt;&quot;R&amp;A&quot;&lt;/b&gt;'
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);
}

/**
 * Text made safe for HTML element content, its line breaks kept as `<br>`.
 *
 * @example
 * escapeHtmlLines('a < b\nc'); // 'a &lt; b<br>c'
 */
export const escapeHtmlLines = (text: string): string =>
  text
    .split(/\r\n|\r|\n/)
    .map(escapeHtml)
    .join('<br>');
