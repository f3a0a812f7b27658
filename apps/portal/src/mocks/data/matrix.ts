import { northwindParties } from '@tandem/fixtures';

// Contoso's responsibility matrix as the PSA stores it: plain JSON in the core's matrix shape,
// read by the portal through `parseMatrix`. About 90 staff, one internal IT lead, and Northwind
// as the co-managing MSP with a service desk (extended hours) and a NOC (24/7).

type Letters = readonly ('R' | 'A' | 'C' | 'I')[];
type CellJson = { roles: Letters; qualifier?: string };
type RowJson = {
  id: string;
  name: string;
  categoryId: string;
  kind: 'task' | 'decision';
  description?: string;
  tags?: string[];
  cells: Record<string, CellJson>;
};
/** A matrix as JSON, before the portal parses it. */
export type MatrixJson = {
  name: string;
  variant: 'raci';
  parties: { id: string; name: string; side: string; calendarId?: string }[];
  categories: { id: string; name: string }[];
  rows: RowJson[];
};

const RA: Letters = ['R', 'A'];
const c = (roles: Letters, qualifier?: string): CellJson =>
  qualifier ? { roles, qualifier } : { roles };

const [internalIt, desk, noc] = northwindParties;
const parties = [
  internalIt,
  { id: 'leadership', name: 'Leadership', side: 'business', calendarId: 'office' },
  desk,
  noc,
];

const categories = [
  { id: 'helpdesk', name: 'Helpdesk and support' },
  { id: 'security', name: 'Security' },
  { id: 'infrastructure', name: 'Infrastructure' },
  { id: 'backup-dr', name: 'Backup and disaster recovery' },
  { id: 'vendors', name: 'Vendor management' },
  { id: 'compliance', name: 'Compliance' },
  { id: 'strategy', name: 'Strategy' },
  { id: 'projects', name: 'Projects' },
];

const rows: RowJson[] = [
  {
    id: 'tier1-helpdesk',
    name: 'Tier 1 helpdesk',
    categoryId: 'helpdesk',
    kind: 'task',
    description: 'Password resets, printers and everyday Windows questions.',
    cells: { 'internal-it': c(RA), 'msp-desk': c(['R'], 'overflow') },
  },
  {
    id: 'onsite-hardware',
    name: 'On-site visits and hands-on hardware',
    categoryId: 'helpdesk',
    kind: 'task',
    cells: { 'internal-it': c(RA), 'msp-desk': c(['R'], 'when-unavailable') },
  },
  {
    id: 'user-lifecycle',
    name: 'User onboarding and offboarding',
    categoryId: 'helpdesk',
    kind: 'task',
    cells: { 'internal-it': c(RA), 'msp-desk': c(['C']) },
  },
  {
    id: 'after-hours-emergency',
    name: 'After-hours emergency response',
    categoryId: 'helpdesk',
    kind: 'task',
    tags: ['24x7'],
    cells: { 'msp-noc': c(RA), 'internal-it': c(['I']) },
  },
  {
    id: 'security-monitoring',
    name: 'Security monitoring and SIEM',
    categoryId: 'security',
    kind: 'task',
    tags: ['24x7'],
    cells: { 'msp-noc': c(RA), 'internal-it': c(['I']) },
  },
  {
    id: 'edr',
    name: 'Endpoint detection and response',
    categoryId: 'security',
    kind: 'task',
    tags: ['24x7'],
    cells: { 'msp-noc': c(RA), 'internal-it': c(['I']) },
  },
  {
    id: 'access-approvals',
    name: 'Access approvals',
    categoryId: 'security',
    kind: 'decision',
    tags: ['access-approval'],
    cells: { 'internal-it': c(['A']), 'msp-desk': c(['R']) },
  },
  {
    id: 'security-policy',
    name: 'Security policy sign-off',
    categoryId: 'security',
    kind: 'decision',
    tags: ['security-policy', 'policy-approval'],
    cells: { leadership: c(['A']), 'internal-it': c(['R']), 'msp-noc': c(['C']) },
  },
  {
    id: 'server-patching',
    name: 'Server patching',
    categoryId: 'infrastructure',
    kind: 'task',
    cells: { 'msp-noc': c(RA), 'internal-it': c(['I']) },
  },
  {
    id: 'workstation-patching',
    name: 'Workstation patching',
    categoryId: 'infrastructure',
    kind: 'task',
    description: 'Northwind runs the patch tooling; Internal IT handles machines that need hands.',
    cells: { 'msp-desk': c(RA), 'internal-it': c(['R']) },
  },
  {
    id: 'backup',
    name: 'Backup management and restore testing',
    categoryId: 'backup-dr',
    kind: 'task',
    cells: { 'msp-noc': c(RA), 'internal-it': c(['I']) },
  },
  {
    id: 'dr-cadence',
    name: 'How often disaster recovery is tested',
    categoryId: 'backup-dr',
    kind: 'decision',
    cells: { 'internal-it': c(['A']), 'msp-noc': c(['R']), leadership: c(['C']) },
  },
  {
    id: 'vendor-contracts',
    name: 'Vendor management and contracts',
    categoryId: 'vendors',
    kind: 'task',
    cells: { 'msp-desk': c(['R']), 'internal-it': c(['A']) },
  },
  {
    id: 'compliance-documentation',
    name: 'Compliance documentation',
    categoryId: 'compliance',
    kind: 'task',
    tags: ['compliance'],
    cells: { 'internal-it': c(['A']), 'msp-desk': c(['R']) },
  },
  {
    id: 'it-strategy',
    name: 'IT strategy (vCIO)',
    categoryId: 'strategy',
    kind: 'task',
    cells: { leadership: c(['A']), 'msp-desk': c(['R']), 'internal-it': c(['C']) },
  },
  {
    id: 'it-budget',
    name: 'IT budget decisions',
    categoryId: 'strategy',
    kind: 'decision',
    cells: { leadership: c(['A']), 'internal-it': c(['R']), 'msp-desk': c(['C']) },
  },
  {
    id: 'major-projects',
    name: 'Major projects (migrations, deployments)',
    categoryId: 'projects',
    kind: 'task',
    cells: { 'internal-it': c(RA), 'msp-desk': c(['R']) },
  },
];

/** The matrix as last saved (version 7). */
export const currentMatrixJson: MatrixJson = {
  name: 'Contoso — co-managed IT responsibilities',
  variant: 'raci',
  parties,
  categories,
  rows,
};

const withCells = (
  matrix: MatrixJson,
  changed: Record<string, Record<string, CellJson>>,
): MatrixJson => ({
  ...matrix,
  rows: matrix.rows.map((row) => {
    const cells = changed[row.id];
    return cells ? { ...row, cells } : row;
  }),
});

/** Version 5: before Northwind took over workstation patching. */
export const septemberMatrixJson: MatrixJson = withCells(currentMatrixJson, {
  'workstation-patching': { 'internal-it': c(RA), 'msp-desk': c(['C']) },
});

/** Version 3, signed at the Q3 quarterly review: Internal IT still ran vendors and DR decisions. */
export const q3MatrixJson: MatrixJson = withCells(septemberMatrixJson, {
  'vendor-contracts': { 'internal-it': c(RA), 'msp-desk': c(['C']) },
  'dr-cadence': { leadership: c(['A']), 'internal-it': c(['R']), 'msp-noc': c(['C']) },
  'compliance-documentation': { 'internal-it': c(RA), 'msp-desk': c(['C']) },
});
