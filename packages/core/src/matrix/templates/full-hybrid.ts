import { PARTIES } from './parties';
import { defineTemplate, type MatrixTemplate } from './template';

const lead = PARTIES.internalItLead.id;
const helpdesk = PARTIES.internalHelpdesk.id;
const serviceDesk = PARTIES.mspServiceDesk.id;
const noc = PARTIES.mspNoc.id;
const soc = PARTIES.mspSoc.id;
const engineering = PARTIES.mspEngineering.id;

/**
 * Full hybrid IT management (seed 004, model 4): a long-term shared operating model across
 * support, security, infrastructure and projects, with the finer teams on each side. Internal IT
 * keeps on-site and first-line support, vendors, strategy and approvals; the MSP's service desk,
 * NOC, SOC and engineers take overflow, nights, monitoring, patching, backup and tooling.
 *
 * @example
 * fullHybridTemplate.matrix.parties.map((party) => party.id); // ['internal-it-lead', …, 'msp-engineering']
 */
export const fullHybridTemplate: MatrixTemplate = /* @__PURE__ */ defineTemplate({
  id: 'full-hybrid',
  name: 'Full hybrid IT management',
  description:
    'For growing organisations that want a lasting shared operating model: duties split across ' +
    'support, security, infrastructure and projects between named teams on both sides.',
  source: 'seed 004',
  parties: [
    PARTIES.internalItLead,
    PARTIES.internalHelpdesk,
    PARTIES.mspServiceDesk,
    PARTIES.mspNoc,
    PARTIES.mspSoc,
    PARTIES.mspEngineering,
  ],
  categories: [
    {
      id: 'helpdesk',
      name: 'Helpdesk and support',
      rows: [
        {
          id: 'tier1-helpdesk',
          name: 'Tier 1 helpdesk',
          kind: 'task',
          cells: {
            [lead]: 'A',
            [helpdesk]: 'R',
            [serviceDesk]: { roles: 'R', qualifier: 'overflow' },
          },
        },
        {
          id: 'onsite-support',
          name: 'On-site internal support',
          kind: 'task',
          cells: { [lead]: 'A', [helpdesk]: 'R' },
        },
        {
          id: 'm365-admin',
          name: 'Microsoft 365 administration support',
          kind: 'task',
          cells: { [lead]: 'C', [serviceDesk]: 'RA' },
        },
        {
          id: 'after-hours-escalation',
          name: 'After-hours escalation',
          kind: 'task',
          tags: ['24x7'],
          cells: { [lead]: 'I', [serviceDesk]: 'RA' },
        },
        {
          id: 'onboarding-standards',
          name: 'User onboarding standards',
          kind: 'decision',
          cells: { [lead]: 'RA', [helpdesk]: 'C', [serviceDesk]: 'I' },
        },
      ],
    },
    {
      id: 'security',
      name: 'Security',
      rows: [
        {
          id: 'security-tools',
          name: 'Security tool administration',
          kind: 'task',
          cells: { [lead]: 'I', [soc]: 'RA' },
        },
        {
          id: 'security-monitoring',
          name: 'Security alert monitoring',
          kind: 'task',
          tags: ['24x7'],
          cells: { [lead]: 'I', [soc]: 'RA' },
        },
        {
          id: 'security-policy-approval',
          name: 'Security policy approval',
          kind: 'decision',
          tags: ['security-policy', 'policy-approval'],
          cells: { [lead]: 'RA', [soc]: 'C' },
        },
        {
          id: 'risk-decisions',
          name: 'Risk decisions',
          kind: 'decision',
          tags: ['risk-decision'],
          cells: { [lead]: 'RA', [soc]: 'C' },
        },
        {
          id: 'access-approvals',
          name: 'Access approvals',
          kind: 'decision',
          tags: ['access-approval'],
          cells: { [lead]: 'RA', [helpdesk]: 'I', [serviceDesk]: 'I' },
        },
      ],
    },
    {
      id: 'infrastructure',
      name: 'Infrastructure',
      rows: [
        {
          id: 'monitoring-alerting',
          name: 'Infrastructure monitoring and alerting',
          kind: 'task',
          tags: ['24x7'],
          cells: { [lead]: 'I', [noc]: 'RA' },
        },
        {
          id: 'endpoint-management',
          name: 'Endpoint management',
          kind: 'task',
          cells: { [helpdesk]: 'I', [noc]: 'RA' },
        },
        {
          id: 'patch-management',
          name: 'Patch management',
          kind: 'task',
          cells: { [lead]: 'I', [noc]: 'RA' },
        },
      ],
    },
    {
      id: 'backup-dr',
      name: 'Backup and disaster recovery',
      rows: [
        {
          id: 'backup-monitoring',
          name: 'Backup monitoring',
          kind: 'task',
          cells: { [lead]: 'I', [noc]: 'RA' },
        },
      ],
    },
    {
      id: 'projects',
      name: 'Projects',
      rows: [
        {
          id: 'specialised-projects',
          name: 'Specialised project work',
          kind: 'task',
          // The one joint row: MSP engineers do the work, while the internal lead answers for
          // the outcome because projects change what the business runs on.
          cells: { [lead]: 'A', [engineering]: 'R' },
        },
        {
          id: 'documentation',
          name: 'Documentation support',
          kind: 'task',
          cells: { [lead]: 'C', [engineering]: 'RA' },
        },
      ],
    },
    {
      id: 'vendors',
      name: 'Vendor management',
      rows: [
        {
          id: 'vendor-relationships',
          name: 'Vendor relationships',
          kind: 'task',
          cells: { [lead]: 'RA', [engineering]: 'C' },
        },
      ],
    },
    {
      id: 'strategy',
      name: 'Strategy',
      rows: [
        {
          id: 'strategic-planning',
          name: 'Strategic planning',
          kind: 'decision',
          cells: { [lead]: 'RA', [engineering]: 'C' },
        },
        {
          id: 'business-app-decisions',
          name: 'Business application decisions',
          kind: 'decision',
          cells: { [lead]: 'RA', [engineering]: 'C' },
        },
        {
          id: 'it-priorities',
          name: 'Internal IT priorities',
          kind: 'decision',
          cells: { [lead]: 'RA', [serviceDesk]: 'I', [engineering]: 'I' },
        },
        {
          id: 'executive-communication',
          name: 'Executive communication',
          kind: 'task',
          cells: { [lead]: 'RA' },
        },
      ],
    },
  ],
});
