import * as z from 'zod/mini';
import { built } from '../pure';
import type { Carried } from './interop-carry';
import {
  type ExternalMapping,
  type ExternalRef,
  type ImportResult,
  type InteropResult,
  importList,
  type ListImportResult,
} from './interop-chain';
import type { EscalationPolicy } from './model';
import {
  type DelayDialect,
  escalationSchema,
  exportEscalation,
  importEscalation,
  type OpsgeniePolicy,
  type OpsgenieRule,
} from './opsgenie';

// Jira Service Management Operations kept Opsgenie's escalation JSON; its delays are bare
// minutes, and an escalation can be switched off (`enabled`).

/**
 * A JSM Operations escalation: Opsgenie's shape with `delay` in minutes.
 *
 * @example
 * const jsm: JsmOpsPolicy = { name: 'Ops', rules: [{ condition: 'if-not-acked', notifyType: 'default', delay: 0, recipient: { type: 'schedule', id: 's1' } }] };
 */
export interface JsmOpsPolicy extends Omit<OpsgeniePolicy, 'rules'> {
  readonly enabled?: boolean;
  readonly rules: readonly OpsgenieRule<number>[];
}

const jsmDelay: DelayDialect<number> = {
  system: 'jsm-ops',
  schema: /* @__PURE__ */ built(() => z.number().check(z.gte(0), z.lte(5_256_000))),
  minutes: (delay) => delay,
  write: (minutes) => minutes,
  unitOf: () => undefined,
};
const jsmSchema = /* @__PURE__ */ built(() => escalationSchema(jsmDelay));

/**
 * Imports a JSM Operations escalation, as `policyFromOpsgenie` does an Opsgenie one.
 *
 * @example
 * const result = policyFromJsmOps(json, { s1: 'msp' });
 * if (result.ok) save(result.value, result.carried);
 */
export function policyFromJsmOps(json: unknown, mapping: ExternalMapping): ImportResult {
  return importEscalation(json, mapping, jsmDelay, jsmSchema);
}

/**
 * Imports a JSM Operations list response (`{ values: [...] }`) escalation by escalation.
 *
 * @example
 * const list = policiesFromJsmOpsList(json, mapping);
 */
export function policiesFromJsmOpsList(json: unknown, mapping: ExternalMapping): ListImportResult {
  return importList(json, 'values', (one) => policyFromJsmOps(one, mapping));
}

/**
 * Exports a policy as a JSM Operations escalation (see `policyToOpsgenie`); an Opsgenie import's
 * `carried` fields go along, so Opsgenie escalations move over with their names and flags.
 *
 * @example
 * const result = policyToJsmOps(policy, {}, imported.carried);
 */
export function policyToJsmOps(
  policy: EscalationPolicy,
  refs: Readonly<Record<string, ExternalRef>>,
  carried?: Carried,
): InteropResult<JsmOpsPolicy> {
  return exportEscalation(policy, refs, carried, jsmDelay);
}
