import type { Matrix } from '@tandem/core';

/** A small co-managed matrix both sides of the tests start from. */
export const starter: Matrix = {
  variant: 'raci',
  parties: [
    { id: 'it', name: 'Internal IT', side: 'internal' },
    { id: 'msp', name: 'MSP NOC', side: 'provider', calendarId: '24x7' },
  ],
  categories: [
    { id: 'helpdesk', name: 'Helpdesk' },
    { id: 'infra', name: 'Infrastructure' },
  ],
  rows: [
    {
      id: 'helpdesk-t1',
      name: 'Tier 1 helpdesk',
      categoryId: 'helpdesk',
      kind: 'task',
      cells: { msp: { roles: ['R'] }, it: { roles: ['A'] } },
    },
    {
      id: 'onboarding',
      name: 'User onboarding',
      categoryId: 'helpdesk',
      kind: 'task',
      cells: { it: { roles: ['R', 'A'] } },
    },
    {
      id: 'patching',
      name: 'Patching',
      categoryId: 'infra',
      kind: 'task',
      tags: ['24x7'],
      cells: { msp: { roles: ['R'] }, it: { roles: ['A', 'I'] } },
    },
    {
      id: 'backup',
      name: 'Backup',
      categoryId: 'infra',
      kind: 'task',
      cells: { msp: { roles: ['R', 'A'] } },
    },
  ],
};
