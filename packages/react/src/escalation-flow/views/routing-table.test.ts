import { checkRouting, type EscalationIssue, type RoutingRule } from '@tandem/core/escalation';
import { describe, expect, it } from 'vitest';
import { ruleState } from './routing-table';

const rule = (id: string, when: RoutingRule['when'], partyId = 'it', policyId?: string) => ({
  id,
  name: id,
  when,
  queue: { partyId, tier: 1, ...(policyId === undefined ? {} : { policyId }) },
});

// The issues the core reports about each rule, as the flow indexes them: by the first rule id.
const issuesByRule = (rules: readonly RoutingRule[]) => {
  const byRule = new Map<string, EscalationIssue[]>();
  for (const found of checkRouting({ rules, default: { partyId: 'msp', tier: 1 } })) {
    const id = found.ruleIds[0];
    if (id !== undefined) byRule.set(id, [...(byRule.get(id) ?? []), found]);
  }
  return byRule;
};

describe('ruleState', () => {
  describe('given the core’s checks of a routing table', () => {
    const rules = [
      rule('helpdesk', { categoryIds: ['helpdesk'] }),
      rule('helpdesk-p1', { categoryIds: ['helpdesk'], priorities: ['P1'] }, 'msp'),
      rule('p1', { priorities: ['P1'] }, 'msp'),
      rule('apps', { categoryIds: ['apps'] }, 'msp'),
    ];
    const byRule = issuesByRule(rules);
    const stateOf = (id: string) =>
      ruleState(rules.find((r) => r.id === id) as RoutingRule, byRule.get(id), 'standard');

    it('marks a rule that earlier rules catch everything of as shadowed', () => {
      expect(stateOf('helpdesk-p1')).toBe('shadowed');
    });

    it('marks a rule that overlaps an earlier one with another queue as overlapping', () => {
      expect(byRule.get('p1')?.map((i) => i.ruleId)).toEqual(['overlapping-rules']);
      expect(stateOf('p1')).toBe('overlapping');
    });

    it('leaves rules with no problem ok', () => {
      expect(stateOf('helpdesk')).toBe('ok');
      expect(stateOf('apps')).toBe('ok');
    });
  });

  it('marks a rule that sends tickets to another policy', () => {
    const vip = rule('vip', { vip: true }, 'it', 'vip-policy');
    expect(ruleState(vip, undefined, 'standard')).toBe('other-policy');
    expect(ruleState(vip, [], 'vip-policy')).toBe('ok');
  });

  it('puts shadowed before overlapping before another policy', () => {
    const vip = rule('vip', { vip: true }, 'it', 'vip-policy');
    const about = (ruleId: string): EscalationIssue => ({
      ruleId,
      severity: ruleId === 'shadowed-rule' ? 'warning' : 'info',
      message: ruleId,
      stepIds: [],
      ruleIds: ['vip'],
      partyIds: [],
      fixes: [],
    });
    expect(ruleState(vip, [about('overlapping-rules'), about('shadowed-rule')], 'standard')).toBe(
      'shadowed',
    );
    expect(ruleState(vip, [about('overlapping-rules')], 'standard')).toBe('overlapping');
  });
});
