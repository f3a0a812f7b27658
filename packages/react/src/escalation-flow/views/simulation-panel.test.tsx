import { createCalendarRegistry, parseSlaPolicy, type SlaPolicy } from '@tandem/core/sla';
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { matrix, tierOneToEngineering } from '../stories/story-data';
import { EscalationFlow } from './escalation-flow';

// The simulation's sample time field shows and takes wall-clock time in the zone of the SLA
// policy's calendar, and says which zone that is.

const weekday = [['08:00', '18:00']] as const;
const calendarsIn = (timeZone: string) =>
  createCalendarRegistry([
    { id: 'office', timeZone, hours: { mon: weekday, tue: weekday, wed: weekday } },
  ]);
const slaIn = (calendars: ReturnType<typeof calendarsIn>): SlaPolicy => {
  const parsed = parseSlaPolicy(
    {
      id: 'standard',
      calendarId: 'office',
      priorities: { P2: { response: { minutes: 60 }, resolution: { minutes: 480 } } },
    },
    calendars,
  );
  if (!parsed.ok)
    throw new Error(`[tandem] test SLA policy does not parse: ${JSON.stringify(parsed.issues)}`);
  return parsed.value;
};

const MONDAY_10_UTC = Date.UTC(2026, 2, 2, 10);
const samples = [
  { label: 'P2', ticket: { categoryId: 'helpdesk', priority: 'P2', openedAt: MONDAY_10_UTC } },
];

// The routing table names the office calendar, so there are always calendars. The panel's code
// loads after first paint, so each test waits for it.
const setup = async (timeZone: string, options: { withSla?: boolean } = {}) => {
  const calendars = calendarsIn(timeZone);
  render(
    <EscalationFlow
      defaultValue={tierOneToEngineering}
      matrix={matrix}
      calendars={calendars}
      {...(options.withSla !== false && { sla: slaIn(calendars) })}
      simulationSamples={samples}
      defaultSimulating
    />,
  );
  await screen.findByRole('slider');
};
const slider = () => screen.getByRole('slider', { name: 'Point in the trace' });

describe('the simulation’s opening time', () => {
  describe('given an SLA policy whose calendar is in Berlin', () => {
    it('is labelled with the zone and shows the sample’s time there', async () => {
      await setup('Europe/Berlin');
      // 10:00 UTC is 11:00 in Berlin in March (CET, +01:00).
      expect(screen.getByLabelText('Opened (Europe/Berlin)')).toHaveValue('2026-03-02T11:00');
    });

    it('reads a time typed in as Berlin time', async () => {
      await setup('Europe/Berlin');
      fireEvent.change(screen.getByLabelText('Opened (Europe/Berlin)'), {
        target: { value: '2026-03-02T12:30' },
      });
      expect(screen.getByLabelText('Opened (Europe/Berlin)')).toHaveValue('2026-03-02T12:30');
      fireEvent.change(slider(), { target: { value: '0' } });
      // The trace tells times in the same zone, and names it: read as UTC, 12:30 would come
      // back as 13:30 CET.
      expect(slider()).toHaveAttribute(
        'aria-valuetext',
        expect.stringMatching(/^Mon 2 Mar, 12:30 CET/),
      );
    });

    it('keeps summer time apart from winter time', async () => {
      await setup('Europe/Berlin');
      fireEvent.change(screen.getByLabelText('Opened (Europe/Berlin)'), {
        target: { value: '2026-07-06T12:30' },
      });
      fireEvent.change(slider(), { target: { value: '0' } });
      // CEST is +02:00: read with winter's offset, 12:30 would come back as 13:30.
      expect(slider()).toHaveAttribute(
        'aria-valuetext',
        expect.stringMatching(/^Mon 6 Jul, 12:30 CEST/),
      );
    });
  });

  describe('given an SLA policy whose calendar is in New York', () => {
    it('names that zone instead', async () => {
      await setup('America/New_York');
      expect(screen.getByLabelText('Opened (America/New_York)')).toHaveValue('2026-03-02T05:00');
    });
  });

  describe('given no SLA policy', () => {
    it('uses UTC and says so', async () => {
      await setup('Europe/Berlin', { withSla: false });
      expect(screen.getByLabelText('Opened (UTC)')).toHaveValue('2026-03-02T10:00');
    });
  });

  it('speaks the host’s words for the label', async () => {
    render(
      <EscalationFlow
        defaultValue={tierOneToEngineering}
        calendars={calendarsIn('UTC')}
        simulationSamples={samples}
        defaultSimulating
        messages={{ openedAt: (zone) => `Ouvert (heure ${zone})` }}
      />,
    );
    expect(await screen.findByLabelText('Ouvert (heure UTC)')).toHaveValue('2026-03-02T10:00');
  });
});

describe('the times a simulation shows', () => {
  it('tells the trace and the cards’ firing times in the calendar’s zone, named', async () => {
    await setup('America/New_York');
    fireEvent.change(slider(), { target: { value: '0' } });
    // 10:00 UTC on 2 March is 05:00 in New York (EST).
    expect(slider()).toHaveAttribute(
      'aria-valuetext',
      expect.stringMatching(/^Mon 2 Mar, 05:00 GMT-5/),
    );
    fireEvent.change(slider(), { target: { value: slider().getAttribute('aria-valuemax') } });
    const fired = [...document.querySelectorAll('.tandem-flow-fired')].map((el) => el.textContent);
    expect(fired.length).toBeGreaterThan(0);
    for (const text of fired) expect(text).toMatch(/^fires Mon 0[5-9]:\d\d$/);
  });
});
