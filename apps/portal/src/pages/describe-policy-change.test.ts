import type { PolicyChange } from '@tandem/react/escalation-flow';
import { describe, expect, it } from 'vitest';
import { flow, matrix, policySamples } from './change-fixtures';
import { describePolicyChange } from './describe-policy-change';

describe('describePolicyChange', () => {
  const say = (change: PolicyChange) => describePolicyChange(change, flow, matrix);

  it('names the step that becomes the start', () => {
    expect(say(policySamples.setStart)).toBe('Made "Tier 1 desk" the first step');
  });
  it('says who a new step reaches', () => {
    expect(say(policySamples.addStep)).toBe(
      'Added step "SOC" that notifies Internal IT and Northwind service desk',
    );
  });
  it('describes a transition by its steps and trigger', () => {
    expect(say(policySamples.addTransition)).toBe(
      'Added a transition from "Northwind engineering" to "Tier 1 desk" by hand',
    );
    expect(say(policySamples.updateTransition)).toBe(
      'Updated the transition from "Tier 1 desk" to "Northwind engineering": limited it to 2 times',
    );
  });
  it('describes routing rules with their conditions and queue', () => {
    expect(say(policySamples.addRule)).toBe(
      'Added routing rule "sec" sending tickets matching source security to Northwind service desk (tier 1)',
    );
    expect(say(policySamples.updateRule)).toBe(
      'Updated routing rule "VIP users": sent its tickets to Northwind service desk (tier 2)',
    );
    expect(say({ type: 'updateRule', ruleId: 'vip', patch: { name: 'Executives' } })).toBe(
      'Renamed routing rule "VIP users" to "Executives"',
    );
  });
  it('describes the default queue being set and removed', () => {
    expect(say(policySamples.setDefault)).toBe(
      'Sent tickets no rule catches to Northwind service desk (tier 1)',
    );
    expect(say({ type: 'setDefault', queue: null })).toMatch(/^Removed the default queue/);
  });
  it('falls back to quoted ids without a policy', () => {
    expect(describePolicyChange(policySamples.removeRule)).toBe('Removed routing rule "vip"');
  });
});
