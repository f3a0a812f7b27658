import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIXTURES, tandem } from './run-tandem';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const COMMANDS = ['validate', 'convert', 'sla', 'route', 'simulate', 'import'];

describe('tandem', () => {
  it('prints its version and exits 0', async () => {
    const run = await tandem(['--version']);
    expect(run).toMatchObject({ code: 0, stdout: `${version}\n` });
  });

  it('lists every command and the exit codes in its help', async () => {
    const run = await tandem(['--help']);
    expect(run.code).toBe(0);
    for (const command of COMMANDS) expect(run.stdout).toContain(`  ${command} `);
    expect(run.stdout).toMatch(/Exit codes:\n {2}0 .*\n {2}1 .*\n {2}2 /);
  });

  it.each(COMMANDS)('has help with an example for %s', async (command) => {
    const run = await tandem([command, '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Usage: tandem ${command}`);
    expect(run.stdout).toContain(`$ tandem ${command}`);
  });

  it('exits 2 on an unknown command, saying which', async () => {
    const run = await tandem(['frobnicate']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("unknown command 'frobnicate'");
  });

  it('exits 2 on an unknown option', async () => {
    const run = await tandem(['validate', '--colour', 'x.csv']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("unknown option '--colour'");
  });

  it('exits 2 when a required option is missing', async () => {
    const run = await tandem(['sla', `${FIXTURES}tickets.ndjson`]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("required option '-p, --policy <file>' not specified");
  });

  it('exits 2 when an instant option is not an instant', async () => {
    const run = await tandem(['sla', '-p', `${FIXTURES}sla-policy.json`, '--at', 'tomorrow']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('ISO 8601');
  });

  it('exits 2 without a command, showing the help', async () => {
    const run = await tandem([]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Usage: tandem');
  });
});
