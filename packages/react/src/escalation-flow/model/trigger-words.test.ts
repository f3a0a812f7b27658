import { describe, expect, it } from 'vitest';
import { pathAt } from '../hooks/use-flow-simulation';
import { resolveEscalationFlowMessages } from '../messages';
import { englishDuration, englishMatch, englishReach, englishTrigger } from './trigger-words';

describe('trigger words', () => {
  it('says triggers as people do', () => {
    expect(englishTrigger({ kind: 'after', minutes: 30, calendarId: 'office' })).toBe(
      'after 30 business min',
    );
    expect(englishTrigger({ kind: 'sla', target: 'response', percent: 75 })).toBe(
      'at 75 % of response SLA',
    );
    expect(englishTrigger({ kind: 'not-acknowledged', minutes: 15 })).toBe(
      'not acknowledged in 15 min',
    );
    expect(englishTrigger({ kind: 'not-resolved', minutes: 240, calendarId: 'holder' })).toBe(
      'not resolved in 4 business hours',
    );
    expect(englishTrigger({ kind: 'manual' })).toBe('by hand');
  });

  it('writes durations in hours and minutes', () => {
    expect([
      englishDuration(90, false),
      englishDuration(60, true),
      englishDuration(45, true),
    ]).toEqual(['1 h 30 min', '1 business hour', '45 business min']);
  });

  it('names parallel and round-robin reach', () => {
    const two = [{ partyId: 'it' }, { partyId: 'msp' }];
    expect(englishReach({ targets: two })).toBe('both teams at once');
    expect(englishReach({ targets: [...two, { partyId: 'soc' }] })).toBe('all 3 at once');
    expect(englishReach({ targets: two, mode: 'round-robin' })).toBe('in turn');
    expect(englishReach({ targets: [{ partyId: 'it' }] })).toBe('');
  });

  it('describes rule conditions with names', () => {
    const name = (id: string) => (id === 'helpdesk' ? 'Helpdesk' : id);
    expect(englishMatch({ categoryIds: ['helpdesk'], vip: true }, name)).toBe(
      'category Helpdesk · VIP',
    );
    expect(englishMatch({}, name)).toBe('any ticket');
  });
});

describe('resolveEscalationFlowMessages', () => {
  it('merges nested overrides key by key', () => {
    const m = resolveEscalationFlowMessages({
      action: { notify: 'Inform' },
      dialog: { save: 'Apply' },
    });
    expect([m.action.assign, m.action.notify, m.dialog.save, m.dialog.cancel]).toEqual([
      'Assign',
      'Inform',
      'Apply',
      'Cancel',
    ]);
  });
});

describe('pathAt', () => {
  const trace = [
    { at: 0, kind: 'routed', partyIds: ['it'], reason: '' },
    { at: 0, kind: 'assigned', stepId: 't1', partyIds: ['it'], reason: '' },
    { at: 5, kind: 'escalated', stepId: 't1', transitionId: 'up', reason: '' },
    { at: 5, kind: 'assigned', stepId: 'eng', partyIds: ['msp'], reason: '' },
  ] as const;
  it('lights the path up to the cursor', () => {
    expect(pathAt(trace, 1)).toEqual({
      current: 't1',
      visited: new Set(['t1']),
      taken: new Set(),
      firedAt: new Map([['t1', 0]]),
    });
    expect(pathAt(trace, 3).taken).toEqual(new Set(['up']));
    expect(pathAt(trace, 3).current).toBe('eng');
  });
});
