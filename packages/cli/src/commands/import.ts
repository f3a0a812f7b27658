import { formatPath } from '@tandem/core';
import {
  type EscalationPolicy,
  type ExternalMapping,
  type InteropResult,
  policyFromOpsgenie,
  policyFromPagerDuty,
} from '@tandem/core/escalation';
import * as z from 'zod';
import type { ImportSource } from '../choices';
import { EXIT, type ExitCode } from '../exit-codes';
import { readJson, shownPath, writeOutput } from '../files';
import { zodIssues } from '../records';

/**
 * `tandem import` options.
 *
 * @example
 * const options: ImportOptions = { map: 'mapping.json', output: 'escalation.json' };
 */
export interface ImportOptions {
  readonly map?: string;
  readonly output: string;
  readonly quiet?: boolean;
  /** `jsm`: the Opsgenie lifeboat — a list response in, policies and JSM Operations JSON out. */
  readonly to?: 'jsm';
}

// Their ids → our parties, as `ExternalMapping` types it (the core exports no parser for it).
const mappingSchema = z.record(
  z.string().min(1),
  z.union([
    z.string().min(1),
    z.strictObject({ partyId: z.string().min(1), tier: z.number().int().min(1).optional() }),
  ]),
);

function readMapping(path: string | undefined): Promise<ExternalMapping> {
  if (!path) return Promise.resolve({});
  return readJson(path, (json) => {
    const parsed = mappingSchema.safeParse(json);
    return parsed.success
      ? { ok: true, value: parsed.data as ExternalMapping }
      : { ok: false, issues: zodIssues(parsed.error) };
  });
}

const IMPORTERS: Readonly<
  Record<ImportSource, (json: unknown, mapping: ExternalMapping) => InteropResult<EscalationPolicy>>
> = { pagerduty: policyFromPagerDuty, opsgenie: policyFromOpsgenie };

/**
 * Imports a PagerDuty or Opsgenie escalation policy (their API's JSON) as a Tandem escalation
 * policy, their user/schedule/team ids mapped to parties by `--map`. What could not be carried
 * over (unmapped targets, say) is listed on stderr with its path; the policy is still written.
 *
 * @example
 * process.exitCode = await importCommand('pagerduty', 'pd.json', { map: 'map.json', output: '-' });
 */
export async function importCommand(
  source: ImportSource,
  file: string,
  options: ImportOptions,
): Promise<ExitCode> {
  const mapping = await readMapping(options.map);
  if (options.to === 'jsm') {
    if (source !== 'opsgenie') {
      console.error('--to jsm takes Opsgenie escalations (tandem import opsgenie … --to jsm).');
      return EXIT.usage;
    }
    const { lifeboat } = await import('../escalation/lifeboat');
    const boat = await readJson(file, (json) => ({ ok: true, value: lifeboat(json, mapping) }));
    await writeOutput(options.output, `${JSON.stringify(boat, null, 2)}\n`);
    if (!options.quiet)
      for (const item of boat.lost)
        console.error(`${shownPath(file)}: not carried: ${item.where}: ${item.message}`);
    return boat.policies.length > 0 ? EXIT.ok : EXIT.problems;
  }
  const result = await readJson(file, (json) => {
    const imported = IMPORTERS[source](json, mapping);
    return imported.ok ? { ok: true, value: imported } : imported;
  });
  await writeOutput(options.output, `${JSON.stringify(result.value, null, 2)}\n`);
  if (!options.quiet) {
    for (const lost of result.report.lost) {
      console.error(`${shownPath(file)}: not carried: ${formatPath(lost.path)}: ${lost.message}`);
    }
  }
  return EXIT.ok;
}
