import { describe, expect, it } from 'vitest';
import type { AuditRecord } from '../api/types';
import { auditActors, filterAudit, newestFirst } from './audit-log';

const line = (id: string, at: string, actor: string, resource: AuditRecord['resource']) =>
  ({
    id,
    at,
    actor,
    resource,
    version: 1,
    change: { type: 'setStart', stepId: 't1' },
  }) satisfies AuditRecord;

const records: AuditRecord[] = [
  line('a', '2026-09-30T14:40:00Z', 'Sam', 'matrix'),
  line('b', '2026-09-30T14:40:00Z', 'Sam', 'escalation'),
  line('c', 'not a date', 'Dana', 'matrix'),
  line('d', '2026-11-20T19:12:00Z', 'Dana', 'matrix'),
];

describe('newestFirst', () => {
  it('puts the newest first, the later of a save first, and unreadable times last', () => {
    expect(newestFirst(records).map((r) => r.id)).toEqual(['d', 'b', 'a', 'c']);
  });
});

describe('auditActors', () => {
  it('lists each person once, alphabetically', () => {
    expect(auditActors(records)).toEqual(['Dana', 'Sam']);
  });
});

describe('filterAudit', () => {
  it('keeps the records of one resource and one person', () => {
    expect(filterAudit(records, { resource: 'matrix', actor: 'Sam' }).map((r) => r.id)).toEqual([
      'a',
    ]);
    expect(filterAudit(records, { resource: 'all', actor: '' })).toHaveLength(4);
  });
});
