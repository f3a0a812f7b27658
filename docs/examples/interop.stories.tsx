import type { Meta, StoryObj } from '@storybook/react-vite';
import { matrixFromCsv, scopeDrift } from '@tandem/core/io';
import { templates } from '@tandem/core/templates';
import { applyMatrixChanges, ResponsibilityMatrix } from '@tandem/react';
import {
  EscalationFlow,
  policyFromPagerDuty,
  policyToOpsgenie,
} from '@tandem/react/escalation-flow';
import { expect, within } from 'storybook/test';
import './docs.css';

// Live examples for the "PSA interop" page: each runs the real import, export or review
// function on fixed input when it renders, so the page shows what the SDK does today.

const meta = {
  title: 'Core SDK/Live examples',
  parameters: { layout: 'padded' },
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

// A sheet as people really export it: a title row, a legend, ✓ marks, qualifiers in words, a
// category section row and a cell nobody can read.
const sheet = [
  'Contoso IT responsibilities,,',
  'Function,Internal IT,Northwind MSP',
  'Helpdesk,,',
  'Tier 1 helpdesk,✓,Overflow only',
  'Password resets,I,R/A',
  'Security,,',
  'Security monitoring,I,R/A (after-hours)',
  'Phishing simulations,Sometimes,R',
  ',,',
  'R = Responsible,,',
].join('\n');

/** `matrixFromCsv` on a spreadsheet export: the matrix it reads and a warning per odd cell. */
export const CsvImport: Story = {
  render: () => {
    const result = matrixFromCsv(sheet);
    return (
      <div style={{ display: 'grid', gap: '1rem' }}>
        <figure className="tandem-docs-example" aria-label="CSV input">
          <pre>{sheet}</pre>
        </figure>
        {result.ok ? (
          <>
            <section aria-label="Import warnings" className="tandem-docs-example">
              <ul>
                {result.warnings.map((warning) => (
                  <li key={`${warning.row}-${warning.column}-${warning.code}`}>
                    <code>{warning.code}</code> {warning.message}
                  </li>
                ))}
              </ul>
            </section>
            <ResponsibilityMatrix value={result.value} readOnly />
          </>
        ) : (
          <p role="alert">{result.issues.map((issue) => issue.message).join(' ')}</p>
        )}
      </div>
    );
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('row', { name: /Tier 1 helpdesk/ })).toBeVisible();
    await expect(canvas.getByRole('region', { name: 'Import warnings' })).toHaveTextContent(
      /Sometimes/,
    );
  },
};

// Last quarter's agreed matrix and today's draft, where the MSP quietly picked up rows.
const lastQuarter = templates['small-business-one-it'].matrix;
const drafted = applyMatrixChanges(lastQuarter, [
  {
    type: 'moveRole',
    rowId: 'user-lifecycle',
    letter: 'A',
    fromPartyId: 'internal-it',
    toPartyId: 'msp',
  },
  {
    type: 'moveRole',
    rowId: 'user-lifecycle',
    letter: 'R',
    fromPartyId: 'internal-it',
    toPartyId: 'msp',
  },
  { type: 'setCell', rowId: 'tier1-helpdesk', partyId: 'msp', cell: { roles: ['R'] } },
]);

/** `scopeDrift` between two versions: what the quarterly review should look at, worst first. */
export const ScopeDrift: Story = {
  render: () => {
    if (!drafted.ok) return <p role="alert">{drafted.error.message}</p>;
    const findings = scopeDrift(lastQuarter, drafted.value);
    return (
      <section aria-label="Scope drift" className="tandem-docs-example">
        <ul>
          {findings.map((finding) => (
            <li key={`${finding.rowId}-${finding.kind}`}>
              <span className="tandem-docs-severity" data-severity={finding.severity}>
                {finding.severity}
              </span>
              {finding.message} <span className="tandem-docs-muted">({finding.kind})</span>
            </li>
          ))}
        </ul>
      </section>
    );
  },
  play: async ({ canvasElement }) => {
    const list = within(canvasElement).getByRole('region', { name: 'Scope drift' });
    await expect(within(list).getAllByRole('listitem').length).toBeGreaterThan(0);
  },
};

// A PagerDuty-style policy; one of its schedules has no party mapped to it.
const pagerDuty = {
  escalation_policy: {
    name: 'Contoso on-call',
    num_loops: 2,
    escalation_rules: [
      { escalation_delay_in_minutes: 15, targets: [{ id: 'PSCHED1', type: 'schedule_reference' }] },
      {
        escalation_delay_in_minutes: 30,
        targets: [
          { id: 'PUSER7', type: 'user_reference' },
          { id: 'PSCHED9', type: 'schedule_reference' },
        ],
      },
    ],
  },
};
const lanes = [
  { id: 'msp', name: 'Northwind MSP' },
  { id: 'it', name: 'Internal IT' },
];

/** `policyFromPagerDuty`: the imported policy as a flow, and the loss report beside it. */
export const PagerDutyImport: Story = {
  render: () => {
    const imported = policyFromPagerDuty(pagerDuty, { PSCHED1: 'msp', PUSER7: 'it' });
    if (!imported.ok) return <p role="alert">{imported.issues.map((i) => i.message).join(' ')}</p>;
    const back = policyToOpsgenie(imported.value, {
      msp: { id: 'noc-schedule', type: 'schedule' },
      it: { id: 'it-team', type: 'team' },
    });
    return (
      <div style={{ display: 'grid', gap: '1rem' }}>
        <section aria-label="Import report" className="tandem-docs-example">
          <ul>
            {imported.report.lost.map((item) => (
              <li key={item.path.join('.')}>
                <code>{item.path.join('.')}</code> {item.message}
              </li>
            ))}
          </ul>
        </section>
        <EscalationFlow
          defaultValue={{
            policy: imported.value,
            routing: { rules: [], default: { partyId: 'msp', tier: 1 } },
          }}
          parties={lanes}
          showRouting={false}
          readOnly
        />
        {back.ok ? (
          <figure className="tandem-docs-example" aria-label="Exported for Opsgenie">
            <pre>{JSON.stringify(back.value, null, 2)}</pre>
          </figure>
        ) : null}
      </div>
    );
  },
  play: async ({ canvasElement }) => {
    const report = within(canvasElement).getByRole('region', { name: 'Import report' });
    await expect(report).toHaveTextContent(/PSCHED9/);
  },
};
