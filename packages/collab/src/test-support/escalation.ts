import type { EscalationPolicy, Routing } from '@tandem/core/escalation';

/** A small three-step policy both sides of the tests start from. */
export const policy: EscalationPolicy = {
  id: 'standard',
  name: 'Standard escalation',
  startStepId: 't1',
  steps: [
    { id: 't1', name: 'Internal tier 1', action: 'assign', targets: [{ partyId: 'it', tier: 1 }] },
    { id: 'noc', name: 'MSP NOC', action: 'assign', targets: [{ partyId: 'msp', tier: 2 }] },
    {
      id: 'both',
      name: 'Notify both teams',
      action: 'notify',
      targets: [{ partyId: 'it' }, { partyId: 'msp' }],
      terminal: true,
    },
  ],
  transitions: [
    { id: 'to-noc', from: 't1', to: 'noc', trigger: { kind: 'not-resolved', minutes: 60 } },
    {
      id: 'to-both',
      from: 'noc',
      to: 'both',
      trigger: { kind: 'sla', target: 'resolution', percent: 75 },
    },
  ],
};

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
