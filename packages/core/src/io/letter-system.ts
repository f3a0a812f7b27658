import { type RoleLetter, type RoleVariant, sortRoles } from '../matrix/roles';

/**
 * The letters a sheet uses and what they mean in the matrix. `map` lists the sheet letters
 * that read differently from the matrix letters of the same name (`M: ['C']`, `N: []` for "no
 * role"); letters not listed read as themselves.
 *
 * @example
 * const rmsin: LetterSystem = {
 *   name: 'R/M/S/I/N', variant: 'raci', legendRows: [1],
 *   map: { M: ['C'], S: ['C'], N: [] },
 * };
 */
export interface LetterSystem {
  /** How the sheet names it: `RACI`, `RASCI`, `DACI` or the legend's letters (`R/M/S/I/N`). */
  readonly name: string;
  readonly variant: RoleVariant;
  readonly map: Readonly<Record<string, readonly RoleLetter[]>>;
  /** 1-based rows of the legend that defined it; empty when the letters were read as they are. */
  readonly legendRows: readonly number[];
}

/**
 * The plain system: letters read as themselves.
 *
 * @example
 * plainLetters('rasci'); // { name: 'RASCI', variant: 'rasci', map: {}, legendRows: [] }
 */
export function plainLetters(variant: RoleVariant = 'raci'): LetterSystem {
  return { name: variant.toUpperCase(), variant, map: {}, legendRows: [] };
}

// Checked in order: "does not play a role" must win over "role", "not consulted" over "consulted".
const MEANINGS: readonly (readonly [RegExp, readonly RoleLetter[]])[] = [
  [/\b(does not|doesn't|no role|not involved|none|not applicable|nenhum|geen)\b/, []],
  [/\b(accountab|approv|sign(s|ed)? off|final say|aprova|eindverantwoordelijk)/, ['A']],
  [/\b(responsib|execut|does the work|respons[aá]vel|uitvoer|verantwoordelijk)/, ['R']],
  [/\b(support|assist|apoio)/, ['S']],
  [/\b(consult|contribut|advi[sc]|input|raadpleg)/, ['C']],
  [/\b(inform|notif|kept (in the loop|up to date)|geinformeerd|geïnformeerd)/, ['I']],
  [/\b(driv|lead)/, ['D']],
];

/** The matrix letters a legend's meaning names (`Must be consulted` → C), or `undefined`. */
function lettersOfMeaning(meaning: string): readonly RoleLetter[] | undefined {
  const text = meaning.toLowerCase();
  for (const [pattern, letters] of MEANINGS) if (pattern.test(text)) return letters;
  return undefined;
}

const ENTRY = /^\s*([A-Za-z]{1,3})\s*(?:=|:|\s[-–—]\s|[-–—])\s*(\S.*?)\s*$/;
const LABEL = /^\s*(legend|key|raci (key|legend)|legenda|sleutel)\s*:?\s*$/i;
const ENTRY_SPLIT = /[,;|]\s*(?=[A-Za-z]{1,3}\s*(?:=|:|[-–—]))/;

/**
 * The legend entries in one row's cells (`R=Responsible`, `M = Must be consulted, S = …`), after
 * an optional `Legend:` label, or `undefined` when some other filled cell is not a legend entry or
 * fewer than two entries are found.
 *
 * @example
 * legendEntries(['', 'R=Responsible', 'M=Must be Consulted']); // [['R', 'Responsible'], ['M', 'Must be Consulted']]
 * legendEntries(['Legend:', 'R = Responsible', 'S = Supports']); // [['R', 'Responsible'], ['S', 'Supports']]
 * legendEntries(['Patching', 'R', 'A']); // undefined
 */
export function legendEntries(cells: readonly string[]): [string, string][] | undefined {
  const entries: [string, string][] = [];
  for (const cell of cells) {
    // A `Legend:` or `Key` label before the entries is part of the legend, not an entry.
    if (cell.trim() === '' || (entries.length === 0 && LABEL.test(cell))) continue;
    for (const part of cell.split(ENTRY_SPLIT)) {
      const match = ENTRY.exec(part);
      if (!match) return undefined;
      entries.push([(match[1] as string).toUpperCase(), match[2] as string]);
    }
  }
  return entries.length >= 2 ? entries : undefined;
}

/**
 * The letter system a legend defines. Each letter's meaning is read for the matrix letter it
 * names (Responsible → R, Accountable/Approver → A, Support → S, Consulted/Contributor → C,
 * Informed/Notified → I, Driver → D, "does not play a role" → none); a letter whose meaning
 * names none reads as itself.
 *
 * @example
 * legendSystem([['R', 'Responsible'], ['M', 'Must be consulted'], ['N', 'Does not play a role']], [1]);
 * // { name: 'R/M/N', variant: 'raci', map: { M: ['C'], N: [] }, legendRows: [1] }
 */
export function legendSystem(
  entries: readonly (readonly [string, string])[],
  legendRows: readonly number[],
): LetterSystem {
  const map: Record<string, readonly RoleLetter[]> = {};
  const used = new Set<RoleLetter>();
  const keys: string[] = [];
  for (const [key, meaning] of entries) {
    if (keys.includes(key)) continue;
    keys.push(key);
    const letters = lettersOfMeaning(meaning);
    if (letters === undefined) continue;
    for (const letter of letters) used.add(letter);
    if (letters.length !== 1 || letters[0] !== key) map[key] = letters;
  }
  const variant: RoleVariant = used.has('D') ? 'daci' : used.has('S') ? 'rasci' : 'raci';
  const name = Object.keys(map).length === 0 ? variant.toUpperCase() : keys.join('/');
  return { name, variant, map, legendRows };
}

const SEPARATORS = /([\s/,;&+|]+)/;

/**
 * A cell's text with the sheet's letters replaced by the matrix's (`M` → `C`, `N` → nothing),
 * for `readCellNotation` to read. Text that is not made of the system's letters is returned
 * as it is.
 *
 * @example
 * translateLetters('R/M', { M: ['C'] }); // 'R/C'
 * translateLetters('N', { N: [] }); // ''
 */
export function translateLetters(
  text: string,
  map: Readonly<Record<string, readonly RoleLetter[]>>,
): string {
  const end = text.indexOf('\n');
  const head = (end < 0 ? text : text.slice(0, end)).trim();
  if (head === '' || head.length > 20) return text;
  const letters: RoleLetter[] = [];
  for (const token of head.split(SEPARATORS)) {
    if (token === '' || SEPARATORS.test(token)) continue;
    for (const char of token.toUpperCase()) {
      const mapped = Object.hasOwn(map, char) ? map[char] : undefined;
      if (mapped) letters.push(...mapped);
      else if ('RASCID'.includes(char)) letters.push(char as RoleLetter);
      else return text;
    }
  }
  const rest = end < 0 ? '' : text.slice(end);
  return sortRoles(letters).join('/') + rest;
}
