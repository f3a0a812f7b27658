import { PARTIES } from './parties';
import { defineTemplate, type MatrixTemplate } from './template';

/**
 * Help-desk overflow (seed 004, model 1): the MSP takes routine tickets, the queue internal IT
 * cannot keep up with and everything after hours; internal IT keeps the people, the
 * business-specific work and the approvals.
 *
 * @example
 * rowLane(helpdeskOverflowTemplate.matrix, 'department-requests'); // 'internal' — MSP is overflow
 */
export const helpdeskOverflowTemplate: MatrixTemplate = /* @__PURE__ */ defineTemplate({
  id: 'helpdesk-overflow',
  name: 'Help-desk overflow',
  description:
    'For teams that need quicker ticket response and wider daily cover: the MSP works the ' +
    'routine queue, the overflow and the nights; internal IT keeps business-specific work.',
  source: 'seed 004',
  parties: [PARTIES.internalIt, PARTIES.msp],
  categories: [
    {
      id: 'routine-support',
      name: 'Routine support',
      rows: [
        {
          id: 'password-resets',
          name: 'Password resets',
          kind: 'task',
          cells: { msp: 'RA' },
        },
        {
          id: 'workstation-issues',
          name: 'Workstation and endpoint troubleshooting',
          kind: 'task',
          cells: { msp: 'RA' },
        },
        {
          id: 'm365-support',
          name: 'Microsoft 365 user support',
          kind: 'task',
          cells: { msp: 'RA' },
        },
        {
          id: 'ticket-triage',
          name: 'Ticket triage and routing',
          description: 'First look at every new ticket: solve it, or route it to the right side.',
          kind: 'task',
          cells: { msp: 'RA' },
        },
        {
          id: 'system-alerts',
          name: 'Monitoring and backup alert tickets',
          kind: 'task',
          cells: { msp: 'RA' },
        },
      ],
    },
    {
      id: 'business-support',
      name: 'Business-specific support',
      rows: [
        {
          id: 'vip-support',
          name: 'VIP and executive support',
          kind: 'task',
          cells: { 'internal-it': 'RA' },
        },
        {
          id: 'business-apps',
          name: 'Business-critical application issues',
          kind: 'task',
          cells: { 'internal-it': 'RA' },
        },
        {
          id: 'onsite-support',
          name: 'On-site support',
          kind: 'task',
          cells: { 'internal-it': 'RA' },
        },
        {
          id: 'department-requests',
          name: 'Department-specific requests',
          kind: 'task',
          cells: { 'internal-it': 'RA', msp: { roles: 'R', qualifier: 'overflow' } },
        },
        {
          id: 'sensitive-issues',
          name: 'Strategic or politically sensitive issues',
          kind: 'task',
          cells: { 'internal-it': 'RA' },
        },
      ],
    },
    {
      id: 'after-hours',
      name: 'After hours',
      rows: [
        {
          id: 'after-hours-issues',
          name: 'After-hours user issues',
          kind: 'task',
          tags: ['24x7'],
          cells: { 'internal-it': 'I', msp: 'RA' },
        },
      ],
    },
    {
      id: 'governance',
      name: 'Priorities and approvals',
      rows: [
        {
          id: 'support-priorities',
          name: 'Support priorities and routing rules',
          description: 'Which tickets go to which side, and what comes first.',
          kind: 'decision',
          cells: { 'internal-it': 'RA', msp: 'C' },
        },
        {
          id: 'request-approvals',
          name: 'Approval of access and exception requests',
          description: 'Tickets that need a business approval come back to internal IT.',
          kind: 'decision',
          tags: ['access-approval'],
          cells: { 'internal-it': 'RA', msp: 'I' },
        },
      ],
    },
  ],
});
