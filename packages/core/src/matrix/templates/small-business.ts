import { PARTIES } from './parties';
import { defineTemplate, type MatrixTemplate } from './template';

/**
 * Fourteen IT functions for a business of about 75 people with a single internal IT person and a
 * co-managing MSP that also answers emergencies around the clock (seed 001). The internal person
 * keeps first-line support and people-facing work; the MSP runs security, servers, backup,
 * vendors, compliance paperwork and vCIO strategy; workstation patching and big projects are
 * shared.
 *
 * @example
 * rowLane(smallBusinessTemplate.matrix, 'tier1-helpdesk'); // 'internal' — the MSP only takes overflow
 */
export const smallBusinessTemplate: MatrixTemplate = /* @__PURE__ */ defineTemplate({
  id: 'small-business-one-it',
  name: 'Small business with one IT person',
  description:
    'About 75 staff, one internal IT generalist and an MSP on call 24/7: fourteen functions, ' +
    'each owned by one side, with two shared on purpose.',
  source: 'seed 001',
  parties: [PARTIES.internalIt, PARTIES.msp],
  categories: [
    {
      id: 'helpdesk',
      name: 'Helpdesk and support',
      rows: [
        {
          id: 'tier1-helpdesk',
          name: 'Tier 1 helpdesk',
          description: 'Password resets, printer trouble and everyday Windows questions.',
          kind: 'task',
          cells: { 'internal-it': 'RA', msp: { roles: 'R', qualifier: 'overflow' } },
        },
        {
          id: 'onsite-hardware',
          name: 'On-site visits and hands-on hardware',
          kind: 'task',
          cells: { 'internal-it': 'RA', msp: { roles: 'R', qualifier: 'when-unavailable' } },
        },
        {
          id: 'user-lifecycle',
          name: 'User onboarding and offboarding',
          kind: 'task',
          cells: { 'internal-it': 'RA' },
        },
        {
          id: 'after-hours-emergency',
          name: 'After-hours emergency response',
          kind: 'task',
          tags: ['24x7'],
          // Informed: the one internal person must know in the morning what broke overnight.
          cells: { 'internal-it': 'I', msp: 'RA' },
        },
      ],
    },
    {
      id: 'security',
      name: 'Security',
      rows: [
        {
          id: 'security-monitoring',
          name: 'Security monitoring and SIEM',
          kind: 'task',
          tags: ['24x7'],
          cells: { msp: 'RA' },
        },
        {
          id: 'edr',
          name: 'Endpoint detection and response',
          description: 'Running the EDR platform and acting on what it detects.',
          kind: 'task',
          tags: ['24x7'],
          cells: { msp: 'RA' },
        },
        {
          id: 'email-security',
          name: 'Email security platform',
          kind: 'task',
          cells: { msp: 'RA' },
        },
      ],
    },
    {
      id: 'infrastructure',
      name: 'Infrastructure',
      rows: [
        {
          id: 'server-patching',
          name: 'Server patching',
          kind: 'task',
          cells: { msp: 'RA' },
        },
        {
          id: 'workstation-patching',
          name: 'Workstation patching',
          description:
            'Shared: the MSP runs the patch tooling; the internal person handles the machines ' +
            'that need hands-on attention.',
          kind: 'task',
          // Joint in the seed. The MSP is Accountable because it already owns the patch tooling
          // and server patching, so one party answers for the whole fleet's patch status.
          cells: { 'internal-it': 'R', msp: 'RA' },
        },
      ],
    },
    {
      id: 'backup-dr',
      name: 'Backup and disaster recovery',
      rows: [
        {
          id: 'backup',
          name: 'Backup management and restore testing',
          kind: 'task',
          cells: { msp: 'RA' },
        },
      ],
    },
    {
      id: 'vendors',
      name: 'Vendor management',
      rows: [
        {
          id: 'vendor-contracts',
          name: 'Vendor management and contracts',
          kind: 'task',
          cells: { msp: 'RA' },
        },
      ],
    },
    {
      id: 'compliance',
      name: 'Compliance',
      rows: [
        {
          id: 'compliance-documentation',
          name: 'Compliance documentation',
          kind: 'task',
          tags: ['compliance'],
          cells: { msp: 'RA' },
        },
      ],
    },
    {
      id: 'strategy',
      name: 'Strategy',
      rows: [
        {
          id: 'it-strategy',
          name: 'IT strategy (vCIO)',
          kind: 'task',
          // Consulted: a strategy for the business cannot be written without its one IT person.
          cells: { 'internal-it': 'C', msp: 'RA' },
        },
      ],
    },
    {
      id: 'projects',
      name: 'Projects',
      rows: [
        {
          id: 'major-projects',
          name: 'Major projects',
          description: 'Migrations and deployments, staffed by both sides.',
          kind: 'task',
          // Joint in the seed. Internal IT is Accountable: it lives with the result every day and
          // sets the business's priorities; the MSP adds the hands and specialist depth.
          cells: { 'internal-it': 'RA', msp: 'R' },
        },
      ],
    },
  ],
});
