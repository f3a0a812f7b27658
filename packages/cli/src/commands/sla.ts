import { EXIT, type ExitCode } from '../exit-codes';
import { inlineRunner, workerRunner } from '../ndjson/batch-runner';
import { type NdjsonIo, runNdjson } from '../ndjson/run-ndjson';
import { defaultWorkers } from '../options';
import { slaHandler } from '../sla/sla-handler';
import { readCalendars, readParties, readSlaPolicies, type SlaJob } from '../sla/sla-job';

/**
 * `tandem sla` options.
 *
 * @example
 * const options: SlaCommandOptions = { policy: 'policy.json', calendars: 'calendars.json', workers: 2 };
 */
export interface SlaCommandOptions {
  readonly policy: string;
  readonly calendars?: string;
  readonly matrix?: string;
  readonly at?: number;
  readonly timeline?: boolean;
  /** Worker threads; 0 computes on the main thread. One per core when left out. */
  readonly workers?: number;
}

/**
 * Computes every ticket's SLA clocks from an NDJSON stream of histories, one result line per
 * ticket in input order, on worker threads (one per core). Policies and calendars are read and
 * checked first (a bad file stops the run: exit 1); bad records are reported on stderr by line
 * and skipped, and make the exit code 1.
 *
 * @example
 * process.exitCode = await slaCommand(io, { policy: 'policy.json', calendars: 'calendars.json' });
 */
export async function slaCommand(io: NdjsonIo, options: SlaCommandOptions): Promise<ExitCode> {
  const { specs, registry } = await readCalendars(options.calendars);
  const job: SlaJob = {
    policies: await readSlaPolicies(options.policy, registry),
    calendars: specs,
    parties: await readParties(options.matrix),
    now: options.at ?? Date.now(),
    timeline: options.timeline === true,
  };
  const workers = options.workers ?? defaultWorkers();
  const sla = workers === 0 ? slaHandler(job) : undefined;
  const runner = sla
    ? inlineRunner(sla.text, sla.bytes)
    : workerRunner(new URL('./sla-worker.js', import.meta.url), workers, job);
  const summary = await runNdjson(io, runner, 'sla');
  return summary.bad > 0 ? EXIT.problems : EXIT.ok;
}
