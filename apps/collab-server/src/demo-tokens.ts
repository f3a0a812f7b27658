import type { RoomAccess } from '@tandem/collab/server';

// The demo's people and their tokens. A real host looks tokens up in its own identity store;
// the shape stays the same: a token names one customer (it opens only that customer's rooms), the
// matrix party the person works for, and whether that party may write.

/** One demo token: whose it is, which customer's rooms it opens, and what it may do there. */
export interface DemoGrant extends RoomAccess {
  readonly name: string;
  /** The customer whose rooms the token opens: rooms are named `customer/document`. */
  readonly customer: string;
}

/**
 * The demo's tokens: Dana on Contoso's internal IT team and Sam at Northwind MSP both write,
 * the auditor only reads, and Fabrikam's token opens Fabrikam's rooms and nobody else's.
 *
 * @example
 * demoTokens['demo-sam']?.partyId; // 'msp-desk'
 */
export const demoTokens: Readonly<Record<string, DemoGrant>> = {
  'demo-dana': {
    customer: 'contoso',
    partyId: 'internal-it',
    name: 'Dana Whitfield (Contoso IT)',
  },
  'demo-sam': {
    customer: 'contoso',
    partyId: 'msp-desk',
    name: 'Sam Okafor (Northwind MSP)',
  },
  'demo-auditor': {
    customer: 'contoso',
    partyId: 'leadership',
    name: 'Avery Stone (Contoso audit, read-only)',
    readOnly: true,
  },
  'demo-fabrikam': {
    customer: 'fabrikam',
    partyId: 'internal-it',
    name: 'Lee Park (Fabrikam IT)',
  },
};

/**
 * Checks a token against a token table for a room: the access it grants, or an error saying
 * why not (which reaches the server's log through `onRefused`).
 *
 * @example
 * const server = await startCollabServer({ authenticate: tokenAuthenticator(demoTokens) });
 */
export function tokenAuthenticator(tokens: Readonly<Record<string, DemoGrant>>) {
  return (token: string, room: string): RoomAccess => {
    const grant = Object.hasOwn(tokens, token) ? tokens[token] : undefined;
    if (!grant) throw new Error('unknown token');
    if (!room.startsWith(`${grant.customer}/`))
      throw new Error(
        `the token of ${grant.name} opens ${grant.customer}'s rooms only, not "${room}"`,
      );
    return {
      partyId: grant.partyId,
      name: grant.name,
      ...(grant.readOnly === undefined ? {} : { readOnly: grant.readOnly }),
    };
  };
}
