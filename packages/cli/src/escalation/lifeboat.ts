import { formatPath } from '@tandem/core';
import type { Carried, EscalationPolicy, ExternalMapping } from '@tandem/core/escalation';
import {
  externalTargets,
  policiesFromOpsgenieList,
  policyToJsmOps,
  suggestMapping,
} from '@tandem/core/escalation/interop';

/**
 * What the Opsgenie lifeboat writes: the Tandem policies (with what was carried beside each),
 * the same escalations as JSM Operations JSON, the parties it proposes for recipients no
 * `--map` entry named, and every loss, path first.
 *
 * @example
 * const out: Lifeboat = lifeboat(json, {});
 */
export interface Lifeboat {
  readonly policies: readonly { readonly policy: EscalationPolicy; readonly carried: Carried }[];
  readonly jsm: readonly unknown[];
  readonly parties: readonly { readonly id: string; readonly name: string }[];
  readonly lost: readonly { readonly where: string; readonly message: string }[];
}

/**
 * Takes an Opsgenie list response (`{ data: [...] }`, or one escalation) off the sinking API:
 * each escalation as a Tandem policy and as a JSM Operations escalation, recipients mapped by
 * `mapping` or else to parties named after them. Entries that cannot be read are reported and
 * skipped.
 *
 * @example
 * const out = lifeboat(JSON.parse(text), {});
 */
export function lifeboat(json: unknown, mapping: ExternalMapping): Lifeboat {
  const input =
    typeof json === 'object' && json !== null && 'data' in json ? json : { data: [json] };
  const named = Object.keys(mapping);
  const unnamed = externalTargets(input).filter((t) => !named.includes(t.id));
  const suggestion = suggestMapping(unnamed, { parties: [] }, { create: { side: 'provider' } });
  const full = { ...suggestion.mapping, ...mapping };
  const list = policiesFromOpsgenieList(input, full);
  const lost: { where: string; message: string }[] = [];
  const policies: Lifeboat['policies'][number][] = [];
  const jsm: unknown[] = [];
  if (!list.ok) {
    for (const issue of list.issues)
      lost.push({ where: formatPath(issue.path), message: issue.message });
    return { policies, jsm, parties: [], lost };
  }
  list.value.forEach((one, i) => {
    if (!one.ok) {
      for (const issue of one.issues)
        lost.push({ where: formatPath(issue.path), message: `${issue.message} (skipped)` });
      return;
    }
    policies.push({ policy: one.value, carried: one.carried });
    for (const item of one.report.lost)
      lost.push({ where: formatPath(['data', i, ...item.path]), message: item.message });
    const exported = policyToJsmOps(one.value, {}, one.carried);
    if (exported.ok) {
      jsm.push(exported.value);
      for (const item of exported.report.lost)
        lost.push({ where: `jsm ${i}: ${formatPath(item.path)}`, message: item.message });
    }
  });
  const parties = suggestion.changes.map((c) => ({ id: c.party.id, name: c.party.name }));
  return { policies, jsm, parties, lost };
}
