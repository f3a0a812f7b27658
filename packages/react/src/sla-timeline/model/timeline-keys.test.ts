import { describe, expect, it } from 'vitest';
import { englishSlaMessages, resolveSlaMessages } from '../messages';
import { simEventsOf } from './escalation-events';
import { cursorKeyAction } from './timeline-keys';

const key = (k: string, extra: Partial<KeyboardEvent> = {}) => ({
  key: k,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...extra,
});

describe('cursorKeyAction', () => {
  it('steps with the arrows, further with Shift', () => {
    expect(cursorKeyAction(key('ArrowRight'), false)).toEqual({
      type: 'step',
      direction: 1,
      large: false,
    });
    expect(cursorKeyAction(key('ArrowLeft', { shiftKey: true }), false)).toEqual({
      type: 'step',
      direction: -1,
      large: true,
    });
  });

  it('follows the screen in right-to-left documents, but Up stays later', () => {
    expect(cursorKeyAction(key('ArrowLeft'), true)).toEqual({
      type: 'step',
      direction: 1,
      large: false,
    });
    expect(cursorKeyAction(key('ArrowUp'), true)).toEqual({
      type: 'step',
      direction: 1,
      large: false,
    });
  });

  it('zooms, fits, pages and jumps, and leaves shortcuts with modifiers alone', () => {
    expect(cursorKeyAction(key('+'), false)).toEqual({ type: 'zoom', direction: 'in' });
    expect(cursorKeyAction(key('-'), false)).toEqual({ type: 'zoom', direction: 'out' });
    expect(cursorKeyAction(key('0'), false)).toEqual({ type: 'fit' });
    expect(cursorKeyAction(key('PageDown'), false)).toEqual({ type: 'page', direction: -1 });
    expect(cursorKeyAction(key('End'), false)).toEqual({ type: 'edge', to: 'end' });
    expect(cursorKeyAction(key('+', { ctrlKey: true }), false)).toBeUndefined();
    expect(cursorKeyAction(key('a'), false)).toBeUndefined();
  });
});

describe('simEventsOf', () => {
  it('turns a history into acknowledge, pause, resume and resolve events', () => {
    const events = simEventsOf(
      [
        { type: 'created', at: 0, priority: 'P2', status: 'waiting-on-customer' },
        { type: 'status', at: 10, status: 'in-progress' },
        { type: 'responded', at: 20 },
        { type: 'responded', at: 25 },
        { type: 'status', at: 30, status: 'scheduled' },
        { type: 'resolved', at: 40 },
      ],
      ['waiting-on-customer', 'scheduled'],
      35,
    );
    expect(events).toEqual([
      { at: 0, type: 'paused' },
      { at: 10, type: 'resumed' },
      { at: 20, type: 'acknowledged' },
      { at: 30, type: 'paused' },
    ]);
  });
});

describe('SLA messages', () => {
  it('formats durations in hours and minutes', () => {
    expect(englishSlaMessages.duration(135)).toBe('2 h 15 min');
    expect(englishSlaMessages.duration(-45)).toBe('45 min');
    expect(englishSlaMessages.duration(12 * 60 + 5)).toBe('12 h');
    expect(englishSlaMessages.timeToBreach(-90)).toBe('breached 1 h 30 min ago');
  });

  it('merges nested overrides key by key', () => {
    const messages = resolveSlaMessages({ clockName: { plan: 'Action plan' }, close: 'Fermer' });
    expect(messages.clockName).toEqual({ ...englishSlaMessages.clockName, plan: 'Action plan' });
    expect(messages.close).toBe('Fermer');
    expect(resolveSlaMessages(undefined)).toBe(englishSlaMessages);
  });

  it('announces the moment in one sentence per clock', () => {
    expect(
      englishSlaMessages.moment({
        time: 'Mon 2 Mar, 10:15',
        zone: 'EST',
        viewerTime: '15:15',
        beforeCreated: false,
        projected: true,
        holder: 'Northwind NOC',
        clocks: [
          {
            name: 'Response',
            state: 'breached',
            stateName: 'breached',
            percent: 125,
            remainingMinutes: -15,
          },
          { name: 'Plan', state: 'met', stateName: 'met', percent: 40, remainingMinutes: 100 },
        ],
      }),
    ).toBe(
      'Mon 2 Mar, 10:15 EST (projected). Response: breached, 15 min over. Plan: met. Held by Northwind NOC.',
    );
  });
});
