import { Argument, Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { version } from '../package.json';
import {
  IMPORT_SOURCES,
  type ImportSource,
  READ_FORMATS,
  REPORT_FORMATS,
  type ReportFormat,
  WRITE_FORMATS,
} from './choices';
import { EXIT, type ExitCode } from './exit-codes';
import { isCommandFailure } from './failures';
import type { NdjsonIo } from './ndjson/run-ndjson';
import { countOption, instantOption } from './options';

const EXIT_CODES = `
Exit codes:
  0  done, no problems found
  1  problems found: validation errors, bad records, unreadable input (reported on stderr)
  2  usage error: unknown command or option, missing argument, missing file, unknown format`;

const DELIMITERS = { ',': ',', ';': ';', tab: '\t', '\\t': '\t', '|': '|' } as const;

function delimiterOption(value: string): ',' | ';' | '\t' | '|' {
  const delimiter = DELIMITERS[value as keyof typeof DELIMITERS];
  if (delimiter) return delimiter;
  throw new InvalidArgumentError('use , ; tab or |');
}

function matrixInputOptions(command: Command): Command {
  return command
    .addOption(new Option('--from <format>', 'read the input as this format').choices(READ_FORMATS))
    .option('--sheet <name>', 'the worksheet of an xlsx workbook (default: the first)')
    .option(
      '--delimiter <char>',
      'the CSV separator: , ; tab or | (default: detected)',
      delimiterOption,
    );
}

function ndjsonOptions(command: Command): Command {
  return command
    .addArgument(new Argument('[file]', 'NDJSON input, one record per line').default('-', 'stdin'))
    .addOption(
      new Option('-o, --output <file>', 'where to write the NDJSON results').default('-', 'stdout'),
    )
    .option(
      '--no-progress',
      'never draw a progress bar (drawn on stderr only when it is a terminal)',
    )
    .option('--errors <file>', 'write bad records as NDJSON {"line", "issues"} here, not to stderr')
    .option('-q, --quiet', 'leave out the summary on stderr (bad records are still reported)');
}

function ioOf(
  file: string,
  options: { output: string; progress: boolean; quiet?: boolean; errors?: string },
): NdjsonIo {
  return {
    input: file,
    output: options.output,
    progress: options.progress,
    quiet: options.quiet === true,
    ...(options.errors === undefined ? {} : { errors: options.errors }),
  };
}

/**
 * The `tandem` program: every command, its options and its help. Commands set `exitCode`
 * rather than exiting, so output streams are flushed before the process ends. Each command's
 * module is imported when it runs, so help, version and usage errors load none of the core.
 *
 * @example
 * await buildProgram((code) => { process.exitCode = code; }).parseAsync(process.argv);
 */
export function buildProgram(setExitCode: (code: ExitCode) => void): Command {
  const program = new Command('tandem')
    .description(
      'Co-managed IT from the command line: check responsibility matrices, convert them, compute SLAs for ticket streams, route and simulate escalations, import on-call policies.',
    )
    .version(version, '-v, --version', 'print the version')
    .helpOption('-h, --help', 'show help for a command')
    .exitOverride()
    .showHelpAfterError('(add --help for usage)')
    .addHelpText('after', EXIT_CODES);

  matrixInputOptions(
    program
      .command('validate')
      .description(
        'check a matrix (CSV, TSV, xlsx or JSON) for the mistakes that break co-management',
      )
      .argument('<file>', 'the matrix; - for stdin (give --from)'),
  )
    .addOption(
      new Option('-f, --format <format>', 'report format').choices(REPORT_FORMATS).default('text'),
    )
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this', countOption(0))
    .addOption(new Option('-o, --output <file>', 'write the report here').default('-', 'stdout'))
    .addHelpText(
      'after',
      `
Issues are placed at their cell in a sheet (C14) or their path in JSON (rows[3].cells.msp);
rule findings at the row they concern. Exit code 1 when there is an error.

Examples:
  $ tandem validate raci.xlsx
  $ tandem validate matrix.json --format json > report.json
  $ tandem validate matrix.csv --format markdown --max-warnings 0`,
    )
    .action(async (file: string, options: { format: ReportFormat; output: string }) => {
      setExitCode(await (await import('./commands/validate')).validateCommand(file, options));
    });

  matrixInputOptions(
    program
      .command('convert')
      .description(
        'convert a matrix between CSV, TSV, xlsx and JSON, or render it as Markdown or HTML',
      )
      .argument('<input>', 'the matrix to read; - for stdin (give --from)')
      .argument('<output>', 'the file to write; - for stdout (give --to)'),
  )
    .addOption(
      new Option('-t, --to <format>', 'write this format (default: from the output name)').choices(
        WRITE_FORMATS,
      ),
    )
    .option('-q, --quiet', 'leave out warnings and what the output cannot carry')
    .addHelpText(
      'after',
      `
Examples:
  $ tandem convert raci.xlsx matrix.json
  $ tandem convert matrix.json review.md
  $ tandem convert matrix.json - --to csv | less`,
    )
    .action(async (input: string, output: string, options: object) => {
      setExitCode(
        await (await import('./commands/convert')).convertCommand(input, output, options),
      );
    });

  ndjsonOptions(
    program
      .command('sla')
      .description("compute every ticket's SLA clocks from an NDJSON stream of event histories")
      .requiredOption(
        '-p, --policy <file>',
        'SLA policy JSON (one, or a list tried in order by "when")',
      )
      .option('-c, --calendars <file>', 'calendar specs JSON (one, or a list)')
      .option('-m, --matrix <file>', "a matrix whose parties' calendars count for 'holder' targets")
      .option(
        '--at <instant>',
        'compute at this instant (ISO 8601 or epoch ms; default: now)',
        instantOption,
      )
      .option('--timeline', "include each clock's timeline segments (slower, larger output)")
      .option(
        '-w, --workers <n>',
        'worker threads (default: one per core; 0: none)',
        countOption(0),
      ),
  )
    .addHelpText(
      'after',
      `
Each input line is {"id": …, "history": [events], "attributes": {…}} (or a bare history array);
each output line is the ticket's SLA result with its id, in input order. Bad records are
reported on stderr by line number and skipped; the exit code is then 1.

Example:
  $ tandem sla --policy policy.json --calendars calendars.json tickets.ndjson > sla.ndjson`,
    )
    .action(async (file: string, options) => {
      setExitCode(await (await import('./commands/sla')).slaCommand(ioOf(file, options), options));
    });

  ndjsonOptions(
    program
      .command('route')
      .description('route every ticket of an NDJSON stream through a routing table')
      .requiredOption('-r, --routing <file>', 'routing table JSON')
      .option('-c, --calendars <file>', 'calendar specs JSON for "hours" conditions')
      .option(
        '--at <instant>',
        'arrival time of tickets without "at" (default: now)',
        instantOption,
      ),
  )
    .addHelpText(
      'after',
      `
Each input line is a ticket: {"id", "categoryId", "priority", "impact", "urgency", "siteId",
"vip", "source", "at"}; each output line {"id", "ruleId", "queue", "reason"}.

Example:
  $ tandem route --routing routing.json --calendars calendars.json tickets.ndjson`,
    )
    .action(async (file: string, options) => {
      setExitCode(
        await (await import('./commands/route')).routeCommand(ioOf(file, options), options),
      );
    });

  ndjsonOptions(
    program
      .command('simulate')
      .description('replay tickets through routing and an escalation policy, one trace per ticket')
      .requiredOption('-r, --routing <file>', 'routing table JSON')
      .requiredOption('-p, --policy <file>', 'escalation policy JSON')
      .option('-s, --sla <file>', 'SLA policy JSON for "sla" triggers (one, or a list)')
      .option('-c, --calendars <file>', 'calendar specs JSON')
      .option('-m, --matrix <file>', "a matrix whose parties' calendars count for 'holder' delays")
      .option(
        '--until <instant>',
        'stop here (default: each ticket\'s "until", else a week after opening)',
        instantOption,
      ),
  )
    .addHelpText(
      'after',
      `
Each input line is a ticket with "openedAt" and optional "events"
([{"type": "acknowledged" | "resolved" | "paused" | "resumed", "at"}, {"type": "escalate", "at", "transitionId"}]);
each output line {"id", "trace": [{ "at", "kind", "stepId", "partyIds", "reason" }]}.

Example:
  $ tandem simulate --routing routing.json --policy escalation.json --sla policy.json tickets.ndjson`,
    )
    .action(async (file: string, options) => {
      setExitCode(
        await (await import('./commands/simulate')).simulateCommand(ioOf(file, options), options),
      );
    });

  program
    .command('import')
    .description('import a PagerDuty or Opsgenie escalation policy as a Tandem escalation policy')
    .addArgument(new Argument('<source>', 'where the policy comes from').choices(IMPORT_SOURCES))
    .argument('<file>', 'their policy JSON (as their API returns it); - for stdin')
    .option(
      '--map <file>',
      'JSON of their user/schedule/team ids → party ids ({"PABC123": "msp-noc"})',
    )
    .addOption(
      new Option('-o, --output <file>', 'where to write the policy JSON').default('-', 'stdout'),
    )
    .option('-q, --quiet', 'leave out what could not be carried over')
    .addOption(
      new Option(
        '--to <system>',
        'also convert to another system (opsgenie → jsm: a list response in, Tandem policies, JSM Operations JSON and the loss report out)',
      ).choices(['jsm']),
    )
    .addHelpText(
      'after',
      `
Examples:
  $ tandem import pagerduty pd-policy.json --map people.json -o escalation.json
  $ tandem import opsgenie escalations.json --to jsm -o lifeboat.json`,
    )
    .action(async (source: ImportSource, file: string, options: { output: string; to?: 'jsm' }) => {
      setExitCode(await (await import('./commands/import')).importCommand(source, file, options));
    });

  return program;
}

/**
 * Runs `tandem` with `argv` (as `process.argv`) and returns its exit code: commands' codes,
 * 0 for help and version, 2 for usage errors, 1 for input failures (their lines on stderr).
 *
 * @example
 * process.exitCode = await runTandem(process.argv);
 */
export async function runTandem(argv: readonly string[]): Promise<ExitCode> {
  let exitCode: ExitCode = EXIT.ok;
  const program = buildProgram((code) => {
    exitCode = code;
  });
  try {
    await program.parseAsync([...argv]);
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      const shown = error.code === 'commander.helpDisplayed' || error.code === 'commander.version';
      return shown ? EXIT.ok : EXIT.usage;
    }
    if (isCommandFailure(error)) {
      for (const line of error.lines) console.error(line);
      return error.exitCode;
    }
    throw error;
  }
}
