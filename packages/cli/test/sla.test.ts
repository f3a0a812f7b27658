import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ParseResult } from '@tandem/core';
import { createCalendarRegistry, parseCalendar, parseSlaPolicy } from '@tandem/core/sla';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, FIXTURES, ndjson, tandem, tempFolder } from './run-tandem';
import { randomSlaRecords, referenceSlaLines } from './sla-reference';

const policy = `${FIXTURES}sla-policy.json`;
const calendars = `${FIXTURES}calendars.json`;
const tickets = `${FIXTURES}tickets.ndjson`;
const AT = ['--at', '2026-03-03T00:00:00Z'];
const sla = (...args: string[]) => [
  'sla',
  '--policy',
  policy,
  '--calendars',
  calendars,
  ...AT,
  ...args,
];

const temp = tempFolder();
afterAll(temp.remove);

describe('tandem sla', () => {
  describe('given a stream with bad records among good ones', () => {
    it('writes one result per good record, in input order, keyed by id or line', async () => {
      const run = await tandem(sla(tickets));
      const keys = ndjson(run.stdout).map((result) => result.id ?? `line ${result.line}`);
      expect(keys).toEqual(['T-1', 'T-2', 'line 6', 'line 8']);
    });

    it('reports each bad record by line and path, exits 1 and sums up on stderr', async () => {
      const run = await tandem(sla(tickets));
      expect(run.code).toBe(1);
      const source = `${FIXTURES}tickets.ndjson`;
      expect(run.stderr.split('\n')).toEqual([
        `${source}:4: history[1].at: Expected epoch ms or an ISO 8601 date-time with an offset, e.g. "2026-03-02T09:00:00Z".`,
        `${source}:5: Not valid JSON: Unexpected end of JSON input`,
        `${source}:7: history: A history needs exactly one "created" event; it has 0.`,
        expect.stringMatching(
          /^tandem sla: 7 records, 4 done, 3 bad \(first at line 4\), \d+\.\d s$/,
        ),
        '',
      ]);
    });
  });

  it('writes bad records as NDJSON to --errors for tools, leaving stderr to the summary', async () => {
    const errors = join(temp.dir, 'bad.ndjson');
    const run = await tandem(sla('--errors', errors, tickets));
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^tandem sla: 7 records, 4 done, 3 bad \(first at line 4\)/);
    const bad = ndjson(readFileSync(errors, 'utf8'));
    expect(bad.map((record) => record.line)).toEqual([4, 5, 7]);
    expect(bad[0]).toEqual({
      line: 4,
      issues: [
        {
          path: ['history', 1, 'at'],
          code: 'invalid_format',
          message:
            'Expected epoch ms or an ISO 8601 date-time with an offset, e.g. "2026-03-02T09:00:00Z".',
        },
      ],
    });
  });

  it('computes the clocks with the policy the attributes select', async () => {
    const results = ndjson((await tandem(sla(tickets))).stdout);
    expect(results[0]).toMatchObject({
      id: 'T-1',
      policyId: 'standard',
      clocks: { response: { state: 'met', elapsedMinutes: 20, targetMinutes: 60 } },
    });
    // T-2 is gold: a 10-minute response on 24/7, missed by the resolution an hour in.
    expect(results[1]).toMatchObject({
      id: 'T-2',
      policyId: 'gold',
      resolved: true,
      clocks: { response: { state: 'breached', targetMinutes: 10 } },
    });
  });

  it('reads stdin and writes a file with -o, as it reads and writes files', async () => {
    const out = join(temp.dir, 'sla.ndjson');
    const run = await tandem(sla('-o', out, '-q'), readFileSync(tickets));
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('stdin:4: history[1].at:');
    expect(run.stderr).not.toContain('tandem sla:');
    const fromFile = await tandem(sla(tickets));
    expect(readFileSync(out, 'utf8')).toBe(fromFile.stdout);
  });

  it('reads an export with a byte-order mark and Windows line ends', async () => {
    const line =
      '{"id":"B-1","history":[{"type":"created","at":"2026-03-02T14:00:00Z","priority":"P2"}]}';
    const run = await tandem(
      sla(),
      Buffer.from(`\ufeff${line}\r\n${line.replace('B-1', 'B-2')}\r\n`),
    );
    expect(run.code).toBe(0);
    expect(ndjson(run.stdout).map((r) => r.id)).toEqual(['B-1', 'B-2']);
    expect(run.stderr).toMatch(/^tandem sla: 2 records, 2 done, none bad/);
  });

  describe('given thousands of tickets over several batches', () => {
    const file = join(temp.dir, 'tickets.ndjson');
    beforeAll(() => {
      // The good fixture tickets a thousand times over, each with its own id.
      const good = readFileSync(tickets, 'utf8').split('\n').slice(0, 2);
      const lines = Array.from({ length: 3_000 }, (_, i) =>
        (good[i % 2] as string).replace(/"id":"T-\d+"/, `"id":"T-${i + 1}"`),
      );
      writeFileSync(file, `${lines.join('\n')}\n`);
    });

    it('ends quietly with exit 0 when its reader stops early, as `| head -1` does', async () => {
      const child = spawn(process.execPath, [CLI, ...sla(file)], {
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
      });
      child.stdout.once('data', () => child.stdout.destroy());
      const [code] = await once(child, 'close');
      expect(code).toBe(0);
      expect(stderr).toBe('');
    });

    it('gives the same lines in the same order on 0, 1 and 3 worker threads', async () => {
      const runs = await Promise.all(['0', '1', '3'].map((w) => tandem(sla('--workers', w, file))));
      for (const run of runs) expect(run.code).toBe(0);
      const [inline, one, three] = runs.map((run) => run.stdout);
      expect(ndjson(inline as string).map((r) => r.id)).toEqual(
        Array.from({ length: 3_000 }, (_, i) => `T-${i + 1}`),
      );
      expect(one).toBe(inline);
      expect(three).toBe(inline);
    });
  });

  describe('held to the plain computation (JSON.parse, schema, computeSla, JSON.stringify)', () => {
    const valid = <T>(result: ParseResult<T>): T => {
      if (!result.ok) throw new Error(`fixture: ${JSON.stringify(result.issues)}`);
      return result.value;
    };
    const specs = JSON.parse(readFileSync(calendars, 'utf8')).map((spec: unknown) =>
      valid(parseCalendar(spec)),
    );
    const registry = createCalendarRegistry(specs);
    const policies = JSON.parse(readFileSync(policy, 'utf8')).map((item: unknown) =>
      valid(parseSlaPolicy(item, registry)),
    );
    const expected = (input: string) =>
      referenceSlaLines(
        input,
        policies,
        { calendars: registry, parties: [] },
        Date.parse(AT[1] as string),
      )
        .filter((line) => line !== undefined)
        .map((line) => `${line}\n`)
        .join('');

    it('writes the same bytes for the fixture tickets', async () => {
      const run = await tandem(sla(tickets));
      expect(run.stdout).toBe(expected(readFileSync(tickets, 'utf8')));
    });

    it('writes the same bytes for random tickets, on one thread and on two workers', async () => {
      const file = join(temp.dir, 'random.ndjson');
      const input = `${randomSlaRecords(4_000, 18).join('\n')}\n`;
      writeFileSync(file, input);
      const want = expected(input);
      expect(want.split('\n').length).toBeGreaterThan(3_000);
      for (const workers of ['0', '2']) {
        const run = await tandem(sla('--workers', workers, file));
        expect(run.stdout).toBe(want);
      }
      // The reference and two runs of the binary over 4,000 tickets: seconds alone, but CI runs
      // it beside the browser tests and builds on two cores.
    }, 120_000);
  });

  it('stops with exit 1 on a policy file with problems, naming each path', async () => {
    const file = join(temp.dir, 'bad-policy.json');
    const bad = [
      { id: 'x', calendarId: 'office', priorities: { P1: { response: { minutes: 0 } } } },
    ];
    writeFileSync(file, JSON.stringify(bad));
    const run = await tandem(['sla', '-p', file, '-c', calendars, tickets]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`${file}: [0].priorities.P1.response.minutes:`);
    expect(run.stderr).toContain(`${file}: [0].priorities.P1.resolution:`);
  });

  it("counts 'holder' targets on the calendar of the party holding the ticket (--matrix)", async () => {
    const file = join(temp.dir, 'parties.json');
    const parties = [
      { id: 'internal-it', name: 'Internal IT', side: 'internal', calendarId: 'office' },
      { id: 'msp-noc', name: 'MSP NOC', side: 'provider', calendarId: '24x7' },
    ];
    writeFileSync(file, JSON.stringify({ name: 'Parties', parties, categories: [], rows: [] }));
    const held = (partyId: string) =>
      JSON.stringify({
        id: partyId,
        history: [{ type: 'created', at: '2026-03-02T14:00:00Z', priority: 'P2', partyId }],
      });
    const run = await tandem(sla('--matrix', file), `${held('internal-it')}\n${held('msp-noc')}\n`);
    expect(run.code).toBe(0);
    const calendarOf = ndjson(run.stdout).map(
      (r) => (r.clocks as { resolution: { calendarId: string } }).resolution.calendarId,
    );
    expect(calendarOf).toEqual(['office', '24x7']);
  });

  it('stops with exit 1 when a policy names a calendar the calendars file lacks', async () => {
    const run = await tandem(['sla', '-p', policy, tickets]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${policy}: [0].calendarId: No calendar has the id "office".`);
  });
});
