import { createCalendar } from '@tandem/core/sla';
import { describe, expect, it } from 'vitest';
import { calendars } from '../stories/sla-fixtures';
import { holidaysIn, openStretches } from './open-hours';

const office = calendars.get('office');
const night = calendars.get('night');
if (!office || !night) throw new Error('fixture calendars missing');
const at = (iso: string) => Date.parse(iso);

describe('openStretches', () => {
  it('lists office hours day by day and skips the weekend', () => {
    const stretches = openStretches(office, {
      from: at('2026-03-06T00:00:00-05:00'),
      to: at('2026-03-10T00:00:00-04:00'),
    });
    expect(stretches).toEqual([
      { from: at('2026-03-06T08:00:00-05:00'), to: at('2026-03-06T17:00:00-05:00') },
      { from: at('2026-03-09T08:00:00-04:00'), to: at('2026-03-09T17:00:00-04:00') },
    ]);
  });

  it('clips stretches to the range', () => {
    const stretches = openStretches(office, {
      from: at('2026-03-02T12:00:00-05:00'),
      to: at('2026-03-02T13:00:00-05:00'),
    });
    expect(stretches).toEqual([
      { from: at('2026-03-02T12:00:00-05:00'), to: at('2026-03-02T13:00:00-05:00') },
    ]);
  });

  it('runs an overnight shift past midnight, and not on Friday night', () => {
    const stretches = openStretches(night, {
      from: at('2026-03-05T12:00:00Z'),
      to: at('2026-03-09T12:00:00Z'),
    });
    expect(stretches).toEqual([
      { from: at('2026-03-05T22:00:00Z'), to: at('2026-03-06T06:00:00Z') },
      { from: at('2026-03-08T22:00:00Z'), to: at('2026-03-09T06:00:00Z') },
    ]);
  });

  it('keeps wall-clock hours across the spring change', () => {
    const extended = calendars.get('extended');
    if (!extended) throw new Error('fixture calendar missing');
    const [saturday, sunday] = openStretches(extended, {
      from: at('2026-03-07T00:00:00-05:00'),
      to: at('2026-03-09T00:00:00-04:00'),
    });
    expect(saturday).toEqual({
      from: at('2026-03-07T07:00:00-05:00'),
      to: at('2026-03-07T23:00:00-05:00'),
    });
    expect(sunday).toEqual({
      from: at('2026-03-08T07:00:00-04:00'),
      to: at('2026-03-08T23:00:00-04:00'),
    });
  });

  it('stops after a calendar that never opens again', () => {
    const closed = createCalendar({
      id: 'gone',
      timeZone: 'UTC',
      hours: {},
      holidays: [{ date: '2026-01-05', hours: [['09:00', '10:00']] }],
    });
    expect(openStretches(closed, { from: Date.UTC(2026, 0, 1), to: Date.UTC(2026, 5, 1) })).toEqual(
      [{ from: Date.UTC(2026, 0, 5, 9), to: Date.UTC(2026, 0, 5, 10) }],
    );
  });
});

describe('holidaysIn', () => {
  it('finds Thanksgiving closed and the day after with short hours, as local days', () => {
    const marks = holidaysIn(office, {
      from: at('2026-11-25T00:00:00-05:00'),
      to: at('2026-11-30T00:00:00-05:00'),
    });
    expect(marks).toEqual([
      {
        date: '2026-11-26',
        name: 'Thanksgiving',
        from: at('2026-11-26T00:00:00-05:00'),
        to: at('2026-11-27T00:00:00-05:00'),
        closed: true,
      },
      {
        date: '2026-11-27',
        name: 'Day after Thanksgiving',
        from: at('2026-11-27T00:00:00-05:00'),
        to: at('2026-11-28T00:00:00-05:00'),
        closed: false,
      },
    ]);
  });

  it('leaves out holidays outside the range', () => {
    expect(
      holidaysIn(office, { from: at('2026-03-01T00:00:00Z'), to: at('2026-04-01T00:00:00Z') }),
    ).toEqual([]);
  });
});
