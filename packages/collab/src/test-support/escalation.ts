import type { Routing } from '@tandem/core/escalation';

/**
 * The small three-step policy both sides of the tests start from: the core's escalation
 * fixture (tier 1, then the MSP's engineers, then both teams), one copy for every package.
 */
export { policy } from '../../../core/src/escalation/test-fixtures';

/** A routing table in the common split: VIPs to internal, security and the rest to the MSP. */
export const routing: Routing = {
  rules: [
    { id: 'vip', name: 'VIP users', when: { vip: true }, queue: { partyId: 'it', tier: 1 } },
    {
      id: 'security',
      name: 'Security events',
      when: { sources: ['security'] },
      queue: { partyId: 'msp', tier: 2, policyId: 'standard' },
    },
    {
      id: 'm365',
      name: 'Microsoft 365',
      when: { categoryIds: ['m365'] },
      queue: { partyId: 'msp', tier: 1 },
    },
  ],
  default: { partyId: 'msp', tier: 1 },
};
