// Small matrices that each trip one built-in validation rule, for the "Validation rules" page.
// Plain data as a host would store it; the page runs the real validator on each.
import type { Cell, Matrix, Party, Row } from '@tandem/react';

const it: Party = { id: 'it', name: 'Internal IT', side: 'internal', calendarId: 'office' };
const msp: Party = { id: 'msp', name: 'Northwind MSP', side: 'provider', calendarId: 'office' };
const noc: Party = { id: 'noc', name: 'MSP NOC', side: 'provider', calendarId: '24x7' };

type Cells = Record<string, Cell>;
const r = (id: string, name: string, cells: Cells, extra: Partial<Row> = {}): Row => ({
  id,
  name,
  categoryId: 'ops',
  kind: 'task',
  cells,
  ...extra,
});
const matrix = (rows: Row[], parties: Party[] = [it, msp], more: Partial<Matrix> = {}): Matrix => ({
  variant: 'raci',
  parties,
  categories: [{ id: 'ops', name: 'Operations' }],
  rows,
  ...more,
});

export const accountableExactlyOne = matrix([
  r('backup', 'Backup management', { it: { roles: ['A'] }, msp: { roles: ['R', 'A'] } }),
  r('tier1', 'Tier 1 helpdesk', {
    it: { roles: ['R'] },
    msp: { roles: ['R'], qualifier: 'overflow' },
  }),
]);

export const decisionNeedsDecider = matrix([
  r(
    'cloud-backup',
    'Move backup to the cloud',
    { it: { roles: ['C'] }, msp: { roles: ['R'] } },
    { kind: 'decision' },
  ),
]);

export const responsibleRequired = matrix([
  r('renewals', 'Vendor contract renewals', { it: { roles: ['A'] }, msp: { roles: ['C'] } }),
]);

export const variantLetters = matrix([
  r('patching', 'Server patching', { it: { roles: ['A', 'S'] }, msp: { roles: ['R'] } }),
  r('monitoring', 'Uptime monitoring', { it: { roles: ['A'] }, msp: { roles: ['D'] } }),
]);

export const complianceClearOwner = matrix([
  r(
    'pci-evidence',
    'PCI evidence collection',
    { it: { roles: ['R'] }, msp: { roles: ['R', 'A'] } },
    { tags: ['compliance'] },
  ),
]);

export const providerFinalAuthority = matrix([
  r(
    'admin-access',
    'Approve admin access',
    { it: { roles: ['I'] }, msp: { roles: ['R', 'A'] } },
    { tags: ['access-approval'] },
  ),
]);

export const coverage24x7 = matrix(
  [
    r(
      'siem',
      'Security monitoring',
      { it: { roles: ['R', 'A'] }, noc: { roles: ['I'] } },
      { tags: ['24x7'] },
    ),
  ],
  [it, noc],
);

const joint = (id: string, name: string) =>
  r(id, name, { it: { roles: ['R', 'A'] }, msp: { roles: ['R'] } });
export const tooManyJointRows = matrix([
  joint('onboarding', 'User onboarding'),
  joint('m365', 'Microsoft 365 administration'),
  joint('network', 'Network changes'),
  joint('printers', 'Printers and peripherals'),
  r('backup', 'Backup management', { msp: { roles: ['R', 'A'] } }),
]);

const alone = (id: string, name: string) => r(id, name, { it: { roles: ['R', 'A'] } });
export const singlePointOfFailure = matrix(
  [
    alone('tier1', 'Tier 1 helpdesk'),
    alone('onsite', 'On-site visits'),
    alone('onboarding', 'User onboarding'),
    alone('licences', 'Licence management'),
    alone('erp', 'ERP support'),
    alone('vip', 'VIP support'),
    alone('printers', 'Printers and peripherals'),
  ],
  [it, { id: 'helpdesk', name: 'Internal helpdesk', side: 'internal' }, msp],
);

const mspRow = (id: string, name: string) =>
  r(id, name, { msp: { roles: ['R', 'A'] }, it: { roles: ['I'] } });
export const overloadedParty = matrix([
  mspRow('patching', 'Server patching'),
  mspRow('workstations', 'Workstation patching'),
  mspRow('backup', 'Backup management'),
  mspRow('edr', 'Endpoint detection'),
  mspRow('email', 'Email security'),
  mspRow('network', 'Network monitoring'),
  mspRow('m365', 'Microsoft 365 administration'),
  r('tier1', 'Tier 1 helpdesk', { it: { roles: ['R', 'A'] } }),
  r('vip', 'VIP support', { it: { roles: ['R', 'A'] } }),
  r(
    'strategy',
    'IT strategy',
    { it: { roles: ['A'] }, msp: { roles: ['C'] } },
    { kind: 'decision' },
  ),
]);

export const emptyPartyAndCategory = matrix(
  [r('tier1', 'Tier 1 helpdesk', { it: { roles: ['R', 'A'] }, msp: { roles: ['C'] } })],
  [it, msp, { id: 'printer-vendor', name: 'Printer vendor', side: 'vendor' }],
  {
    categories: [
      { id: 'ops', name: 'Operations' },
      { id: 'projects', name: 'Projects' },
    ],
  },
);
