import { describe, expect, it } from 'vitest';
import { partyLookup } from './party-mapping';
import { suggestPartyMapping } from './suggest-mapping';

describe('partyLookup', () => {
  it('finds a record by #id, identifier or name, whatever the case', () => {
    const lookup = partyLookup({
      members: { '#244': 'msp-noc', jsmith: 'internal-it' },
      teams: { 'network security': 'msp-soc' },
    });
    expect(lookup.member({ id: 244, identifier: 'jsmith' })).toBe('msp-noc');
    expect(lookup.member({ identifier: ' JSmith ' })).toBe('internal-it');
    expect(lookup.team({ name: 'Network Security' })).toBe('msp-soc');
    expect(lookup.board({ name: 'Network Security' })).toBeUndefined();
  });
});

describe('suggestPartyMapping', () => {
  const parties = [
    { id: 'msp-soc', name: 'MSP Security (SOC)' },
    { id: 'msp-noc', name: 'MSP Network Operations (NOC)' },
    { id: 'internal-it', name: 'Internal Service Desk' },
  ];

  it('maps teams by the words they share with a party, and members by their group', () => {
    const { mapping, unmapped } = suggestPartyMapping(
      {
        teams: [
          { id: 10, name: 'Security' },
          { id: 11, name: 'Service Desk' },
        ],
        members: [{ id: 1, identifier: 'jsmith', name: 'Jane Smith', group: 'NOC' }],
      },
      parties,
    );
    expect(mapping).toEqual({
      teams: { Security: 'msp-soc', 'Service Desk': 'internal-it' },
      members: { jsmith: 'msp-noc' },
    });
    expect(unmapped).toEqual([]);
  });

  it('leaves a record no party matches, or two match equally, unmapped and says which', () => {
    const { unmapped } = suggestPartyMapping(
      { teams: [{ name: 'Dispatch' }, { name: 'MSP' }], boards: [{ id: 4 }] },
      parties,
    );
    expect(unmapped).toEqual([
      { kind: 'teams', key: 'Dispatch', reason: 'no-match', candidates: [] },
      { kind: 'teams', key: 'MSP', reason: 'ambiguous', candidates: ['msp-soc', 'msp-noc'] },
      { kind: 'boards', key: '#4', reason: 'no-match', candidates: [] },
    ]);
  });
});
