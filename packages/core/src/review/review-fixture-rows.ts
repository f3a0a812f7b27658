import type { Row } from '../matrix/model';

// Two rows of the Operations category that the review's tests and the export's fixtures share:
// the MSP NOC responsible for backups with internal IT accountable, and internal IT holding
// patching alone. Test data only: no entry imports this file.

/** Backup monitoring (MSP NOC R, internal IT A) and server patching (internal IT R and A). */
export const opsRows: readonly Row[] = [
  {
    id: 'backup',
    name: 'Backup monitoring',
    categoryId: 'ops',
    kind: 'task',
    cells: { 'msp-noc': { roles: ['R'] }, 'internal-it': { roles: ['A'] } },
  },
  {
    id: 'patching',
    name: 'Server patching',
    categoryId: 'ops',
    kind: 'task',
    cells: { 'internal-it': { roles: ['R', 'A'] } },
  },
];
