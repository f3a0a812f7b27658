import type { PsaMatrix, PsaSlaPolicy, PsaTicket } from '../api/schemas';

// Demo data: a 75-person business with one internal IT person and a co-managed MSP, the split
// most small co-managed engagements start from.

type Cell = PsaMatrix['cells'][number];
const internal = 'internal-it';
const msp = 'msp';

function row(
  id: string,
  name: string,
  categoryId: string,
  internalCell: Omit<Cell, 'rowId' | 'partyId'> | null,
  mspCell: Omit<Cell, 'rowId' | 'partyId'> | null,
) {
  const cells: Cell[] = [];
  if (internalCell) cells.push({ rowId: id, partyId: internal, ...internalCell });
  if (mspCell) cells.push({ rowId: id, partyId: msp, ...mspCell });
  return { row: { id, name, categoryId, kind: 'task' as const }, cells };
}

const owner = { roles: ['R', 'A'] as Cell['roles'] };
const joint = { roles: ['R'] as Cell['roles'] };

const table = [
  row('tier1', 'Tier 1 helpdesk (passwords, printers, basic Windows)', 'helpdesk', owner, {
    roles: ['R'],
    qualifier: 'overflow',
  }),
  row('onsite', 'On-site visits and hands-on hardware', 'helpdesk', owner, {
    roles: ['R'],
    qualifier: 'when-unavailable',
  }),
  row('onboarding', 'User onboarding and offboarding', 'helpdesk', owner, null),
  row('after-hours', 'After-hours emergency response', 'helpdesk', null, owner),
  row('siem', 'Security monitoring and SIEM', 'security', { roles: ['I'] }, owner),
  row('edr', 'EDR management and response', 'security', { roles: ['I'] }, owner),
  row('email-security', 'Email security platform', 'security', null, owner),
  row('patch-servers', 'Patch management for servers', 'infrastructure', { roles: ['C'] }, owner),
  row('patch-workstations', 'Patch management for workstations', 'infrastructure', joint, {
    roles: ['R', 'A'],
  }),
  row('backup', 'Backup management and testing', 'backup', { roles: ['I'] }, owner),
  row('vendors', 'Vendor management and contracts', 'vendors', { roles: ['C'] }, owner),
  row('compliance-docs', 'Compliance documentation', 'compliance', { roles: ['A'] }, joint),
  row('vcio', 'IT strategy (vCIO)', 'strategy', { roles: ['A'] }, joint),
  row('projects', 'Major projects (migrations, deployments)', 'projects', joint, owner),
];

export const demoMatrix: PsaMatrix = {
  id: 'contoso-2026-q4',
  name: 'Contoso — co-managed IT responsibilities',
  parties: [
    { id: internal, name: 'Internal IT', side: 'internal' },
    { id: msp, name: 'Northwind MSP', side: 'provider' },
  ],
  categories: [
    { id: 'helpdesk', name: 'Helpdesk' },
    { id: 'security', name: 'Security' },
    { id: 'infrastructure', name: 'Infrastructure' },
    { id: 'backup', name: 'Backup and DR' },
    { id: 'vendors', name: 'Vendor management' },
    { id: 'compliance', name: 'Compliance' },
    { id: 'strategy', name: 'Strategy' },
    { id: 'projects', name: 'Projects' },
  ],
  rows: table.map((entry) => entry.row),
  cells: table.flatMap((entry) => entry.cells),
};

export const demoTickets: PsaTicket[] = [
  {
    id: 'T-1042',
    summary: 'CFO cannot open the payroll application',
    category: 'Business application',
    priority: 'P1',
    status: 'in-progress',
    openedAt: '2026-11-24T14:05:00Z',
    assignedTo: internal,
    vip: true,
  },
  {
    id: 'T-1043',
    summary: 'Password reset for a warehouse user',
    category: 'Password reset',
    priority: 'P4',
    status: 'new',
    openedAt: '2026-11-24T15:30:00Z',
    assignedTo: msp,
    vip: false,
  },
  {
    id: 'T-1044',
    summary: 'EDR alert: suspicious PowerShell on a laptop',
    category: 'Security event',
    priority: 'P1',
    status: 'in-progress',
    openedAt: '2026-11-24T22:12:00Z',
    assignedTo: msp,
    vip: false,
  },
  {
    id: 'T-1045',
    summary: 'Backup job failed for the file server',
    category: 'Backup alert',
    priority: 'P2',
    status: 'waiting-on-customer',
    openedAt: '2026-11-25T06:40:00Z',
    assignedTo: msp,
    vip: false,
  },
  {
    id: 'T-1046',
    summary: 'New starter needs a laptop on Monday',
    category: 'Onboarding',
    priority: 'P3',
    status: 'new',
    openedAt: '2026-11-25T08:15:00Z',
    assignedTo: internal,
    vip: false,
  },
];

export const demoSlaPolicies: PsaSlaPolicy[] = [
  { id: 'p1', priority: 'P1', responseMinutes: 15, resolutionMinutes: 240, calendar: '24x7' },
  {
    id: 'p2',
    priority: 'P2',
    responseMinutes: 60,
    resolutionMinutes: 480,
    calendar: 'business-hours',
  },
  {
    id: 'p3',
    priority: 'P3',
    responseMinutes: 240,
    resolutionMinutes: 1440,
    calendar: 'business-hours',
  },
  {
    id: 'p4',
    priority: 'P4',
    responseMinutes: 480,
    resolutionMinutes: 2880,
    calendar: 'business-hours',
  },
];
