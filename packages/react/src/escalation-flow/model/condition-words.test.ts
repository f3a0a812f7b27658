import { describe, expect, it } from 'vitest';
import { englishEscalationFlowMessages as m } from '../messages';
import { englishAck, englishCondition, englishHold, englishRotation } from './condition-words';
import { stepNotes, transitionWords } from './flow-words';

const names: Record<string, string> = { it: 'Contoso IT', uk: 'UK', office: 'Office' };
const name = (id: string) => names[id] ?? id;

describe('englishCondition', () => {
  it("names whose hours: a calendar's, a party's or the holder's", () => {
    expect(englishCondition({ kind: 'hours', open: false, partyId: 'it' }, name)).toBe(
      "outside Contoso IT's hours",
    );
    expect(englishCondition({ kind: 'hours', open: true, calendarId: 'office' }, name)).toBe(
      'in Office hours',
    );
    expect(englishCondition({ kind: 'hours', open: false }, name)).toBe(
      "outside the holder's hours",
    );
  });

  it('says holidays of a calendar or a party, and their absence', () => {
    expect(englishCondition({ kind: 'holiday', holiday: true, calendarId: 'uk' }, name)).toBe(
      'on a UK holiday',
    );
    expect(englishCondition({ kind: 'holiday', holiday: false, partyId: 'it' }, name)).toBe(
      'not on a Contoso IT holiday',
    );
    expect(englishCondition({ kind: 'holiday', holiday: true }, name)).toBe(
      "on a holiday of the holder's",
    );
  });

  it('lists priorities as alternatives', () => {
    expect(englishCondition({ kind: 'priority', priorities: ['P1', 'P2'] }, name)).toBe('P1 or P2');
    expect(englishCondition({ kind: 'priority', priorities: [] }, name)).toBe('(no priority)');
  });
});

describe('step words', () => {
  it("names the hold's calendar, else its targets", () => {
    expect(englishHold({ until: 'open', calendarId: 'uk' }, name)).toBe(
      'waits for UK working hours',
    );
    expect(englishHold({ until: 'open' }, name)).toBe("waits for its targets' working hours");
  });

  it('tells first from every acknowledgement', () => {
    expect([englishAck('all'), englishAck('first')]).toEqual([
      'every target must acknowledge',
      'first acknowledgement stops it',
    ]);
  });

  it('says when a round robin rotates', () => {
    expect(englishRotation({ notifications: 3 })).toBe('rotates after 3 notifications');
    expect(englishRotation({ notifications: 1 })).toBe('rotates after each notification');
    expect(englishRotation({ minutes: 90 })).toBe('rotates every 1 h 30 min');
  });
});

describe('flow words', () => {
  it("puts a transition's conditions after its trigger", () => {
    expect(
      transitionWords(
        m,
        {
          trigger: { kind: 'not-acknowledged', minutes: 15 },
          when: [
            { kind: 'hours', open: false, partyId: 'it' },
            { kind: 'priority', priorities: ['P1'] },
          ],
        },
        name,
      ),
    ).toBe("not acknowledged in 15 min · outside Contoso IT's hours · P1");
    expect(transitionWords(m, { trigger: { kind: 'manual' } }, name)).toBe('by hand');
  });

  it('notes only what applies to the step’s mode', () => {
    expect(stepNotes(m, { hold: { until: 'open' }, ack: 'all' }, name)).toBe(
      "waits for its targets' working hours · every target must acknowledge",
    );
    // A rotation means nothing to a parallel step, an acknowledgement mode nothing to a round robin.
    expect(stepNotes(m, { rotate: { notifications: 2 }, ack: 'all' }, name)).toBe(
      'every target must acknowledge',
    );
    expect(
      stepNotes(m, { mode: 'round-robin', rotate: { notifications: 2 }, ack: 'all' }, name),
    ).toBe('rotates after 2 notifications');
    expect(stepNotes(m, {}, name)).toBe('');
  });
});
