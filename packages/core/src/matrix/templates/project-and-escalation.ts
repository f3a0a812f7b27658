import { PARTIES } from './parties';
import { defineTemplate, type MatrixTemplate } from './template';

/**
 * Project and escalation support (seed 004, model 3): internal IT runs the day to day and steers
 * every initiative; MSP engineers deliver the specialist-heavy projects and step in on hard
 * tickets or extra hands when internal bandwidth runs out.
 *
 * @example
 * rowLane(projectAndEscalationTemplate.matrix, 'technical-escalations'); // 'internal'
 */
export const projectAndEscalationTemplate: MatrixTemplate = /* @__PURE__ */ defineTemplate({
  id: 'project-and-escalation',
  name: 'Project and escalation support',
  description:
    'For teams that cope day to day but are swamped by big initiatives: MSP engineers take the ' +
    'specialist projects and back up escalations; internal IT sets priorities and signs off.',
  source: 'seed 004',
  // The seed says nothing about night cover in this model, so the MSP has no calendar.
  parties: [PARTIES.internalIt, PARTIES.mspEngineering],
  categories: [
    {
      id: 'support',
      name: 'Day-to-day support',
      rows: [
        {
          id: 'daily-support',
          name: 'Day-to-day user support',
          kind: 'task',
          cells: { 'internal-it': 'RA' },
        },
        {
          id: 'technical-escalations',
          name: 'Senior technical escalations',
          description: 'Tickets that need more time or a deeper specialist than the team has.',
          kind: 'task',
          cells: {
            'internal-it': 'RA',
            'msp-engineering': {
              roles: 'R',
              qualifier: 'overflow',
              note: 'Also when the ticket needs a specialist skill.',
            },
          },
        },
      ],
    },
    {
      id: 'projects',
      name: 'Projects',
      rows: [
        {
          id: 'cloud-migrations',
          name: 'Microsoft 365 and cloud migrations',
          kind: 'task',
          cells: { 'internal-it': 'C', 'msp-engineering': 'RA' },
        },
        {
          id: 'security-projects',
          name: 'Security and identity projects',
          kind: 'task',
          cells: { 'internal-it': 'C', 'msp-engineering': 'RA' },
        },
        {
          id: 'infrastructure-upgrades',
          name: 'Firewall and backup upgrades',
          kind: 'task',
          cells: { 'internal-it': 'C', 'msp-engineering': 'RA' },
        },
        {
          id: 'office-expansions',
          name: 'Office expansions',
          kind: 'task',
          cells: { 'internal-it': 'RA', 'msp-engineering': { roles: 'R', qualifier: 'overflow' } },
        },
        {
          id: 'hardware-refresh',
          name: 'Hardware refresh planning',
          kind: 'task',
          cells: { 'internal-it': 'RA', 'msp-engineering': 'C' },
        },
        {
          id: 'cleanup-projects',
          name: 'SharePoint and documentation clean-up',
          kind: 'task',
          cells: { 'internal-it': 'RA', 'msp-engineering': { roles: 'R', qualifier: 'overflow' } },
        },
      ],
    },
    {
      id: 'governance',
      name: 'Project governance',
      rows: [
        {
          id: 'project-priorities',
          name: 'Project priorities and sequencing',
          kind: 'decision',
          cells: { 'internal-it': 'RA', 'msp-engineering': 'C' },
        },
        {
          id: 'project-acceptance',
          name: 'Project sign-off',
          description: 'Whether delivered work fits the business and can go live.',
          kind: 'decision',
          cells: { 'internal-it': 'RA', 'msp-engineering': 'I' },
        },
      ],
    },
  ],
});
