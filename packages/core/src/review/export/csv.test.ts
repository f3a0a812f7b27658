import { describe, expect, it } from 'vitest';
import { readTable } from '../../io/table';
import { reviewEvidenceRecords, reviewEvidenceToCsv } from './csv';
import { reviewEvidence } from './evidence';
import { exportMatrix, smallReview } from './export-fixtures';
import { FORMULA_TICKET, HOSTILE_PARTY, hostileMatrix, hostileReview } from './hostile-fixtures';

const HEADER =
  'Ticket,Section,Finding,Party,Function,Category,Target,Priority,Business minutes,Severity,Detail';

describe('reviewEvidence', () => {
  it('lists each ticket once per finding, with what the review knows of it', () => {
    expect(reviewEvidence(smallReview)).toEqual([
      {
        ticketId: 'T2',
        section: 'agenda',
        finding: 'attainment-below-goal',
        severity: 'high',
        target: 'response',
        priority: 'P1',
      },
      {
        ticketId: 'T2',
        section: 'agenda',
        finding: 'grey-zone',
        severity: 'medium',
        partyId: 'internal-it',
        rowId: 'backup',
      },
      // The breach of T2's response, its priority from the per-priority figures and the party
      // it counts against from the per-party ones.
      {
        ticketId: 'T2',
        section: 'attainment',
        finding: 'breached',
        target: 'response',
        priority: 'P1',
        partyId: 'msp-noc',
      },
      { ticketId: 'T2', section: 'clock', finding: 'breached-on-watch', partyId: 'msp-noc' },
      { ticketId: 'T2', section: 'clock', finding: 'handoff', from: 'internal', to: 'provider' },
      {
        ticketId: 'T2',
        section: 'gaps',
        finding: 'grey-zone',
        partyId: 'internal-it',
        rowId: 'backup',
        categoryId: 'ops',
        minutes: 20,
      },
      {
        ticketId: 'T3',
        section: 'integrity',
        finding: 'pause-after-reply',
        partyId: 'internal-it',
        minutes: 3,
      },
    ]);
  });
});

describe('reviewEvidenceToCsv', () => {
  it('writes one line per piece of evidence, in words', () => {
    expect(reviewEvidenceToCsv(smallReview, { matrix: exportMatrix })).toBe(
      [
        HEADER,
        'T2,Agenda,Attainment below goal,,,,Response,P1,,High,',
        'T2,Agenda,Held by a party not Responsible,Internal IT,Backup monitoring,,,,,Medium,',
        'T2,SLA attainment,SLA breached,MSP NOC,,,Response,P1,,,',
        'T2,Who held the clock,Breached on this party’s watch,MSP NOC,,,,,,,',
        'T2,Who held the clock,Hand-off between the teams,,,,,,,,Internal IT → Provider',
        'T2,Ownership gaps,Held by a party not Responsible,Internal IT,Backup monitoring,Operations,,,20,,',
        'T3,Clock integrity,Paused right after a customer reply,Internal IT,,,,,3,,',
        '',
      ].join('\r\n'),
    );
  });

  it('reads back through readTable to the evidence records, hostile names included', () => {
    for (const [review, matrix] of [
      [smallReview, exportMatrix],
      [hostileReview, hostileMatrix],
    ] as const) {
      for (const options of [
        {},
        { delimiter: ';' as const, bom: true },
        { newline: '\n' as const },
      ]) {
        const text = reviewEvidenceToCsv(review, { matrix, ...options });
        const read = readTable(text);
        expect(read.ok).toBe(true);
        if (!read.ok) continue;
        expect(read.warnings).toEqual([]);
        // The final line break reads as one empty record.
        expect(read.value.rows.slice(0, -1)).toEqual(reviewEvidenceRecords(review, { matrix }));
        expect(read.value.rows.slice(1, -1).map((row) => row[0])).toEqual(
          reviewEvidence(review).map((line) => line.ticketId),
        );
      }
    }
  });

  it('guards formulas, so a spreadsheet shows them as text', () => {
    const text = reviewEvidenceToCsv(hostileReview, { matrix: hostileMatrix });
    const lines = text.split('\r\n');
    // The formula ticket id starts each of its lines with a `'`, quoted for the `|` in it.
    const formulaLines = lines.filter((line) => line.includes('cmd|'));
    expect(formulaLines).toHaveLength(
      reviewEvidence(hostileReview).filter((line) => line.ticketId === FORMULA_TICKET).length,
    );
    expect(formulaLines.length).toBeGreaterThan(2);
    for (const line of formulaLines) expect(line.startsWith(`"'${FORMULA_TICKET}",`)).toBe(true);
    for (const line of lines) expect(line.startsWith('=')).toBe(false);
    expect(text).not.toMatch(/(^|[,\r\n])[=+\-@]/);
    expect(text).toContain(`"${HOSTILE_PARTY}"`);
  });

  it('writes only the header for a review without evidence', () => {
    const empty = {
      ...smallReview,
      attainment: { overall: [], byPriority: [], byParty: [] },
      clock: { byParty: [], unassignedMinutes: 0, crossings: [] },
      greyZone: [],
      integrity: [],
      agenda: [],
    };
    expect(reviewEvidenceToCsv(empty)).toBe(`${HEADER}\r\n`);
  });
});
