import { describe, expect, it } from 'vitest';
import { exportMatrix, smallReview } from './export-fixtures';
import { HOSTILE_PARTY, HOSTILE_ROW, hostileMatrix, hostileReview } from './hostile-fixtures';
import { reviewToMarkdown } from './markdown';

// Worked out by hand from the fixture: 2 of 3 response clocks met is 66.7 %, down 33.3 points
// from 100; 140 and 172 business minutes are 2 h 20 min and 2 h 52 min; the MSP's 380 are
// 6 h 20 min. Empty sections say so; the provider-to-internal direction had no hand-off.
const EXPECTED = `# Service review

2026-04-01 to 2026-06-30

3 tickets in the period (previous period: 2).

## Agenda

| Item | Severity | Tickets |
| --- | --- | --- |
| Response P1 attainment is 50 %, below the goal. | High | T2 |
| Internal IT worked 1 ticket the matrix gives to others, for 20 min. | Medium | T2 |

## SLA attainment

### Overall

| Target | Measured | Met | Breached | Open | Met % | Median | 90th percentile | Trend | Breached tickets |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |
| Response | 3 | 2 | 1 | 0 | 66.7 % | 25 min | 37 min | -33.3 pts | T2 |
| Resolution | 2 | 2 | 0 | 1 | 100 % | 2 h 20 min | 2 h 52 min | — |  |

### Per priority

| Priority | Target | Measured | Met | Breached | Open | Met % | Median | 90th percentile | Trend | Breached tickets |
| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |
| P1 | Response | 2 | 1 | 1 | 0 | 50 % | 25 min | 37 min | -50 pts | T2 |

### Per party

| Party | Target | Measured | Met | Breached | Open | Met % | Median | 90th percentile | Trend | Breached tickets |
| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |
| MSP NOC | Response | 2 | 1 | 1 | 0 | 50 % | 25 min | 37 min | — | T2 |

## Who held the clock

### Clock time per party

| Party | Side | Clock time | Tickets | Breaches | Breached tickets |
| --- | --- | ---: | ---: | ---: | --- |
| MSP NOC | Provider | 6 h 20 min | 2 | 1 | T2 |
| Internal IT | Internal IT | 20 min | 1 | 0 |  |

### Hand-offs between the teams

| Direction | Hand-offs | Time to pick up | Tickets |
| --- | ---: | ---: | --- |
| Internal IT → Provider | 1 | 20 min | T2 |

## Ownership gaps

### Tickets held outside the matrix

| Ticket | Party | Function | Held for |
| --- | --- | --- | ---: |
| T2 | Internal IT | Backup monitoring | 20 min |

## Clock integrity

| Ticket | Flag | Party | Time | Share |
| --- | --- | --- | ---: | ---: |
| T3 | Paused right after a customer reply | Internal IT | 3 min | — |

## Escalations

No routing and escalation policy was part of this review.

## Recurring issues

No kind of ticket came back often enough to be a pattern.

## Scope drift

| Function | Change | From | To | Severity |
| --- | --- | --- | --- | --- |
| Backup monitoring | Responsible moved | Internal IT | Provider | High |

## Functions due for review

| Function | Last reviewed | Days |
| --- | --- | ---: |
| Server patching | Never | — |

## Tickets not counted

Every ticket was counted.
`;

/** The cells of a Markdown table line, split at unescaped pipes. */
const cellsOf = (line: string) => line.slice(2, -2).split(/(?<!\\) \| /);

describe('reviewToMarkdown', () => {
  it('writes the small review as worked out by hand', () => {
    expect(reviewToMarkdown(smallReview, { matrix: exportMatrix })).toBe(EXPECTED);
  });

  it('is the same text for the same review, and names by id without a matrix', () => {
    expect(reviewToMarkdown(smallReview, { matrix: exportMatrix })).toBe(
      reviewToMarkdown(structuredClone(smallReview), { matrix: structuredClone(exportMatrix) }),
    );
    const bare = reviewToMarkdown(smallReview);
    expect(bare).toContain('| msp-noc | Provider | 6 h 20 min | 2 | 1 | T2 |');
    expect(bare).toContain('| T2 | internal-it | backup | 20 min |');
  });

  it('takes the host’s words and formats', () => {
    const text = reviewToMarkdown(smallReview, {
      matrix: exportMatrix,
      messages: {
        title: 'Revue de service',
        sections: { agenda: 'Ordre du jour' },
        period: ({ from, to }) => `Du ${from} au ${to}`,
      },
      formatDate: (at) => new Date(at).toISOString().slice(0, 7),
    });
    expect(text.startsWith('# Revue de service\n\nDu 2026-04 au 2026-06\n')).toBe(true);
    expect(text).toContain('\n## Ordre du jour\n');
    // Words not overridden stay English.
    expect(text).toContain('\n## SLA attainment\n');
  });

  it('escapes names so they cannot break a table or add markup', () => {
    const text = reviewToMarkdown(hostileReview, { matrix: hostileMatrix });
    expect(text).toContain(
      "| MSP \\| \\<script\\>alert(1)\\</script\\><br>NOC | Response | 2 | 1 | 1 | 0 | 50 % | 25 min | 37 min | — | =cmd\\|' /C calc'\\!A0 |",
    );
    expect(text).toContain('\\*Backup\\* \\[x\\](javascript:alert(1))');
    expect(text).toContain('| \\<img src=x onerror=alert(1)\\> | — | 2 | T\\|9, T3 |');
    expect(text).not.toContain('<script>');
    expect(text).not.toContain(HOSTILE_PARTY);
    expect(text).not.toContain(HOSTILE_ROW);
    // Every line of a table has as many cells as its header.
    const lines = text.split('\n');
    let columns = 0;
    for (const [index, line] of lines.entries()) {
      if (!line.startsWith('|')) {
        columns = 0;
        continue;
      }
      if (columns === 0) columns = cellsOf(line).length;
      else if (!line.startsWith('| ---') && !line.startsWith('| ---:'))
        expect(cellsOf(line), `line ${index + 1}`).toHaveLength(columns);
    }
  });

  it('keeps a paragraph that starts like a list or a numbered item a paragraph', () => {
    const text = reviewToMarkdown(smallReview, {
      messages: { ticketCount: () => '- 3 tickets', period: () => '1. quarter' },
    });
    expect(text).toContain('\n\\- 3 tickets\n');
    expect(text).toContain('\n1\\. quarter\n');
  });

  it('names a recurring issue on the agenda by its title', () => {
    const ticketIds = ['T5', 'T6', 'T7'];
    const text = reviewToMarkdown({
      ...smallReview,
      recurring: [{ key: 'title:vpn drops', title: 'VPN drops', count: 3, ticketIds }],
      agenda: [
        {
          kind: 'recurring-issue',
          severity: 'low',
          figure: 3,
          ticketIds,
          rowIds: [],
          partyIds: [],
        },
      ],
    });
    expect(text).toContain('\n| “VPN drops” came back 3 times. | Low | T5, T6, T7 |\n');
    expect(text).toContain('\n| VPN drops | — | 3 | T5, T6, T7 |\n');
  });
});
