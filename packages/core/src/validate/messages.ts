// Default English for every string validation produces. Hosts translate by overriding entries
// (`options.messages`); each entry gets typed, already-named params, never raw ids.

/** Params every row issue message gets: the row's name. */
interface RowParams {
  readonly row: string;
}

/**
 * One message function per built-in rule id. `letter` is the full name of the letter in the
 * matrix's variant (`Accountable`, or `Approver` in DACI; `Responsible`, or `Driver`).
 *
 * @example
 * const german: Partial<IssueMessages> = {
 *   'empty-party': ({ party }) => `${party} hat in keiner Zeile eine Rolle.`,
 * };
 */
export interface IssueMessages {
  /** `parties` holds the Accountable parties: none, or several. */
  readonly 'accountable-exactly-one': (
    params: RowParams & { parties: readonly string[]; letter: string },
  ) => string;
  readonly 'decision-needs-decider': (params: RowParams & { letter: string }) => string;
  readonly 'responsible-required': (params: RowParams & { letter: string }) => string;
  /** `variant` is the variant's display name, e.g. `RACI`. */
  readonly 'variant-letters': (
    params: RowParams & { party: string; letters: readonly string[]; variant: string },
  ) => string;
  /** `accountable` lists the Accountable parties when there is not exactly one; `jointOwners` the owners on both sides when the row is joint. */
  readonly 'compliance-clear-owner': (
    params: RowParams & {
      accountable: readonly string[] | null;
      jointOwners: readonly string[] | null;
      letter: string;
    },
  ) => string;
  readonly 'provider-final-authority': (
    params: RowParams & { party: string; letter: string },
  ) => string;
  readonly 'coverage-24x7': (params: RowParams & { owners: readonly string[] }) => string;
  /** `maxShare` is a fraction (0.25 for 25%). */
  readonly 'too-many-joint-rows': (params: {
    count: number;
    total: number;
    maxRows: number;
    maxShare: number;
  }) => string;
  readonly 'single-point-of-failure': (params: {
    party: string;
    rows: number;
    letter: string;
  }) => string;
  readonly 'overloaded-party': (params: {
    party: string;
    rows: number;
    total: number;
    letter: string;
  }) => string;
  readonly 'empty-party': (params: { party: string }) => string;
  readonly 'empty-category': (params: { category: string }) => string;
}

/**
 * The labels of suggested fixes, as a user reads them on a "Fix" button.
 *
 * @example
 * const labels: Partial<FixLabels> = { removeParty: ({ party }) => `Supprimer ${party}` };
 */
export interface FixLabels {
  /** Give a party a letter it lacks: "Make Internal IT accountable". */
  readonly giveLetter: (params: { party: string; letter: string }) => string;
  /** Keep one holder of a letter and take it from the others: "Keep Northwind MSP accountable". */
  readonly keepLetter: (params: { party: string; letter: string }) => string;
  readonly makeDecider: (params: { party: string }) => string;
  readonly makeSoleOwner: (params: { party: string }) => string;
  readonly moveLetter: (params: { from: string; to: string; letter: string }) => string;
  /** Take a letter from `party` because `keeper` already holds it. */
  readonly leaveLetterWith: (params: { party: string; keeper: string; letter: string }) => string;
  readonly giveAfterHoursCover: (params: { party: string; letter: string }) => string;
  readonly shareRows: (params: {
    party: string;
    with: string;
    rows: number;
    letter: string;
  }) => string;
  readonly removeLetters: (params: { party: string; letters: readonly string[] }) => string;
  readonly replaceLetter: (params: { party: string; from: string; to: string }) => string;
  readonly removeParty: (params: { party: string }) => string;
  readonly removeCategory: (params: { category: string }) => string;
}

/**
 * Every string validation produces: issue messages by rule id, plus fix labels.
 *
 * @example
 * const messages: MatrixMessages = { ...englishMessages, 'empty-party': ({ party }) => `${party} is unused.` };
 */
export interface MatrixMessages extends IssueMessages {
  readonly fixes: FixLabels;
}

/**
 * What `options.messages` accepts: any issue messages, and any fix labels under `fixes`.
 *
 * @example
 * const messages: MessageOverrides = { fixes: { removeParty: ({ party }) => `Drop ${party}` } };
 */
export type MessageOverrides = Partial<IssueMessages> & { readonly fixes?: Partial<FixLabels> };

const SMALL = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/**
 * A count in words up to ten, then digits: "two", "12".
 *
 * @example
 * countWord(2); // 'two'
 */
export function countWord(count: number): string {
  return SMALL[count] ?? String(count);
}

/**
 * Joins names in English: "A", "A and B", "A, B and C".
 *
 * @example
 * listNames(['Internal IT', 'Northwind MSP']); // 'Internal IT and Northwind MSP'
 */
export function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  const last = names.length - 1;
  let joined = names[0] as string;
  for (let i = 1; i < last; i++) joined += `, ${names[i]}`;
  return `${joined} and ${names[last]}`;
}

// "Accountable party" / "Approver": adjectives need a noun, nouns take a plural s.
const isAdjective = (name: string) => name.endsWith('ble');
const holders = (name: string, count: number) =>
  isAdjective(name)
    ? `${name} ${count === 1 ? 'party' : 'parties'}`
    : `${name}${count === 1 ? '' : 's'}`;
// "Make X accountable" / "Make X the Approver".
const complement = (name: string) => (isAdjective(name) ? name.toLowerCase() : `the ${name}`);
const percent = (share: number) => `${Math.round(share * 100)}%`;

/**
 * The default English messages and fix labels.
 *
 * @example
 * englishMessages['empty-category']({ category: 'Projects' }); // "Category 'Projects' has no rows."
 */
export const englishMessages: MatrixMessages = {
  'accountable-exactly-one': ({ row, parties, letter }) =>
    parties.length === 0
      ? `'${row}' has no ${holders(letter, 1)}.`
      : `'${row}' has ${countWord(parties.length)} ${holders(letter, parties.length)}: ${listNames(parties)}.`,
  'decision-needs-decider': ({ row, letter }) =>
    `'${row}' is a decision with no decider: no party is ${letter}.`,
  'responsible-required': ({ row, letter }) =>
    `'${row}' has no ${holders(letter, 1)}: nobody is set to do the work.`,
  'variant-letters': ({ row, party, letters, variant }) =>
    `${party} holds ${listNames(letters)} in '${row}', which a ${variant} matrix does not use.`,
  'compliance-clear-owner': ({ row, accountable, jointOwners, letter }) => {
    const reasons: string[] = [];
    if (accountable)
      reasons.push(
        accountable.length === 0
          ? `no party is ${letter}`
          : `${listNames(accountable)} are ${accountable.length === 2 ? 'both' : 'all'} ${letter}`,
      );
    if (jointOwners)
      reasons.push(`its work is split across both sides (${listNames(jointOwners)})`);
    return `'${row}' is a compliance row and needs one clear owner, but ${reasons.join(', and ')}.`;
  },
  'provider-final-authority': ({ row, party, letter }) =>
    `${party} holds final authority (${letter}) on '${row}'; policy approvals, risk decisions and access approvals usually stay with the internal side.`,
  'coverage-24x7': ({ row, owners }) =>
    owners.length === 0
      ? `'${row}' needs 24/7 cover, but no party owns it.`
      : owners.length === 1
        ? `'${row}' needs 24/7 cover, but its owner, ${owners[0]}, does not work to an always-open calendar.`
        : `'${row}' needs 24/7 cover, but none of its owners (${listNames(owners)}) works to an always-open calendar.`,
  'too-many-joint-rows': ({ count, total, maxRows, maxShare }) =>
    `${count} of ${total} rows are joint (the limit is ${maxRows} rows or ${percent(maxShare)}): work both sides own tends to be owned by neither.`,
  'single-point-of-failure': ({ party, rows, letter }) =>
    `${party} is the only ${holders(letter, 1)} in ${rows} rows: one absence stalls them all.`,
  'overloaded-party': ({ party, rows, total, letter }) =>
    `${party} is ${letter} in ${rows} of ${total} rows (${percent(rows / total)}): check it can carry that load.`,
  'empty-party': ({ party }) => `${party} holds no letters in any row.`,
  'empty-category': ({ category }) => `Category '${category}' has no rows.`,
  fixes: {
    giveLetter: ({ party, letter }) => `Make ${party} ${complement(letter)}`,
    keepLetter: ({ party, letter }) => `Keep ${party} ${complement(letter)}`,
    makeDecider: ({ party }) => `Let ${party} decide`,
    makeSoleOwner: ({ party }) => `Make ${party} the one clear owner`,
    moveLetter: ({ from, to, letter }) => `Move ${letter} from ${from} to ${to}`,
    leaveLetterWith: ({ party, keeper, letter }) =>
      `Leave ${letter} with ${keeper} only (take it from ${party})`,
    giveAfterHoursCover: ({ party, letter }) => `Make ${party} ${complement(letter)} after hours`,
    shareRows: ({ party, with: other, rows, letter }) =>
      `Make ${other} ${complement(letter)} too in the ${rows} rows ${party} carries alone`,
    removeLetters: ({ party, letters }) => `Remove ${listNames(letters)} from ${party}`,
    replaceLetter: ({ party, from, to }) => `Change ${party}'s ${from} to ${to}`,
    removeParty: ({ party }) => `Remove ${party} from the matrix`,
    removeCategory: ({ category }) => `Remove the category '${category}'`,
  },
};

/**
 * The default messages with a host's overrides on top.
 *
 * @example
 * resolveMessages({ 'empty-party': ({ party }) => `${party} is unused.` });
 */
export function resolveMessages(overrides: MessageOverrides | undefined): MatrixMessages {
  if (!overrides) return englishMessages;
  return {
    ...englishMessages,
    ...overrides,
    fixes: { ...englishMessages.fixes, ...overrides.fixes },
  };
}
