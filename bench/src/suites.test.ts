import { describe, expect, it } from 'vitest';
import { loadSuites } from './load-suites';

const suites = await loadSuites();

// A benchmark that compares different answers measures nothing: every case in a group must
// compute the same result as the group's subject.
describe.each(suites)('bench suite $name', (suite) => {
  it.each(suite.groups)('$name: every case agrees with the subject', (group) => {
    const subject = group.cases.find((c) => c.subject);
    expect(subject, 'each group marks exactly one subject').toBeDefined();
    expect(group.cases.filter((c) => c.subject)).toHaveLength(1);
    const normalise = group.normalise ?? ((value: unknown) => value);
    const expected = normalise(subject?.run());
    for (const other of group.cases) expect(normalise(other.run()), other.name).toEqual(expected);
    if (group.baseline) {
      expect(
        group.cases.map((c) => c.name),
        'the baseline is a case',
      ).toContain(group.baseline.name);
    }
  });
});
