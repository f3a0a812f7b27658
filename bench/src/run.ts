import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { do_not_optimize, measure } from 'mitata';
import { formatDuration, formatRatio } from './format';
import { loadSuites } from './load-suites';
import type { BenchGroup } from './suite';

// `pnpm bench [filter] [--json file]`: times every case of every group (or those whose suite or
// group name contains `filter`) in one process, then prints medians, ratios against Tandem's own
// implementation and the issue budgets.

// Hosts render in production mode; React's development build is several times slower.
process.env.NODE_ENV ??= 'production';

interface CaseResult {
  name: string;
  subject: boolean;
  medianNs: number;
  p99Ns: number;
  samples: number;
}
interface GroupResult {
  suite: string;
  group: string;
  budgetNs?: number;
  withinBudget?: boolean;
  baseline?: { name: string; maxRatio: number; ratio: number; withinBudget: boolean };
  cases: CaseResult[];
}

const args = process.argv.slice(2);
const jsonIndex = args.indexOf('--json');
const jsonFile = jsonIndex >= 0 ? args[jsonIndex + 1] : undefined;
// The filter is the first argument that is neither a flag nor the value of --json.
const filter = args
  .find((arg, i) => !arg.startsWith('--') && (jsonIndex < 0 || i !== jsonIndex + 1))
  ?.toLowerCase();

async function timeGroup(suite: string, group: BenchGroup): Promise<GroupResult> {
  const cases: CaseResult[] = [];
  for (const benchCase of group.cases) {
    const stats = await measure(() => do_not_optimize(benchCase.run()), { min_cpu_time: 300e6 });
    cases.push({
      name: benchCase.name,
      subject: benchCase.subject === true,
      medianNs: stats.p50,
      p99Ns: stats.p99,
      samples: stats.samples.length,
    });
  }
  const subject = cases.find((c) => c.subject);
  const result: GroupResult = { suite, group: group.name, cases };
  if (group.budgetNs !== undefined && subject) {
    result.budgetNs = group.budgetNs;
    result.withinBudget = subject.medianNs <= group.budgetNs;
  }
  const floor = group.baseline && cases.find((c) => c.name === group.baseline?.name);
  if (group.baseline && floor && subject) {
    const ratio = subject.medianNs / floor.medianNs;
    result.baseline = { ...group.baseline, ratio, withinBudget: ratio <= group.baseline.maxRatio };
  }
  return result;
}

function print(result: GroupResult) {
  const subject = result.cases.find((c) => c.subject) ?? result.cases[0];
  console.log(`\n${result.suite} › ${result.group}`);
  const width = Math.max(...result.cases.map((c) => c.name.length));
  for (const c of result.cases) {
    const ratio = subject ? formatRatio(c.medianNs, subject.medianNs) : '';
    console.log(
      `  ${c.subject ? '▶' : ' '} ${c.name.padEnd(width)}  median ${formatDuration(c.medianNs).padStart(9)}  p99 ${formatDuration(c.p99Ns).padStart(9)}  ${ratio}`,
    );
  }
  if (result.budgetNs !== undefined) {
    console.log(
      `    budget ${formatDuration(result.budgetNs)}: ${result.withinBudget ? 'met' : 'MISSED'}`,
    );
  }
  if (result.baseline) {
    const { name, ratio, maxRatio, withinBudget } = result.baseline;
    console.log(
      `    ${ratio.toFixed(1)}× ${name} (budget ${maxRatio}×): ${withinBudget ? 'met' : 'MISSED'}`,
    );
  }
}

const suites = await loadSuites();
const results: GroupResult[] = [];
console.log(`Tandem benchmarks — ${os.cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}`);
console.log('▶ marks Tandem; ratios compare each median with it.');
for (const suite of suites) {
  for (const group of suite.groups) {
    const label = `${suite.name} ${group.name}`.toLowerCase();
    if (filter && !label.includes(filter)) continue;
    const result = await timeGroup(suite.name, group);
    print(result);
    results.push(result);
  }
}
if (results.length === 0) console.log(`\nNo benchmark matches "${filter}".`);
if (jsonFile) writeFileSync(jsonFile, `${JSON.stringify(results, null, 2)}\n`);
const missed = results.filter(
  (r) => r.withinBudget === false || r.baseline?.withinBudget === false,
);
if (missed.length > 0) {
  console.log(`\n${missed.length} budget(s) missed.`);
  process.exitCode = 1;
}
