import type { Matrix } from '@tandem/core';
import { twoTeamMatrix } from '@tandem/fixtures';

const [helpdesk] = twoTeamMatrix.categories;

/**
 * A small co-managed matrix both sides of the tests start from: the fixtures' two teams, their
 * helpdesk and an infrastructure category, with four rows.
 */
export const starter: Matrix = {
  ...twoTeamMatrix,
  categories: [helpdesk, { id: 'infra', name: 'Infrastructure' }],
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
