import { PARTIES } from './parties';
import { defineTemplate, type MatrixTemplate } from './template';

const lead = PARTIES.internalItLead.id;
const msp = PARTIES.msp.id;
const leadership = PARTIES.leadership.id;

/**
 * Strategy stays internal, operations go to the MSP (seed 000). The MSP runs the operational
 * baseline and acts freely inside it; the internal IT lead makes every call that needs business
 * knowledge — what to replace, how strict a policy is, whether a flagged threat is real — and
 * translates the MSP's findings for leadership.
 *
 * @example
 * strategicOperationalTemplate.matrix.rows.filter((row) => row.kind === 'decision').length; // 8
 */
export const strategicOperationalTemplate: MatrixTemplate = /* @__PURE__ */ defineTemplate({
  id: 'strategic-operational',
  name: 'Strategic internal, operational MSP',
  description:
    'The internal IT lead owns strategy and every decision that needs business context; the MSP ' +
    'owns day-to-day operations and escalates when something leaves its agreed scope.',
  source: 'seed 000',
  // The seed hands monitoring and alerting to the MSP; a monitor that sleeps at night is no
  // monitor, so the MSP works to the 24x7 calendar.
  parties: [PARTIES.internalItLead, PARTIES.msp, PARTIES.leadership],
  categories: [
    {
      id: 'helpdesk',
      name: 'Helpdesk and support',
      rows: [
        {
          id: 'helpdesk-tiers',
          name: 'Helpdesk, tiers 1 and 2',
          kind: 'task',
          cells: { [lead]: 'I', [msp]: 'RA' },
        },
        {
          id: 'escalations',
          name: 'Escalations beyond the MSP’s scope',
          description: 'Issues that exceed the agreed boundaries or carry strategic weight.',
          kind: 'task',
          cells: { [lead]: 'RA', [msp]: 'C' },
        },
      ],
    },
    {
      id: 'security',
      name: 'Security',
      rows: [
        {
          id: 'security-monitoring',
          name: 'Basic security monitoring',
          kind: 'task',
          tags: ['24x7'],
          cells: { [lead]: 'I', [msp]: 'RA' },
        },
        {
          id: 'threat-decisions',
          name: 'Action on suspicious activity',
          description: 'Whether an escalated detection is a real threat, and what to do about it.',
          kind: 'decision',
          tags: ['risk-decision'],
          cells: { [lead]: 'RA', [msp]: 'C' },
        },
        {
          id: 'mfa-policy',
          name: 'MFA policy: strictness and exceptions',
          kind: 'decision',
          tags: ['security-policy', 'policy-approval'],
          cells: { [lead]: 'RA', [msp]: 'C' },
        },
        {
          id: 'mfa-rollout',
          name: 'MFA deployment, testing and first-line user help',
          kind: 'task',
          cells: { [lead]: 'C', [msp]: 'RA' },
        },
      ],
    },
    {
      id: 'infrastructure',
      name: 'Infrastructure',
      rows: [
        {
          id: 'monitoring-alerting',
          name: 'Monitoring and alerting',
          kind: 'task',
          tags: ['24x7'],
          cells: { [lead]: 'I', [msp]: 'RA' },
        },
        {
          id: 'patch-management',
          name: 'Patch deployment',
          kind: 'task',
          // Consulted, not just informed: the seed names patching without asking internal IT as
          // a sign of a failing relationship.
          cells: { [lead]: 'C', [msp]: 'RA' },
        },
        {
          id: 'infrastructure-maintenance',
          name: 'Infrastructure maintenance',
          kind: 'task',
          cells: { [lead]: 'I', [msp]: 'RA' },
        },
        {
          id: 'infrastructure-replacement',
          name: 'Replacement of end-of-life infrastructure',
          kind: 'decision',
          cells: { [lead]: 'RA', [msp]: 'C' },
        },
        {
          id: 'hardware-purchasing',
          name: 'Hardware purchases',
          kind: 'decision',
          cells: { [lead]: 'RA', [msp]: 'C' },
        },
      ],
    },
    {
      id: 'backup-dr',
      name: 'Backup and disaster recovery',
      rows: [
        {
          id: 'backup-verification',
          name: 'Backup and DR verification',
          kind: 'task',
          cells: { [lead]: 'I', [msp]: 'RA' },
        },
        {
          id: 'backup-platform',
          name: 'Backup platform and storage changes',
          description: 'When to upgrade backup storage, and whether to move backup to the cloud.',
          kind: 'decision',
          // Consulted: the seed warns against deciding on backup without the team that runs it.
          cells: { [lead]: 'RA', [msp]: 'C' },
        },
        {
          id: 'dr-test-frequency',
          name: 'DR test frequency',
          kind: 'decision',
          cells: { [lead]: 'RA', [msp]: 'C' },
        },
      ],
    },
    {
      id: 'vendors',
      name: 'Vendor management',
      rows: [
        {
          id: 'vendor-management',
          name: 'Vendor management for MSP-run systems',
          kind: 'task',
          cells: { [lead]: 'I', [msp]: 'RA' },
        },
      ],
    },
    {
      id: 'compliance',
      name: 'Compliance',
      rows: [
        {
          id: 'compliance-approach',
          name: 'How compliance requirements are met',
          description:
            'One owner for each requirement: the internal lead, with the MSP supporting.',
          kind: 'decision',
          tags: ['compliance'],
          cells: { [lead]: 'RA', [msp]: 'C' },
        },
        {
          id: 'compliance-work',
          name: 'Compliance work and findings',
          kind: 'task',
          tags: ['compliance'],
          cells: { [lead]: 'I', [msp]: 'RA' },
        },
      ],
    },
    {
      id: 'strategy',
      name: 'Strategy',
      rows: [
        {
          id: 'it-strategy',
          name: 'IT strategy and roadmap',
          kind: 'decision',
          // Leadership is consulted: strategy rests on revenue, growth plans and obligations.
          cells: { [lead]: 'RA', [msp]: 'C', [leadership]: 'C' },
        },
        {
          id: 'leadership-briefings',
          name: 'Briefing leadership in business terms',
          kind: 'task',
          cells: { [lead]: 'RA', [msp]: 'C', [leadership]: 'I' },
        },
      ],
    },
  ],
});
