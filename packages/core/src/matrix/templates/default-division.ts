import { PARTIES } from './parties';
import { defineTemplate, type MatrixTemplate } from './template';

const it = PARTIES.internalIt.id;
const msp = PARTIES.msp.id;

/**
 * The default division of work (seed 003): internal IT keeps end-user support, business
 * applications, vendors, budgets and the policy layer; the 24/7 MSP takes monitoring, patching,
 * scanning, backup checks, the security tooling and after-hours cover. Four rows are shared, as
 * the seed shares them: incident response, cloud migration, DR testing and capacity planning.
 *
 * @example
 * rowLane(defaultDivisionTemplate.matrix, 'dr-testing'); // 'joint'
 */
export const defaultDivisionTemplate: MatrixTemplate = /* @__PURE__ */ defineTemplate({
  id: 'default-division',
  name: 'Default division',
  description:
    'A common starting split: internal IT owns users, applications, vendors, budget and policy; ' +
    'the MSP owns monitoring, patching, security tooling and nights; four functions are shared.',
  source: 'seed 003',
  parties: [PARTIES.internalIt, PARTIES.msp],
  categories: [
    {
      id: 'helpdesk',
      name: 'Helpdesk and support',
      rows: [
        {
          id: 'tier1-support',
          name: 'Tier 1 end-user support',
          kind: 'task',
          cells: { [it]: { roles: 'RA', qualifier: 'business-hours' } },
        },
        {
          id: 'engineering-escalations',
          name: 'Tickets escalated to MSP engineering',
          description: 'Tier 1 tickets still open when the agreed SLA threshold passes.',
          kind: 'task',
          cells: { [it]: 'I', [msp]: 'RA' },
        },
        {
          id: 'after-hours-support',
          name: 'After-hours, weekend and holiday support',
          kind: 'task',
          tags: ['24x7'],
          cells: { [it]: 'I', [msp]: 'RA' },
        },
      ],
    },
    {
      id: 'applications',
      name: 'Business applications',
      rows: [
        {
          id: 'business-app-config',
          name: 'Business application configuration',
          kind: 'task',
          cells: { [it]: 'RA' },
        },
      ],
    },
    {
      id: 'security',
      name: 'Security',
      rows: [
        {
          id: 'vulnerability-scanning',
          name: 'Vulnerability scanning',
          kind: 'task',
          cells: { [it]: 'I', [msp]: 'RA' },
        },
        {
          id: 'threat-detection',
          name: 'Threat detection (EDR and SIEM)',
          kind: 'task',
          tags: ['24x7'],
          cells: { [it]: 'I', [msp]: 'RA' },
        },
        {
          id: 'incident-response',
          name: 'Security incident response',
          kind: 'task',
          tags: ['24x7'],
          // Shared in the seed. The MSP is Accountable: an incident needs one commander at any
          // hour, and the MSP is the side on call with the playbooks; internal IT brings context.
          cells: { [it]: 'R', [msp]: 'RA' },
        },
        {
          id: 'security-policy',
          name: 'Security policy and enforcement',
          kind: 'decision',
          tags: ['security-policy', 'policy-approval'],
          cells: { [it]: 'RA', [msp]: 'C' },
        },
        {
          id: 'access-approvals',
          name: 'Access control approvals',
          kind: 'decision',
          tags: ['access-approval'],
          cells: { [it]: 'RA', [msp]: 'I' },
        },
      ],
    },
    {
      id: 'infrastructure',
      name: 'Infrastructure',
      rows: [
        {
          id: 'infrastructure-monitoring',
          name: 'Network and infrastructure monitoring',
          kind: 'task',
          tags: ['24x7'],
          cells: { [it]: 'I', [msp]: 'RA' },
        },
        {
          id: 'patch-management',
          name: 'Patch management',
          kind: 'task',
          cells: { [it]: 'I', [msp]: 'RA' },
        },
        {
          id: 'capacity-planning',
          name: 'Capacity planning',
          kind: 'task',
          // Shared in the seed. Internal IT is Accountable: capacity follows the business's
          // growth plans, which the MSP's usage data informs but does not set.
          cells: { [it]: 'RA', [msp]: 'R' },
        },
        {
          id: 'change-approval',
          name: 'Change approval',
          kind: 'decision',
          cells: { [it]: 'RA', [msp]: 'C' },
        },
      ],
    },
    {
      id: 'backup-dr',
      name: 'Backup and disaster recovery',
      rows: [
        {
          id: 'backup-verification',
          name: 'Backup verification',
          kind: 'task',
          cells: { [it]: 'I', [msp]: 'RA' },
        },
        {
          id: 'recovery-objectives',
          name: 'Recovery objectives (RTO and RPO) per system',
          kind: 'decision',
          cells: { [it]: 'RA', [msp]: 'C' },
        },
        {
          id: 'dr-testing',
          name: 'Disaster recovery testing',
          description: 'Recovery drills run together, quarterly by default.',
          kind: 'task',
          // Shared in the seed. Internal IT is Accountable: it set the recovery objectives and
          // judges whether a drill met them; the MSP runs the technical recovery.
          cells: { [it]: 'RA', [msp]: 'R' },
        },
      ],
    },
    {
      id: 'projects',
      name: 'Projects',
      rows: [
        {
          id: 'cloud-migration',
          name: 'Cloud migration projects',
          kind: 'task',
          // Shared in the seed. Internal IT is Accountable: it keeps the application-level
          // decisions the migration serves; the MSP engineers the move.
          cells: { [it]: 'RA', [msp]: 'R' },
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
          cells: { [it]: 'RA' },
        },
      ],
    },
    {
      id: 'compliance',
      name: 'Compliance',
      rows: [
        {
          id: 'compliance-policy',
          name: 'Compliance policies and business-side decisions',
          kind: 'decision',
          tags: ['compliance'],
          cells: { [it]: 'RA', [msp]: 'C' },
        },
        {
          id: 'compliance-controls',
          name: 'Technical controls and audit logs',
          kind: 'task',
          tags: ['compliance'],
          cells: { [it]: 'I', [msp]: 'RA' },
        },
      ],
    },
    {
      id: 'strategy',
      name: 'Strategy',
      rows: [
        {
          id: 'budget',
          name: 'IT budget',
          kind: 'decision',
          cells: { [it]: 'RA' },
        },
      ],
    },
  ],
});
