import { describe, expect, it } from 'vitest';
import { checkPolicy } from './check-policy';
import { policyFromGrafanaOnCall } from './grafana-oncall';

// Our own chain in the shape of Grafana OnCall's escalation policies API.
const chain = {
  count: 5,
  results: [
    {
      id: 'E1',
      escalation_chain_id: 'C1',
      position: 0,
      type: 'notify_on_call_from_schedule',
      notify_on_call_from_schedule: 'S1',
    },
    { id: 'E2', escalation_chain_id: 'C1', position: 1, type: 'wait', duration: 900 },
    {
      id: 'E3',
      escalation_chain_id: 'C1',
      position: 2,
      type: 'notify_person_next_each_time',
      persons_to_notify_next_each_time: ['U1', 'U2'],
    },
    { id: 'E4', escalation_chain_id: 'C1', position: 3, type: 'notify_whole_channel' },
    {
      id: 'E5',
      escalation_chain_id: 'C1',
      position: 4,
      type: 'notify_persons',
      persons_to_notify: ['U9'],
      important: true,
      extra: 1,
    },
  ],
};

describe('policyFromGrafanaOnCall', () => {
  it('turns notify steps between waits into steps and waits into transitions, reporting the rest', () => {
    const result = policyFromGrafanaOnCall(chain, { S1: 'msp', U1: 'it', U2: 'it-lead' });
    if (!result.ok) throw new Error('expected a policy');
    expect(result.value.steps).toEqual([
      { id: 'rule-1', action: 'assign', targets: [{ partyId: 'msp' }] },
      {
        id: 'rule-2',
        action: 'assign',
        targets: [{ partyId: 'it' }, { partyId: 'it-lead' }],
        mode: 'round-robin',
        terminal: true,
      },
    ]);
    expect(result.value.transitions).toEqual([
      {
        id: 'escalate-1',
        from: 'rule-1',
        to: 'rule-2',
        trigger: { kind: 'not-acknowledged', minutes: 15 },
      },
    ]);
    expect(result.report.lost).toEqual([
      { path: [4], message: 'Unknown keys: extra; not carried.' },
      {
        path: [3, 'type'],
        message: 'Step type "notify_whole_channel" has no equivalent; left out.',
      },
      { path: [4, 'important'], message: 'Important notifications have no equivalent.' },
      { path: [4, 'persons_to_notify', 0], message: 'No party is mapped to "U9"; left out.' },
    ]);
    expect(checkPolicy(result.value)).toEqual([]);
  });

  it('reports a bad shape with paths', () => {
    const result = policyFromGrafanaOnCall({ results: [{ position: 0 }] }, {});
    expect(result.ok ? [] : result.issues.map((i) => i.path.join('.'))).toEqual(['results.0.type']);
  });
});
