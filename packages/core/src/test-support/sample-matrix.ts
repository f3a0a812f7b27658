// A small hand-written matrix for example-based tests (test-only).
import type { Matrix } from '../matrix/model';

/** Internal IT and an MSP over five rows in three categories. */
export const sampleMatrix: Matrix = {
  name: 'Sample',
  variant: 'raci',
  parties: [
    { id: 'it', name: 'Internal IT', side: 'internal', calendarId: 'business-hours' },
    { id: 'msp', name: 'Northwind MSP', side: 'provider', calendarId: '24x7' },
    { id: 'ceo', name: 'Leadership', side: 'business' },
  ],
  categories: [
    { id: 'helpdesk', name: 'Helpdesk' },
    { id: 'security', name: 'Security' },
    { id: 'backup', name: 'Backup and DR' },
  ],
  rows: [
    {
      id: 'tier1',
      name: 'Tier 1 helpdesk',
      categoryId: 'helpdesk',
      kind: 'task',
      cells: { it: { roles: ['R', 'A'] }, msp: { roles: ['R'], qualifier: 'overflow' } },
    },
    {
      id: 'onboarding',
      name: 'User onboarding',
      categoryId: 'helpdesk',
      kind: 'task',
      cells: { it: { roles: ['R', 'A'] } },
    },
    {
      id: 'siem',
      name: 'Security monitoring',
      categoryId: 'security',
      kind: 'task',
      tags: ['24x7'],
      cells: { msp: { roles: ['R', 'A'] }, it: { roles: ['I'] } },
    },
    {
      id: 'patching',
      name: 'Workstation patching',
      categoryId: 'security',
      kind: 'task',
      cells: { it: { roles: ['R'] }, msp: { roles: ['R', 'A'] } },
    },
    {
      id: 'backup-storage',
      name: 'Decide backup storage upgrades',
      categoryId: 'backup',
      kind: 'decision',
      cells: { ceo: { roles: ['A'] }, msp: { roles: ['R', 'C'], note: 'quarterly' } },
    },
  ],
};
