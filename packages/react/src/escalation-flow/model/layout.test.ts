import { describe, expect, it } from 'vitest';
import { everythingWrong, securityEvent, tierOneToEngineering } from '../stories/story-data';
import { neighbourSlot } from './keyboard-slots';
import { computeFlowLayout, DEFAULT_FLOW_SIZES, NO_TARGET_LANE } from './layout';

const parties = [
  { id: 'it', name: 'Internal IT' },
  { id: 'msp', name: 'Northwind MSP' },
  { id: 'soc', name: 'MSP SOC' },
];
const policy = tierOneToEngineering.policy;

describe('computeFlowLayout', () => {
  it('draws a lane per party, in order, and a column per step in policy order', () => {
    const layout = computeFlowLayout(policy, parties);
    expect(layout.lanes.map((l) => l.id)).toEqual(['it', 'msp', 'soc']);
    expect(policy.steps.map((s) => layout.cards.get(s.id)?.column)).toEqual([0, 1, 2]);
    expect(layout.cards.get('eng')?.laneId).toBe('msp');
    expect(layout.columns).toBe(4);
    expect(layout.slots).toHaveLength(3 * 4);
  });

  it('stacks tiers in bands inside a lane, tier 1 first', () => {
    const layout = computeFlowLayout(policy, parties);
    const it = layout.lanes[0];
    expect(it?.tiers).toEqual([1, 2]);
    const t1 = layout.cards.get('t1');
    const review = layout.cards.get('review');
    expect([t1?.band, review?.band]).toEqual([0, 1]);
    expect((review?.y ?? 0) - (t1?.y ?? 0)).toBe(
      DEFAULT_FLOW_SIZES.card.height + DEFAULT_FLOW_SIZES.bandGap,
    );
  });

  it('adds lanes for parties nobody listed and for steps without targets', () => {
    const layout = computeFlowLayout(everythingWrong.policy, parties);
    expect(layout.lanes.find((l) => l.id === 'acme')?.kind).toBe('unknown');
    const none = computeFlowLayout(
      { ...policy, steps: [...policy.steps, { id: 'x', action: 'notify', targets: [] }] },
      parties,
    );
    expect(none.lanes.at(-1)?.id).toBe(NO_TARGET_LANE);
    expect(none.slots.some((s) => s.laneId === NO_TARGET_LANE)).toBe(false);
  });

  it('marks a further target with an echo in its lane and a reach link', () => {
    const layout = computeFlowLayout(securityEvent.policy, parties);
    expect(layout.echoes.map((e) => [e.stepId, e.laneId])).toEqual([['both', 'it']]);
    expect(layout.edges.filter((e) => e.kind === 'reach')).toHaveLength(1);
  });

  it('mirrors along x in right-to-left documents', () => {
    const ltr = computeFlowLayout(policy, parties);
    const rtl = computeFlowLayout(policy, parties, { rtl: true });
    const a = ltr.cards.get('t1');
    const b = rtl.cards.get('t1');
    expect(b?.x).toBe(ltr.width - (a?.x ?? 0) - (a?.width ?? 0));
    expect(b?.y).toBe(a?.y);
  });

  it('turns lanes into columns and steps into rows when vertical', () => {
    const layout = computeFlowLayout(policy, parties, { orientation: 'vertical' });
    const t1 = layout.cards.get('t1');
    const eng = layout.cards.get('eng');
    expect((eng?.y ?? 0) > (t1?.y ?? 0)).toBe(true);
    expect((eng?.x ?? 0) > (t1?.x ?? 0)).toBe(true);
    expect(layout.lanes[1]?.x).toBe(layout.lanes[0]?.width);
  });

  it('routes forward, back and self transitions differently', () => {
    const layout = computeFlowLayout(
      {
        ...policy,
        transitions: [
          ...policy.transitions,
          { id: 'again', from: 'review', to: 't1', trigger: { kind: 'manual' } },
          { id: 'self', from: 'eng', to: 'eng', trigger: { kind: 'manual' }, repeat: 2 },
        ],
      },
      parties,
    );
    const kinds = Object.fromEntries(layout.edges.map((e) => [e.id, e.kind]));
    expect(kinds).toMatchObject({ up: 'forward', late: 'forward', again: 'back', self: 'self' });
    for (const edge of layout.edges) expect(edge.path).toMatch(/^M[\d.-]+ [\d.-]+C/);
  });
});

describe('neighbourSlot', () => {
  const layout = computeFlowLayout(policy, parties);
  it('moves along the flow and across lanes as drawn', () => {
    expect(neighbourSlot(layout, { laneIndex: 0, column: 0 }, 'ArrowRight', 2)?.column).toBe(1);
    expect(neighbourSlot(layout, { laneIndex: 0, column: 0 }, 'ArrowDown', 2)?.laneId).toBe('msp');
    expect(neighbourSlot(layout, { laneIndex: 0, column: 0 }, 'ArrowUp', 2)).toBeUndefined();
    expect(neighbourSlot(layout, { laneIndex: 0, column: 2 }, 'ArrowRight', 2)).toBeUndefined();
    expect(neighbourSlot(layout, { laneIndex: 0, column: 0 }, 'KeyA', 2)).toBeUndefined();
  });

  it('swaps left and right in right-to-left documents and turns for vertical flows', () => {
    const rtl = computeFlowLayout(policy, parties, { rtl: true });
    expect(neighbourSlot(rtl, { laneIndex: 0, column: 0 }, 'ArrowLeft', 2)?.column).toBe(1);
    const vertical = computeFlowLayout(policy, parties, { orientation: 'vertical' });
    expect(neighbourSlot(vertical, { laneIndex: 0, column: 0 }, 'ArrowDown', 2)?.column).toBe(1);
    expect(neighbourSlot(vertical, { laneIndex: 0, column: 0 }, 'ArrowRight', 2)?.laneId).toBe(
      'msp',
    );
  });
});
