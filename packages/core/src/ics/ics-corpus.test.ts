import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { weekdays } from '@tandem/fixtures';
import { describe, expect, it } from 'vitest';
import { addBusinessDays } from '../sla/business-days';
import { createCalendar } from '../sla/calendar';
import { calendarFromIcs } from './calendar-from-ics';
import { holidaysFromIcs } from './holidays-from-ics';

// The real feeds of ../shared/real-world/ics (see its SOURCES.md), read where they are.
const root = fileURLToPath(new URL('../../../../', import.meta.url));
const dir = path.resolve(root, '../shared/real-world/ics');
const read = (name: string) => readFileSync(path.join(dir, name), 'utf8');

describe.skipIf(!existsSync(dir))('the real holiday feeds', () => {
  it('loads GOV.UK England and Wales: 67 bank holidays, substitute and one-off days included', () => {
    const result = holidaysFromIcs(read('govuk-england-and-wales.ics'));
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.report.lost).toEqual([]);
    expect(result.value).toHaveLength(67);
    const names = new Map(result.value.map((h) => [h.date, h.name]));
    expect(names.get('2018-01-01')).toBe('New Year’s Day');
    expect(names.get('2020-12-28')).toBe('Boxing Day');
    expect(names.get('2021-12-27')).toBe('Christmas Day');
    expect(names.get('2021-12-28')).toBe('Boxing Day');
    expect(names.get('2022-06-03')).toBe('Platinum Jubilee bank holiday');
    expect(names.get('2022-09-19')).toBe(
      'Bank Holiday for the State Funeral of Queen Elizabeth II',
    );
    expect(names.get('2023-05-08')).toBe('Bank holiday for the coronation of King Charles III');
  });

  it('loads OPM’s federal holidays: 112 events on 111 dates, observed days as listed', () => {
    const text = read('opm-united-states-federal-holidays.ics');
    const result = holidaysFromIcs(text);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.report.lost).toEqual([]);
    // Inauguration Day 2025 is also Martin Luther King Jr. Day: one date, merged.
    expect(result.value).toHaveLength(111);
    const names = new Map(result.value.map((h) => [h.date, h.name]));
    expect(names.get('2021-12-31')).toBe("New Year's Day");
    expect(names.get('2021-12-24')).toBe('Christmas Day');
    expect(names.get('2022-12-26')).toBe('Christmas Day');
    expect(names.get('2021-01-18')).toBe('Birthday of Martin Luther King, Jr.');
    expect(names.get('2030-11-28')).toBe('Thanksgiving Day');
  });

  it('makes a calendar that skips the substitute days', () => {
    const result = calendarFromIcs(read('govuk-england-and-wales.ics'), {
      id: 'uk-office',
      timeZone: 'Europe/London',
      hours: weekdays([['09:00', '17:30']]),
    });
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    const office = createCalendar(result.value);
    // Thursday 23 December 2021 + 2 business days: Friday 24, then (27 and 28 closed) Wednesday 29.
    expect(addBusinessDays(office, new Date('2021-12-23T10:00:00Z'), 2)).toEqual(
      new Date('2021-12-29T10:00:00Z'),
    );
  });
});
