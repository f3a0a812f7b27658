import { describe, expect, it } from 'vitest';
import type { Matrix, Party } from '../matrix/model';
import { createCalendarRegistry } from '../sla/registry';
import { applyPolicyChanges } from './changes';
import { checkPolicy } from './check-policy';
import type { EscalationPolicy, EscalationStep, Transition } from './model';
import { assign, calendars, edge, matrix, policy } from './test-fixtures';

const day: [string, string][] = [['09:00', '17:00']];
const offHours: [string, string][] = [
  ['00:00', '09:00'],
  ['17:00', '24:00'],
];
const allDay: [string, string][] = [['00:00', '24:00']];
// A London desk with Christmas off (and perhaps yearly holidays), and an on-call team covering
// its evenings and weekends — and, unless told otherwise, all of Christmas Day.
const christmasOnCall = [{ date: '2026-12-25', hours: allDay }];
const registry = (
  onCallHolidays: typeof christmasOnCall = christmasOnCall,
  rules: { yearly: string }[] = [],
) =>
  createCalendarRegistry([
    {
      id: 'london',
      timeZone: 'Europe/London',
      hours: { mon: day, tue: day, wed: day, thu: day, fri: day },
      holidays: ['2026-12-25'],
      recurringHolidays: rules,
    },
    {
      id: 'evenings',
      timeZone: 'Europe/London',
      hours: {
        mon: offHours,
        tue: offHours,
        wed: offHours,
        thu: offHours,
        fri: offHours,
        sat: allDay,
        sun: allDay,
      },
      holidays: onCallHolidays,
    },
  ]);
const zoned = registry();
// The fixtures' MSP (around the clock), a London desk and its on-call team.
const [, msp] = matrix.parties as [Party, Party];
const parties: Matrix = {
  ...matrix,
  parties: [
    { id: 'uk', name: 'UK desk', side: 'internal', calendarId: 'london' },
    { id: 'oncall', name: 'On-call team', side: 'provider', calendarId: 'evenings' },
    msp,
  ],
};

// The MSP triages; tickets go to the UK desk in its hours and to the on-call team after hours.
const split: EscalationPolicy = {
  id: 'split',
  startStepId: 'triage',
  steps: [
    assign('triage', 'msp', { terminal: false }),
    assign('desk', 'uk'),
    assign('night', 'oncall'),
  ],
  transitions: [
    edge('day', 'triage', 'desk', [{ kind: 'hours', open: true, partyId: 'uk' }]),
    edge('after-hours', 'triage', 'night', [{ kind: 'hours', open: false, partyId: 'uk' }]),
  ],
};
const check = (p: EscalationPolicy, years = [2026]) =>
  checkPolicy(p, { matrix: parties, calendars: zoned, holidayYears: years });
const brief = (issues: ReturnType<typeof checkPolicy>) =>
  issues.map((i) => [i.ruleId, i.path?.join('.'), ...i.stepIds]);

describe('checkPolicy on working hours', () => {
  it('flags a start step whose only party is closed at night, with a fix that holds it', () => {
    const found = checkPolicy(policy, { matrix, calendars });
    expect(brief(found)).toEqual([['fires-while-closed', 'startStepId', 't1']]);
    expect(found[0]?.message).toBe(
      'Step "Tier 1" can fire while Internal IT is closed (Mon 00:00 UTC), and nothing covers it.',
    );
    const held = applyPolicyChanges(policy, found[0]?.fixes[0]?.changes ?? []);
    expect(held.ok && checkPolicy(held.value, { matrix, calendars })).toEqual([]);
  });

  it('runs only with calendars, so existing checks are unchanged', () => {
    expect(checkPolicy(policy, { matrix })).toEqual([]);
  });

  it('accepts a branch whose working-hours conditions send each ticket to someone open', () => {
    expect(check(split)).toEqual([]);
  });

  it('flags the branch once its condition is gone, at the transition’s path', () => {
    const careless = {
      ...split,
      transitions: [edge('day', 'triage', 'desk'), split.transitions[1] as Transition],
    };
    expect(brief(check(careless))).toEqual([['fires-while-closed', 'transitions.0', 'desk']]);
  });

  it('lets a business-minute trigger on the party’s own calendar through', () => {
    const counted: EscalationPolicy = {
      ...split,
      steps: split.steps.slice(0, 2),
      transitions: [
        {
          id: 'day',
          from: 'triage',
          to: 'desk',
          trigger: { kind: 'not-acknowledged', minutes: 30, calendarId: 'london' },
        },
      ],
    };
    expect(check(counted)).toEqual([]);
  });

  it('counts a parallel step covered while one of its parties is open', () => {
    const both: EscalationPolicy = {
      ...split,
      steps: [assign('triage', ['uk', 'oncall'])],
      transitions: [],
    };
    expect(check(both)).toEqual([]);
    const rota = {
      ...both,
      steps: [{ ...(both.steps[0] as EscalationStep), mode: 'round-robin' as const }],
    };
    expect(brief(check(rota))).toEqual([['fires-while-closed', 'startStepId', 'triage']]);
  });
});

describe('checkPolicy on holidays', () => {
  it('flags Christmas Day, when the after-hours path reaches an on-call team that works evenings only', () => {
    const found = checkPolicy(split, { matrix: parties, calendars: registry([]) });
    expect(brief(found)).toEqual([['holiday-leaves-nobody', 'transitions.1', 'night']]);
    expect(found[0]?.message).toBe(
      `On 2026-12-25, a holiday of UK desk's calendar, step "night" can fire with nobody open (On-call team closed).`,
    );
    expect(found[0]?.partyIds).toEqual(['oncall']);
  });

  it('expands yearly holidays for the years asked', () => {
    const boxingDay = registry(christmasOnCall, [{ yearly: '12-26' }]);
    // Saturday 26 December 2026 is a weekend day the on-call team covers anyway; in 2025 it is
    // a Friday, the desk is off and the on-call team is not there in the day.
    const options = { matrix: parties, calendars: boxingDay };
    expect(checkPolicy(split, { ...options, holidayYears: [2026] })).toEqual([]);
    expect(brief(checkPolicy(split, { ...options, holidayYears: [2025] }))).toEqual([
      ['holiday-leaves-nobody', 'transitions.1', 'night'],
    ]);
  });

  it('says nothing of a holiday someone covers', () => {
    expect(check(split)).toEqual([]);
  });

  it('uses the overridden message', () => {
    const [found] = checkPolicy(split, {
      matrix: parties,
      calendars: registry([]),
      messages: {
        'holiday-leaves-nobody': (date, _owner, step) => `${date}: personne pour ${step}.`,
      },
    });
    expect(found?.message).toBe('2026-12-25: personne pour night.');
  });
});
