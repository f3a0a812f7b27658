import type { Matrix, MatrixChange } from '@tandem/core';
import { northwindParties, northwindPolicy, northwindRouting } from '@tandem/fixtures';
import type { EscalationFlowValue, PolicyChange } from '@tandem/react/escalation-flow';

// Test data for the audit sentences: shared by describe-change.test.ts and
// describe-policy-change.test.ts. Not imported by the app.

/**
 * A small matrix whose names the sentence tests expect.
 *
 * @example
 * describeMatrixChange(matrixSamples.setCell, matrix);
 */
export const matrix: Matrix = {
  variant: 'raci',
  parties: northwindParties.slice(0, 2),
  categories: [
    { id: 'infrastructure', name: 'Infrastructure' },
    { id: 'backup-dr', name: 'Backup and DR' },
  ],
  rows: [
    {
      id: 'patching',
      name: 'Workstation patching',
      categoryId: 'infrastructure',
      kind: 'task',
      cells: {},
    },
    {
      id: 'vendors',
      name: 'Vendor contracts',
      categoryId: 'infrastructure',
      kind: 'task',
      cells: {},
    },
    { id: 'backup', name: 'Backup', categoryId: 'backup-dr', kind: 'task', cells: {} },
  ],
};

/**
 * A matrix with nothing in it: every name falls back to a quoted id.
 *
 * @example
 * describeMatrixChange(matrixSamples.removeRow, empty); // 'Removed row "backup"'
 */
export const empty: Matrix = { variant: 'raci', parties: [], categories: [], rows: [] };

const [tierOneDesk, engineering] = northwindPolicy.steps;
const [up] = northwindPolicy.transitions;
const [vip] = northwindRouting.rules;

/**
 * The first two steps of the fixtures' Northwind policy and its VIP rule, over the parties of
 * `matrix`.
 *
 * @example
 * describePolicyChange(policySamples.setStart, flow, matrix);
 */
export const flow: EscalationFlowValue = {
  policy: { ...northwindPolicy, steps: [tierOneDesk, engineering], transitions: [up] },
  routing: { rules: [vip] },
};

// One of each type; the mapped types make a new change type fail to compile until it has one.

/**
 * One matrix change of each type, for the sentence tests.
 *
 * @example
 * describeMatrixChange(matrixSamples.moveRole, matrix);
 */
export const matrixSamples: { [K in MatrixChange['type']]: Extract<MatrixChange, { type: K }> } = {
  addRow: {
    type: 'addRow',
    row: {
      id: 'printers',
      name: 'Printer fleet',
      categoryId: 'infrastructure',
      kind: 'task',
      cells: {},
    },
  },
  removeRow: { type: 'removeRow', rowId: 'backup' },
  renameRow: { type: 'renameRow', rowId: 'backup', name: 'Backup and restore tests' },
  updateRow: {
    type: 'updateRow',
    rowId: 'backup',
    patch: { kind: 'decision', tags: ['24x7', 'compliance'] },
  },
  moveRows: { type: 'moveRows', rowIds: ['backup'], categoryId: 'infrastructure' },
  addCategory: { type: 'addCategory', category: { id: 'projects', name: 'Projects' } },
  removeCategory: { type: 'removeCategory', categoryId: 'backup-dr' },
  renameCategory: {
    type: 'renameCategory',
    categoryId: 'backup-dr',
    name: 'Backup and disaster recovery',
  },
  moveCategory: { type: 'moveCategory', categoryId: 'backup-dr', toIndex: 0 },
  addParty: { type: 'addParty', party: { id: 'soc', name: 'MSP SOC', side: 'provider' } },
  removeParty: { type: 'removeParty', partyId: 'msp-desk' },
  updateParty: { type: 'updateParty', partyId: 'msp-desk', patch: { calendarId: '24x7' } },
  moveParty: { type: 'moveParty', partyId: 'msp-desk', toIndex: 0 },
  setCell: { type: 'setCell', rowId: 'patching', partyId: 'msp-desk', cell: { roles: ['R', 'A'] } },
  moveRole: {
    type: 'moveRole',
    rowId: 'vendors',
    letter: 'R',
    fromPartyId: 'internal-it',
    toPartyId: 'msp-desk',
  },
  bulkAssign: {
    type: 'bulkAssign',
    rowIds: ['patching', 'backup'],
    partyId: 'msp-desk',
    roles: ['I'],
    mode: 'add',
  },
  setVariant: { type: 'setVariant', variant: 'rasci' },
  markRowsReviewed: {
    type: 'markRowsReviewed',
    rowIds: ['patching', 'backup'],
    at: Date.UTC(2026, 2, 31),
  },
};

/**
 * One policy or routing change of each type, for the sentence tests.
 *
 * @example
 * describePolicyChange(policySamples.addRule, flow, matrix);
 */
export const policySamples: { [K in PolicyChange['type']]: Extract<PolicyChange, { type: K }> } = {
  addStep: {
    type: 'addStep',
    step: {
      id: 'soc',
      name: 'SOC',
      action: 'notify',
      targets: [{ partyId: 'internal-it' }, { partyId: 'msp-desk' }],
    },
  },
  removeStep: { type: 'removeStep', stepId: 'eng' },
  moveStep: { type: 'moveStep', stepId: 'eng', toIndex: 0 },
  updateStep: { type: 'updateStep', stepId: 'eng', patch: { terminal: true } },
  addTransition: {
    type: 'addTransition',
    transition: { id: 'back', from: 'eng', to: 't1', trigger: { kind: 'manual' } },
  },
  removeTransition: { type: 'removeTransition', transitionId: 'up' },
  updateTransition: { type: 'updateTransition', transitionId: 'up', patch: { repeat: 2 } },
  setStart: { type: 'setStart', stepId: 't1' },
  addRule: {
    type: 'addRule',
    rule: { id: 'sec', when: { sources: ['security'] }, queue: { partyId: 'msp-desk', tier: 1 } },
  },
  removeRule: { type: 'removeRule', ruleId: 'vip' },
  updateRule: {
    type: 'updateRule',
    ruleId: 'vip',
    patch: { queue: { partyId: 'msp-desk', tier: 2 } },
  },
  moveRule: { type: 'moveRule', ruleId: 'vip', toIndex: 1 },
  setDefault: { type: 'setDefault', queue: { partyId: 'msp-desk', tier: 1 } },
};
