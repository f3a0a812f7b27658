import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePolicy } from '@tandem/core/escalation';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURES, ndjson, tandem, tempFolder } from './run-tandem';

const routing = `${FIXTURES}routing.json`;
const calendars = `${FIXTURES}calendars.json`;
const temp = tempFolder();
afterAll(temp.remove);

describe('tandem route', () => {
  it('routes each ticket by its attributes and arrival time, bad records reported by line', async () => {
    const run = await tandem([
      'route',
      '-r',
      routing,
      '-c',
      calendars,
      `${FIXTURES}route-tickets.ndjson`,
    ]);
    expect(run.code).toBe(1);
    expect(ndjson(run.stdout).map((d) => [d.id, d.ruleId])).toEqual([
      ['R-1', 'vip'],
      ['R-2', 'security'],
      ['R-3', 'after-hours'], // 03:00 UTC is 22:00 in New York: the office is closed
      ['R-4', null],
    ]);
    expect(run.stderr).toContain('route-tickets.ndjson:5: vip: Invalid input: expected boolean');
  });

  it('stops with exit 1 when the routing names a calendar it was not given', async () => {
    const run = await tandem(['route', '-r', routing], '{"id":"R-1"}\n');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      'rules[2].when.hours.calendarId: No calendar has the id "office".',
    );
  });
});

describe('tandem simulate', () => {
  it('writes each ticket’s trace, escalating the one nobody acknowledges', async () => {
    const run = await tandem(
      ['simulate', '-r', routing, '-p', `${FIXTURES}escalation.json`, '-c', calendars],
      readFileSync(`${FIXTURES}simulate-tickets.ndjson`),
    );
    expect(run.code).toBe(1);
    const [ignored, handled] = ndjson(run.stdout) as { id: string; trace: { kind: string }[] }[];
    expect(ignored?.trace.map((t) => t.kind)).toEqual([
      'routed',
      'assigned',
      'escalated',
      'assigned',
      'ended', // the engineering step is terminal
    ]);
    expect(handled?.trace.map((t) => t.kind)).toEqual([
      'routed',
      'assigned',
      'acknowledged',
      'resolved',
    ]);
    expect(run.stderr).toContain('stdin:3: openedAt: Expected epoch ms or an ISO 8601 date-time');
  });
});

describe('tandem import', () => {
  it('imports a PagerDuty policy, listing the targets no party is mapped to', async () => {
    const out = join(temp.dir, 'escalation.json');
    const run = await tandem([
      'import',
      'pagerduty',
      `${FIXTURES}pagerduty.json`,
      '--map',
      `${FIXTURES}people.json`,
      '-o',
      out,
    ]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(
      'escalation_rules[1].targets[1]: No party is mapped to user_reference "PUNKNWN"',
    );
    const policy = parsePolicy(JSON.parse(readFileSync(out, 'utf8')));
    expect(policy.ok && policy.value.steps.map((s) => s.targets)).toEqual([
      [{ partyId: 'msp-desk' }],
      [{ partyId: 'msp-noc', tier: 2 }],
    ]);
  });

  it('imports an Opsgenie escalation to stdout', async () => {
    const run = await tandem([
      'import',
      'opsgenie',
      `${FIXTURES}opsgenie.json`,
      '--map',
      `${FIXTURES}people.json`,
    ]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ id: 'opsgenie', name: 'Ops escalation' });
  });

  it('exits 1 on a file of the wrong shape and 2 on an unknown source', async () => {
    const wrong = await tandem(['import', 'opsgenie', `${FIXTURES}pagerduty.json`]);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('pagerduty.json: rules: Expected array.');
    const unknown = await tandem(['import', 'jira', `${FIXTURES}opsgenie.json`]);
    expect(unknown.code).toBe(2);
  });
});

describe('tandem import opsgenie --to jsm (the Opsgenie lifeboat)', () => {
  it('turns a list response into Tandem policies, JSM Operations JSON and a loss report', async () => {
    const run = await tandem([
      'import',
      'opsgenie',
      `${FIXTURES}opsgenie-list.json`,
      '--to',
      'jsm',
    ]);
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as {
      policies: { policy: { id: string; steps: unknown[] } }[];
      jsm: {
        rules: { delay: unknown; notifyType?: string; recipient: { id: string } }[];
        repeat: unknown;
      }[];
      parties: { id: string; name: string }[];
    };
    expect(out.policies.map((p) => [p.policy.id, p.policy.steps.length])).toEqual([['esc-1', 2]]);
    expect(out.jsm[0]?.rules.map((r) => [r.delay, r.notifyType, r.recipient.id])).toEqual([
      [0, 'default', 'sch-1'],
      [60, 'next', 'u-1'],
    ]);
    expect(out.jsm[0]?.repeat).toEqual({
      waitInterval: 10,
      count: 1,
      resetRecipientStates: true,
      closeAlertAfterAll: false,
    });
    expect(out.parties).toEqual([
      { id: 'desk-schedule', name: 'Desk_schedule' },
      { id: 'ana-silva-example-com', name: 'ana.silva@example.com' },
    ]);
    expect(run.stderr).toContain('not carried: data[0]: Unknown keys: colour; not carried.');
    expect(run.stderr).toContain('data[1].rules');
  });

  it('refuses --to jsm for PagerDuty input', async () => {
    const run = await tandem(['import', 'pagerduty', `${FIXTURES}pagerduty.json`, '--to', 'jsm']);
    expect(run.code).toBe(2);
  });
});
