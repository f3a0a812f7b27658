import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { randomSlaRecords } from '../../test/sla-reference';
import { readSlaRecordBytes, stringCache, utcInstantMsOf } from './sla-record-bytes';

const utf8 = (text: string) => new TextEncoder().encode(text);

// What JSON.parse makes of the record, instants read as the core reads them — the values the
// byte reader must give whenever it answers at all.
function parsed(text: string): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  const { id, history } = value as { id?: unknown; history: Record<string, unknown>[] };
  return {
    id,
    history: history.map((event) => ({ ...event, at: Date.parse(event.at as string) })),
  };
}

const plain = fc.constantFrom(
  ...randomSlaRecords(2000, 7).filter((line) => line.startsWith('{"id"')),
);
// Plain records with one byte changed, added or dropped: a space, an escape, a quote, a digit…
const mutated = fc
  .tuple(
    plain,
    fc.nat(),
    fc.constantFrom(' ', '\\', '"', '0', '}', ']', ',', 'é', 'x', ''),
    fc.boolean(),
  )
  .map(([line, at, piece, replace]) => {
    const k = at % line.length;
    return line.slice(0, k) + piece + line.slice(replace ? k + 1 : k);
  });

describe('readSlaRecordBytes', () => {
  it('reads what JSON.parse reads whenever it answers, and answers for the plain form', () => {
    const strings = stringCache(8);
    let answered = 0;
    fc.assert(
      fc.property(fc.oneof(plain, mutated), fc.constantFrom('', '\r'), (line, end) => {
        const text = line + end;
        const bytes = utf8(`${text}\n{"next":1}`);
        const read = readSlaRecordBytes(bytes, 0, utf8(text).length, strings);
        if (read === undefined) return;
        answered++;
        expect(read).toEqual(parsed(line));
      }),
      { numRuns: 3000 },
    );
    expect(answered).toBeGreaterThan(100);
    let plainForms = 0;
    for (const line of randomSlaRecords(2000, 7).filter((l) => /"at":"[^"]*Z"/.test(l))) {
      if (!line.startsWith('{"id":"T-') || /"attributes"|\\|[^\x20-\x7e]/.test(line)) continue;
      plainForms++;
      expect(readSlaRecordBytes(utf8(line), 0, utf8(line).length, strings)).toBeDefined();
    }
    expect(plainForms).toBeGreaterThan(20);
  });

  it('leaves other forms to JSON.parse', () => {
    const strings = stringCache();
    for (const text of [
      '{"id":"T-1", "history":[]}',
      '{"id":"T-1","history":[],"attributes":{"contract":"gold"}}',
      '{"id":"T-1","id":"T-2","history":[]}',
      '{"id":"T-\\u0031","history":[]}',
      '{"id":1.5,"history":[]}',
      '{"id":"T-1","history":[{"type":"created","at":1772442000000,"priority":"P1"}]}',
      '{"id":"T-1","history":[{"type":"created","at":"2026-03-02T09:00:00+01:00","priority":"P1"}]}',
      '{"id":"T-1","history":[{"type":"created","type":"status","at":"2026-03-02T09:00:00Z"}]}',
      '{"id":"T-1","history":[{"type":"created","at":"2026-03-02T09:00:00Z","note":"x"}]}',
      '{"id":"T-1","history":[]}}',
      // A quote where an instant's closing quote would be, inside or after a shorter string.
      '{"id":"T-1","history":[{"type":"created","at":"2026","priority":"P1"}]}',
      '{"id":"T-1","history":[{"type":"created","at":"2026-03-02T09:0","by":"x"}]}',
      '{"id":"T-1","history":[{"type":"created","at":"2026-03-02T\\"0:00Z"}]}',
      '[{"type":"created","at":"2026-03-02T09:00:00Z","priority":"P1"}]',
      '\ufeff{"id":"T-1","history":[]}',
    ]) {
      expect(readSlaRecordBytes(utf8(text), 0, utf8(text).length, strings)).toBeUndefined();
    }
  });
});

describe('utcInstantMsOf', () => {
  it('reads UTC instants as Date.parse does, and only real dates of that form', () => {
    const instants = fc
      .date({
        min: new Date('0100-01-01T00:00:00Z'),
        max: new Date('9999-12-31T23:59:59Z'),
        noInvalidDate: true,
      })
      .map((date) => date.toISOString());
    fc.assert(
      fc.property(instants, fc.boolean(), (iso, withMs) => {
        const text = withMs ? iso : iso.replace(/\.\d{3}Z$/, 'Z');
        expect(utcInstantMsOf(utf8(text), 0, text.length)).toBe(Date.parse(text));
      }),
    );
    for (const text of [
      '2026-02-29T00:00:00Z',
      '2026-04-31T00:00:00Z',
      '2026-03-02T24:00:00Z',
      '0099-03-02T09:00:00Z',
      '2026-03-02t09:00:00Z',
      '2026-03-02T09:00:00.5Z',
      '2026-03-02T09:00Z',
    ]) {
      expect(utcInstantMsOf(utf8(text), 0, text.length)).toBeUndefined();
    }
    expect(utcInstantMsOf(utf8('2024-02-29T23:59:59.999Z'), 0, 24)).toBe(
      Date.UTC(2024, 1, 29, 23, 59, 59, 999),
    );
  });
});

describe('stringCache', () => {
  it('gives equal strings for equal bytes, the same one while it is kept', () => {
    const strings = stringCache(2);
    const bytes = utf8('createdresolvedcreated');
    const first = strings.get(bytes, 0, 7);
    expect(first).toBe('created');
    expect(strings.get(bytes, 7, 15)).toBe('resolved');
    expect(strings.get(bytes, 15, 22)).toBe('created');
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)),
        }),
        (text) => {
          expect(strings.get(utf8(text), 0, text.length)).toBe(text);
        },
      ),
    );
  });
});
