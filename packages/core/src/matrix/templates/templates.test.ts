import { describe, expect, it } from 'vitest';
import { addBusinessTime } from '../../sla/business-time';
import { parseCalendar } from '../../sla/calendar-spec';
import { calendarById, createCalendarRegistry } from '../../sla/registry';
import { validateMatrix } from '../../validate';
import { findCell } from '../get-cell';
import type { Matrix, Row } from '../model';
import { parseMatrix } from '../parse';
import { laneOfRow, rowLane } from '../views';
import {
  BUSINESS_HOURS_CALENDAR_ID,
  businessHoursCalendar,
  smallBusinessTemplate,
  templates,
} from './index';

// Templates are checked by the same code hosts use: parseMatrix for the hard invariants (unique
// ids, canonical cells, rows grouped by category) and validateMatrix for the co-management rules.

function holders(row: Row, letter: 'R' | 'A'): string[] {
  return Object.entries(row.cells)
    .filter(([, cell]) => cell.roles.includes(letter))
    .map(([partyId]) => partyId);
}

const jointRows = (matrix: Matrix) =>
  matrix.rows.filter((row) => laneOfRow(matrix, row) === 'joint').map((row) => row.id);

const findings = (matrix: Matrix, severity: 'error' | 'warning') =>
  validateMatrix(matrix)
    .issues.filter((issue) => issue.severity === severity)
    .map(
      (issue) => `${issue.ruleId}: [${issue.partyIds.join(', ')}] in ${issue.rowIds.length} rows`,
    );

// The real flaws the seeds' divisions carry, as the validator words them. A template is a
// faithful starting point, so it keeps them and the user sees them on day one.
const knownFlaws: Record<keyof typeof templates, string[]> = {
  'small-business-one-it': [],
  'helpdesk-overflow': [],
  'security-and-tools': [],
  'project-and-escalation': [],
  // The internal IT lead decides and runs every strategic and policy row alone.
  'full-hybrid': ['single-point-of-failure: [internal-it-lead] in 9 rows'],
  // The strategic half of the split rests on one internal lead.
  'strategic-operational': ['single-point-of-failure: [internal-it-lead] in 10 rows'],
  // Seed 003 shares four functions, and its one internal IT team runs the rest alone.
  'default-division': [
    'too-many-joint-rows: [] in 4 rows',
    'single-point-of-failure: [internal-it] in 9 rows',
  ],
};

describe.each(Object.entries(templates))('the %s template', (key, template) => {
  const { matrix } = template;

  it('is filed under its own id and describes itself', () => {
    expect(template.id).toBe(key);
    expect(template.name.trim()).not.toBe('');
    expect(template.description.trim()).not.toBe('');
    expect(template.source).toMatch(/^seed 00\d$/);
    expect(matrix.variant).toBe('raci');
  });

  it('is already in the canonical form parseMatrix gives, with no invariant broken', () => {
    expect(parseMatrix(JSON.parse(JSON.stringify(matrix)))).toEqual({ ok: true, value: matrix });
  });

  it('leaves no category empty', () => {
    const used = new Set(matrix.rows.map((row) => row.categoryId));
    expect(matrix.categories.filter((category) => !used.has(category.id))).toEqual([]);
  });

  it('validates without errors', () => {
    expect(findings(matrix, 'error')).toEqual([]);
  });

  it('raises only the warnings its source material carries', () => {
    expect(findings(matrix, 'warning')).toEqual(knownFlaws[key as keyof typeof templates]);
  });

  it('puts internal parties on the business-hours calendar', () => {
    const internal = matrix.parties.filter((party) => party.side !== 'provider');
    expect(internal.every((party) => party.calendarId === 'business-hours')).toBe(true);
  });

  it('survives a JSON round trip unchanged', () => {
    expect(JSON.parse(JSON.stringify(matrix))).toStrictEqual(matrix);
  });
});

describe('joint ownership', () => {
  const { 'default-division': defaultDivision, ...others } = templates;

  it.each(Object.entries(others))('stays within three rows and a quarter in %s', (_, template) => {
    const joint = jointRows(template.matrix);
    expect(joint.length).toBeLessThanOrEqual(3);
    expect(joint.length).toBeLessThanOrEqual(template.matrix.rows.length / 4);
  });

  it('marks as joint exactly the four functions seed 003 shares', () => {
    expect(jointRows(defaultDivision.matrix).sort()).toEqual([
      'capacity-planning',
      'cloud-migration',
      'dr-testing',
      'incident-response',
    ]);
  });
});

describe('the seed 001 template', () => {
  const { matrix } = smallBusinessTemplate;

  it('has the fourteen functions of the seed table', () => {
    expect(matrix.rows).toHaveLength(14);
  });

  it.each([
    ['tier1-helpdesk', 'internal'],
    ['onsite-hardware', 'internal'],
    ['user-lifecycle', 'internal'],
    ['after-hours-emergency', 'provider'],
    ['security-monitoring', 'provider'],
    ['edr', 'provider'],
    ['email-security', 'provider'],
    ['server-patching', 'provider'],
    ['workstation-patching', 'joint'],
    ['backup', 'provider'],
    ['vendor-contracts', 'provider'],
    ['compliance-documentation', 'provider'],
    ['it-strategy', 'provider'],
    ['major-projects', 'joint'],
  ])('puts %s in the %s lane', (rowId, lane) => {
    expect(rowLane(matrix, rowId)).toBe(lane);
  });

  it('keeps the MSP as a stand-in where the seed says overflow or unavailability', () => {
    const msp = (rowId: string) => findCell(matrix, rowId, 'msp');
    expect(msp('tier1-helpdesk')).toEqual({ roles: ['R'], qualifier: 'overflow' });
    expect(msp('onsite-hardware')).toEqual({ roles: ['R'], qualifier: 'when-unavailable' });
  });

  it('has both sides Responsible on the shared rows', () => {
    for (const rowId of ['workstation-patching', 'major-projects']) {
      const row = matrix.rows.find((candidate) => candidate.id === rowId);
      expect(row && holders(row, 'R').sort()).toEqual(['internal-it', 'msp']);
    }
  });
});

describe('businessHoursCalendar', () => {
  it('makes the one calendar the templates name that is not built in', () => {
    const calendars = createCalendarRegistry([businessHoursCalendar('America/Chicago')]);
    for (const template of Object.values(templates)) {
      for (const party of template.matrix.parties) {
        if (party.calendarId) expect(calendars.has(party.calendarId)).toBe(true);
      }
    }
    // Monday 2 March 2026, 16:00 in Chicago (22:00 UTC) + 2 business hours → Tuesday 10:00.
    const office = calendarById(calendars, BUSINESS_HOURS_CALENDAR_ID);
    expect(addBusinessTime(office, Date.UTC(2026, 2, 2, 22), 120).toISOString()).toBe(
      '2026-03-03T16:00:00.000Z',
    );
  });

  it('takes the host’s own hours and holidays instead', () => {
    const spec = businessHoursCalendar('Europe/London', {
      hours: { mon: [['08:00', '12:00']] },
      holidays: ['2026-12-25'],
    });
    expect(spec).toMatchObject({ id: 'business-hours', timeZone: 'Europe/London' });
    expect(spec.hours).toEqual({ mon: [['08:00', '12:00']] });
    expect(parseCalendar(spec).ok).toBe(true);
  });
});
