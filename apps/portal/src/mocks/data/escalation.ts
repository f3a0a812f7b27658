// The escalation policy and routing table, as JSON (read with `parsePolicy` / `parseRouting`).

export const routingJson = {
  rules: [
    {
      id: 'vip',
      name: 'VIP users',
      when: { vip: true },
      queue: { partyId: 'internal-it', tier: 1 },
    },
    {
      id: 'security',
      name: 'Critical security events',
      when: { sources: ['security'] },
      queue: { partyId: 'msp-noc', tier: 1 },
    },
    {
      id: 'after-hours',
      name: 'After hours',
      when: { hours: { calendarId: 'office', open: false } },
      queue: { partyId: 'msp-noc', tier: 1 },
    },
    {
      id: 'monitoring',
      name: 'Monitoring and backup alerts',
      when: { sources: ['monitoring', 'backup'] },
      queue: { partyId: 'msp-noc', tier: 1 },
    },
    {
      id: 'onsite',
      name: 'On-site and hardware',
      when: { categoryIds: ['helpdesk'], priorities: ['P1', 'P2'] },
      queue: { partyId: 'internal-it', tier: 1 },
    },
  ],
  default: { partyId: 'msp-desk', tier: 1 },
};

export const policyJson = {
  id: 'standard',
  name: 'Tier 1 → Northwind engineering',
  startStepId: 't1',
  steps: [
    {
      id: 't1',
      name: 'Tier 1 desk',
      action: 'assign',
      targets: [{ partyId: 'msp-desk', tier: 1 }],
    },
    {
      id: 'eng',
      name: 'Northwind engineering',
      action: 'assign',
      targets: [{ partyId: 'msp-noc', tier: 2 }],
    },
    {
      id: 'both',
      name: 'Notify both teams',
      action: 'notify',
      targets: [
        { partyId: 'internal-it', tier: 2 },
        { partyId: 'msp-noc', tier: 2 },
      ],
      terminal: true,
    },
  ],
  transitions: [
    {
      id: 'up',
      from: 't1',
      to: 'eng',
      trigger: { kind: 'sla', target: 'response', percent: 75 },
    },
    {
      id: 'late',
      from: 'eng',
      to: 'both',
      trigger: { kind: 'sla', target: 'resolution', percent: 75 },
    },
  ],
};
