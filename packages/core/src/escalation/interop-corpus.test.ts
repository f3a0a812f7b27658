import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ImportResult, InteropReport } from './interop-chain';
import { policyFromOpsgenie, policyToOpsgenie } from './opsgenie';
import { policyFromPagerDuty, policyToPagerDuty } from './pagerduty';
import { simulateEscalation } from './simulate';

// The real PagerDuty and Opsgenie policies of the shared corpus (never copied here), read where
// they are: each imports, exports back to its own JSON once the keys reported lost are taken
// out, and keeps PagerDuty's timing. Skipped where the corpus is absent.
const root = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../..');
const dir = path.resolve(root, '../shared/real-world');
const present = existsSync(path.join(dir, 'pagerduty')) && existsSync(path.join(dir, 'opsgenie'));

function jsonFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const full = path.join(folder, name);
    if (statSync(full).isDirectory()) return jsonFiles(full);
    return name.endsWith('.json') ? [full] : [];
  });
}

type Json = Record<string, unknown>;

// A policy's entries, however the file holds them: a list response, a wrapped or bare policy.
function policiesOf(json: unknown, listKey: string): Json[] {
  if (Array.isArray(json)) return json as Json[];
  const record = json as Json;
  if (Array.isArray(record[listKey])) return record[listKey] as Json[];
  if (record.escalation_policy) return [record.escalation_policy as Json];
  return [record];
}

// Every external id in a policy's targets or recipients, mapped to a party of its own.
function mappingOf(policy: Json): Record<string, string> {
  const ids = new Set<string>();
  const walk = (value: unknown, key?: string) => {
    if (Array.isArray(value)) for (const item of value) walk(item, key);
    else if (value && typeof value === 'object') {
      if ((key === 'targets' || key === 'recipient') && typeof (value as Json).id === 'string')
        ids.add((value as Json).id as string);
      for (const [k, v] of Object.entries(value)) walk(v, k);
    }
  };
  walk(policy);
  return Object.fromEntries([...ids].map((id) => [id, `party-${id}`]));
}

// The input without the keys the import reported as unknown: what the export must give back.
function withoutReported(policy: Json, lost: InteropReport['lost']): Json {
  const copy = structuredClone(policy);
  for (const item of lost) {
    const keys = /^Unknown keys: (.*); not carried\.$/.exec(item.message)?.[1]?.split(', ');
    if (!keys) continue;
    let at: unknown = copy;
    for (const step of item.path) at = (at as Record<string | number, unknown>)[step];
    for (const key of keys) delete (at as Json)[key];
  }
  return copy;
}

function imported(result: ImportResult) {
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result;
}

describe.skipIf(!present)('the real-world PagerDuty and Opsgenie corpus', () => {
  const pd = present ? jsonFiles(path.join(dir, 'pagerduty')) : [];
  const og = present ? jsonFiles(path.join(dir, 'opsgenie')) : [];

  it.each(pd.map((file) => [path.basename(file), file]))(
    'PagerDuty %s imports and exports back, every dropped key reported',
    (_, file) => {
      for (const policy of policiesOf(
        JSON.parse(readFileSync(file, 'utf8')),
        'escalation_policies',
      )) {
        const result = imported(policyFromPagerDuty(policy, mappingOf(policy)));
        const unreported = result.report.lost.filter((l) => !l.message.startsWith('Unknown keys'));
        expect(unreported).toEqual([]);
        const back = policyToPagerDuty(result.value, {}, result.carried);
        // Documented normalisation: a missing num_loops is written as 0.
        expect(back.ok && back.value).toEqual({
          num_loops: 0,
          ...withoutReported(policy, result.report.lost),
        });
      }
    },
  );

  it.each(og.map((file) => [path.basename(file), file]))(
    'Opsgenie %s imports and exports back, every dropped key reported',
    (_, file) => {
      for (const policy of policiesOf(JSON.parse(readFileSync(file, 'utf8')), 'data')) {
        const result = imported(policyFromOpsgenie(policy, mappingOf(policy)));
        expect(result.report.lost).toEqual([]);
        const back = policyToOpsgenie(result.value, {}, result.carried);
        expect(back.ok && back.value).toEqual(withoutReported(policy, result.report.lost));
      }
    },
  );

  it('keeps the round robin of the held-out schema example through a round trip', () => {
    const file = pd.find((f) => f.includes('schema-EscalationPolicy-example'));
    if (!file) return;
    const policy = JSON.parse(readFileSync(file, 'utf8')) as Json;
    const result = imported(policyFromPagerDuty(policy, mappingOf(policy)));
    expect(result.value.steps[0]?.mode).toBe('round-robin');
    const back = policyToPagerDuty(result.value, {}, result.carried);
    expect(back.ok && back.value.escalation_rules[0]?.escalation_rule_assignment_strategy).toEqual([
      { type: 'round_robin' },
    ]);
  });

  it('escalates never-acknowledged tickets on PagerDuty timing, loops included', () => {
    for (const file of pd) {
      for (const policy of policiesOf(
        JSON.parse(readFileSync(file, 'utf8')),
        'escalation_policies',
      )) {
        const result = imported(policyFromPagerDuty(policy, mappingOf(policy)));
        const rules = policy.escalation_rules as { escalation_delay_in_minutes: number }[];
        const loops = (policy.num_loops as number | undefined) ?? 0;
        // PagerDuty: rule i hands over after its delay; after the last rule the chain starts
        // again, `num_loops` more times.
        const delays = Array.from({ length: loops + 1 }, () =>
          rules.map((rule) => rule.escalation_delay_in_minutes),
        ).flat();
        let at = 0;
        const expected = delays.slice(0, -1).map((delay) => (at += delay));
        const trace = simulateEscalation(
          {
            routing: {
              rules: [],
              default: { partyId: 'desk', tier: 1, policyId: result.value.id },
            },
            policy: result.value,
          },
          { openedAt: 0 },
          [],
          365 * 1_440 * 60_000,
        );
        const escalated = trace.filter((e) => e.kind === 'escalated').map((e) => e.at / 60_000);
        expect(escalated, path.basename(file)).toEqual(expected);
      }
    }
  });
});
