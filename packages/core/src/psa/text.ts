/**
 * A PSA's text as an id of a ticket history (at most 200 characters): a longer name is cut,
 * never rejected.
 *
 * @example
 * eventId('Waiting Customer'); // 'Waiting Customer'
 */
export const eventId = (text: string): string => text.slice(0, 200);

/**
 * A text shortened for a message (80 characters at most).
 *
 * @example
 * clip('a'.repeat(100)).length; // 78
 */
export const clip = (text: string): string => (text.length > 80 ? `${text.slice(0, 77)}…` : text);
