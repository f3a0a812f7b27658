import type { RoleLetter } from '../matrix/roles';
import { readCellNotation } from './cell-notation';
import { translateLetters } from './letter-system';

/**
 * What a cell holds, as layout detection sees it: `letters` (`R/A`, `Overflow only`), a
 * `mark` (`x`, `✓`, `Yes`), `nothing` (`-`, `n/a`) or other `text`.
 *
 * @example
 * cellKind('R/A', {}); // 'letters'
 * cellKind('M', { M: ['C'] }); // 'letters'
 * cellKind('Tech Lead', {}); // 'text'
 */
export function cellKind(
  text: string,
  map: Readonly<Record<string, readonly RoleLetter[]>>,
): 'letters' | 'mark' | 'nothing' | 'text' {
  const reading = readCellNotation(translateLetters(text, map));
  if (reading.unreadable) return 'text';
  if (reading.roles.length === 0) return reading.qualifier === undefined ? 'nothing' : 'letters';
  return reading.mark === 'owner' ? 'mark' : 'letters';
}

/**
 * Whether a cell reads as a party name or a short list of them (`CSP, 3PAO, Agency`,
 * `Customer`, `Not applicable`): one line of at most 80 characters whose comma-separated parts
 * have at most five words each.
 *
 * @example
 * isPartyList('CSP, 3PAO, Agency'); // true
 * isPartyList('Integrate Key Vault with Azure Private Link and route all traffic'); // false
 */
export function isPartyList(text: string): boolean {
  if (text.length > 80 || text.includes('\n')) return false;
  return splitNames(text).every((name) => name.split(/\s+/).length <= 5 && name.length <= 40);
}

/**
 * The names in a cell of party names: split on `,` `;` line breaks and ` and `/`&`, trimmed.
 *
 * @example
 * splitNames('Designer, Community'); // ['Designer', 'Community']
 */
export function splitNames(text: string): string[] {
  return text
    .split(/[,;\n]|\s+(?:and|&|e|en|y|und|et)\s+/)
    .map((name) => name.trim())
    .filter((name) => name !== '');
}
