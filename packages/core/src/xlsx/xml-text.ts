// The little XML a workbook needs, read and written without a DOM (the core has none): the
// five named entities, numeric references, and OOXML's `_xHHHH_` escapes for characters XML
// cannot hold.

const NAMED: Readonly<Record<string, string>> = {
  lt: '<',
  gt: '>',
  amp: '&',
  quot: '"',
  apos: "'",
};

const fromCode = (code: number) =>
  Number.isInteger(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';

/**
 * Text content as it reads: line ends as XML reads them (CR LF → LF), entities and character
 * references decoded, then `_x000D_`-style escapes turned back into their characters.
 *
 * @example
 * decodeXmlText('R &amp; A_x000D_'); // 'R & A\r'
 * decodeXmlText('one\r\ntwo'); // 'one\ntwo'
 */
export function decodeXmlText(raw: string): string {
  // XML's end-of-line handling: a literal CR LF or CR is read as LF (a `&#13;` or `_x000D_`
  // is a real CR and stays one).
  const text = raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw;
  const decoded = text.includes('&')
    ? text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, ref: string) => {
        if (ref.startsWith('#x')) return fromCode(Number.parseInt(ref.slice(2), 16));
        if (ref.startsWith('#')) return fromCode(Number.parseInt(ref.slice(1), 10));
        return NAMED[ref] ?? whole;
      })
    : text;
  return decoded.includes('_x')
    ? decoded.replace(/_x([0-9a-fA-F]{4})_/g, (_, hex: string) =>
        fromCode(Number.parseInt(hex, 16)),
      )
    : decoded;
}

const ATTRIBUTE = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/**
 * The attributes of a start tag's inside (`r="A1" t="s"`), by name without a namespace prefix.
 *
 * @example
 * xmlAttributes(' r="B2" s="3"'); // { r: 'B2', s: '3' }
 */
export function xmlAttributes(inside: string): Record<string, string> {
  const found: Record<string, string> = Object.create(null);
  for (const match of inside.matchAll(ATTRIBUTE)) {
    const name = (match[1] as string).replace(/^[\w.-]+:/, '');
    found[name] = decodeXmlText(match[2] ?? match[3] ?? '');
  }
  return found;
}

/**
 * The text of every `<t>` run inside an element (a shared string or an inline string),
 * skipping phonetic guides (`<rPh>`).
 *
 * @example
 * runText('<r><t>R</t></r><r><t xml:space="preserve">/A</t></r>'); // 'R/A'
 */
export function runText(xml: string): string {
  const body = xml.includes('rPh') ? xml.replace(/<(\w+:)?rPh\b[\s\S]*?<\/(\w+:)?rPh>/g, '') : xml;
  let text = '';
  for (const match of body.matchAll(/<(?:\w+:)?t(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?t>/g)) {
    text += match[1] as string;
  }
  return decodeXmlText(text);
}

// Characters XML 1.0 cannot hold at all, and CR, which a reader turns into LF; written as
// `_xHHHH_` as Excel does.
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are exactly the characters to escape.
const NOT_XML = /[\u0000-\u0008\u000b-\u001f\ufffe\uffff]/g;

/**
 * Text made safe for an XML element or attribute.
 *
 * @example
 * escapeXml('R & <A>'); // 'R &amp; &lt;A&gt;'
 */
export function escapeXml(text: string): string {
  return text
    .replace(/_x([0-9a-fA-F]{4})_/g, '_x005F_x$1_')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(
      NOT_XML,
      (char) => `_x${char.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}_`,
    );
}
