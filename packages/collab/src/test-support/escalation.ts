import type { EscalationPolicy, Routing } from '@tandem/core/escalation';
import { commonRouting, standardPolicy } from '@tandem/fixtures';

/**
 * The small three-step policy both sides of the tests start from: the fixtures' standard policy
 * (tier 1, then the MSP's engineers, then both teams), one copy for every package.
 */
export const policy: EscalationPolicy = standardPolicy;

const [vip, security] = commonRouting.rules;

/**
 * A routing table in the common split, cut to three rules for the merge tests: the fixtures'
 * VIP and security rules (security naming its policy) and a Microsoft 365 rule to the MSP.
 */
export const routing: Routing = {
  rules: [
    vip,
    { ...security, queue: { ...security.queue, policyId: 'standard' } },
    {
      id: 'm365',
      name: 'Microsoft 365',
      when: { categoryIds: ['m365'] },
      queue: { partyId: 'msp', tier: 1 },
    },
  ],
  default: commonRouting.default,
};
