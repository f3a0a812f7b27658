import { PARTIES } from './parties';
import { defineTemplate, type MatrixTemplate } from './template';

/**
 * Security and tool support (seed 004, model 2): the MSP runs the security tooling, watching,
 * patching and remediation; internal IT keeps governance — policy, risk, access and the final
 * word on enforcement — and the compliance programme.
 *
 * @example
 * findCell(securityAndToolsTemplate.matrix, 'risk-decisions', 'internal-it')?.roles; // ['R', 'A']
 */
export const securityAndToolsTemplate: MatrixTemplate = /* @__PURE__ */ defineTemplate({
  id: 'security-and-tools',
  name: 'Security and tool support',
  description:
    'For teams that need stronger security execution without hiring specialists: the MSP ' +
    'operates the tools and remediates; internal IT approves, decides on risk and owns compliance.',
  source: 'seed 004',
  // The seed gives the MSP alert monitoring and threat response, which only work around the
  // clock, so the MSP works to the 24x7 calendar.
  parties: [PARTIES.internalIt, PARTIES.msp],
  categories: [
    {
      id: 'security-operations',
      name: 'Security operations',
      rows: [
        {
          id: 'security-tools',
          name: 'Security tool administration',
          kind: 'task',
          cells: { msp: 'RA' },
        },
        {
          id: 'endpoint-protection',
          name: 'Endpoint protection management',
          kind: 'task',
          cells: { msp: 'RA' },
        },
        {
          id: 'threat-monitoring',
          name: 'Alert monitoring, threat detection and response',
          kind: 'task',
          tags: ['24x7'],
          cells: { 'internal-it': 'I', msp: 'RA' },
        },
        {
          id: 'incident-coordination',
          name: 'Incident response coordination',
          kind: 'task',
          tags: ['24x7'],
          cells: { 'internal-it': 'C', msp: 'RA' },
        },
        {
          id: 'm365-security',
          name: 'Microsoft 365 security hardening and conditional access',
          kind: 'task',
          cells: { 'internal-it': 'C', msp: 'RA' },
        },
      ],
    },
    {
      id: 'patching',
      name: 'Patching and remediation',
      rows: [
        {
          id: 'patch-compliance',
          name: 'Patching and patch compliance',
          kind: 'task',
          cells: { 'internal-it': 'I', msp: 'RA' },
        },
        {
          id: 'vulnerability-remediation',
          name: 'Vulnerability remediation',
          description: 'The technical steps that close a finding.',
          kind: 'task',
          cells: { msp: 'RA' },
        },
        {
          id: 'policy-implementation',
          name: 'Technical implementation of approved policies',
          kind: 'task',
          cells: { 'internal-it': 'C', msp: 'RA' },
        },
      ],
    },
    {
      id: 'backup-dr',
      name: 'Backup and disaster recovery',
      rows: [
        {
          id: 'backup-oversight',
          name: 'Backup oversight',
          kind: 'task',
          cells: { msp: 'RA' },
        },
      ],
    },
    {
      id: 'reporting',
      name: 'Reporting and awareness',
      rows: [
        {
          id: 'security-reporting',
          name: 'Security reporting and recommendations',
          kind: 'task',
          cells: { 'internal-it': 'I', msp: 'RA' },
        },
        {
          id: 'security-awareness',
          name: 'Security awareness support',
          kind: 'task',
          cells: { 'internal-it': 'C', msp: 'RA' },
        },
        {
          id: 'executive-communication',
          name: 'Security communication to executives',
          kind: 'task',
          cells: { 'internal-it': 'RA', msp: 'C' },
        },
      ],
    },
    {
      id: 'governance',
      name: 'Security governance',
      rows: [
        {
          id: 'policy-approval',
          name: 'Security policy approval',
          kind: 'decision',
          tags: ['security-policy', 'policy-approval'],
          cells: { 'internal-it': 'RA', msp: 'C' },
        },
        {
          id: 'risk-decisions',
          name: 'Risk decisions',
          description: 'Accepting, reducing or transferring a risk the MSP has reported.',
          kind: 'decision',
          tags: ['risk-decision'],
          cells: { 'internal-it': 'RA', msp: 'C' },
        },
        {
          id: 'access-approvals',
          name: 'Access approvals',
          kind: 'decision',
          tags: ['access-approval'],
          cells: { 'internal-it': 'RA', msp: 'I' },
        },
        {
          id: 'enforcement-authority',
          name: 'Final say on policy enforcement and exceptions',
          kind: 'decision',
          tags: ['security-policy'],
          cells: { 'internal-it': 'RA', msp: 'C' },
        },
      ],
    },
    {
      id: 'compliance',
      name: 'Compliance',
      rows: [
        {
          id: 'compliance-coordination',
          name: 'Compliance coordination',
          kind: 'task',
          tags: ['compliance'],
          cells: { 'internal-it': 'RA', msp: 'C' },
        },
        {
          id: 'compliance-support',
          name: 'Compliance support tasks',
          description: 'Evidence gathering and technical checks handed to internal IT.',
          kind: 'task',
          tags: ['compliance'],
          cells: { 'internal-it': 'I', msp: 'RA' },
        },
      ],
    },
  ],
});
