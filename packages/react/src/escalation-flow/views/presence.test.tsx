import { act, render } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { PresencePeer } from '../../presence/presence-types';
import { presenceEngine } from '../../presence/use-presence';
import { largeFlow, sla } from '../stories/story-data';
import { EscalationFlow } from './escalation-flow';

const value = largeFlow(6, 2);
const [one, two, three] = value.policy.steps;
if (!one || !two || !three) throw new Error('the flow has three steps');
const card = (stepId: string) =>
  document.querySelector<HTMLElement>(`article[data-step-id="${stepId}"]`);
const sam = (stepId: string, drag = false): PresencePeer => ({
  id: 'sam',
  name: 'Sam',
  partyName: 'Northwind MSP',
  color: 'rgb(11, 114, 133)',
  focus: drag ? null : { kind: 'step', stepId },
  dragging: drag ? { item: { kind: 'step', stepId } } : null,
});

describe('EscalationFlow presence', () => {
  // The presence chunk has arrived, as for every component after a page's first; the wait
  // for it is use-presence.test's.
  beforeAll(() => presenceEngine.preload());

  it("outlines a peer's step with their name and announces it", () => {
    render(<EscalationFlow defaultValue={value} sla={sla} presence={{ peers: [sam(two.id)] }} />);
    expect(card(two.id)?.dataset.peer).toBe('focus');
    expect(card(two.id)?.style.getPropertyValue('--tandem-peer-color')).toBe('rgb(11, 114, 133)');
    expect(card(two.id)?.querySelector('[data-peer-tag]')?.textContent).toBe('Sam');
    expect(card(one.id)?.dataset.peer).toBeUndefined();
    expect(document.body).toHaveTextContent(
      `Sam from Northwind MSP is editing ${two.name ?? two.id}.`,
    );
  });

  it('shows a step a peer drags as picked up by them', () => {
    render(
      <EscalationFlow defaultValue={value} sla={sla} presence={{ peers: [sam(one.id, true)] }} />,
    );
    expect(card(one.id)?.dataset.peer).toBe('dragging');
    expect(card(one.id)).toHaveTextContent('picked up by Sam');
    expect(document.body).toHaveTextContent(
      `Sam from Northwind MSP is moving ${one.name ?? one.id}.`,
    );
  });

  it("outlines the label of a transition a peer has focused, and reports this user's", () => {
    const [transition] = value.policy.transitions;
    if (!transition) throw new Error('the flow has a transition');
    const onLocalChange = vi.fn();
    render(
      <EscalationFlow
        defaultValue={value}
        sla={sla}
        presence={{
          peers: [{ ...sam(one.id), focus: { kind: 'transition', transitionId: transition.id } }],
          onLocalChange,
        }}
      />,
    );
    const label = document.querySelector<HTMLElement>(`[data-transition-id="${transition.id}"]`);
    expect(label).toHaveAttribute('data-peer', 'focus');
    expect(label?.querySelector('[data-peer-tag]')).toHaveTextContent('Sam');
    expect(card(one.id)).not.toHaveAttribute('data-peer');
    act(() => label?.querySelector('button')?.focus());
    expect(onLocalChange).toHaveBeenLastCalledWith({
      focus: { kind: 'transition', transitionId: transition.id },
      dragging: null,
    });
  });

  it('re-renders only the two cards a peer moves between', () => {
    const moveStep = vi.fn((name: string) => `Move ${name}`);
    const messages = { moveStep };
    const { rerender } = render(
      <EscalationFlow
        defaultValue={value}
        sla={sla}
        messages={messages}
        presence={{ peers: [sam(one.id)] }}
      />,
    );
    moveStep.mockClear();
    rerender(
      <EscalationFlow
        defaultValue={value}
        sla={sla}
        messages={messages}
        presence={{ peers: [sam(two.id)] }}
      />,
    );
    expect(new Set(moveStep.mock.calls.map(([name]) => name))).toEqual(
      new Set([one.name ?? one.id, two.name ?? two.id]),
    );
  });

  it("reports this user's focused step, once, and null when focus leaves", () => {
    const onLocalChange = vi.fn();
    render(<EscalationFlow defaultValue={value} sla={sla} presence={{ onLocalChange }} />);
    const name = card(three.id)?.querySelector<HTMLElement>('button[id$="-name"]');
    act(() => name?.focus());
    act(() => card(three.id)?.querySelector<HTMLElement>('[data-card-handle]')?.focus());
    act(() => (document.activeElement as HTMLElement).blur());
    expect(onLocalChange.mock.calls.map(([local]) => local)).toEqual([
      { focus: { kind: 'step', stepId: three.id }, dragging: null },
      { focus: null, dragging: null },
    ]);
  });

  it('outlines the routing rule a peer has focused, re-rendering only the rules they move between', () => {
    const [first, second] = value.routing.rules;
    if (!first || !second) throw new Error('the flow has two routing rules');
    const moveRule = vi.fn((name: string) => `Move rule ${name}`);
    const messages = { moveRule };
    const at = (ruleId: string) => ({ ...sam(one.id), focus: { kind: 'rule' as const, ruleId } });
    const { rerender } = render(
      <EscalationFlow
        defaultValue={value}
        sla={sla}
        messages={messages}
        presence={{ peers: [at(first.id)] }}
      />,
    );
    const row = (id: string) => document.querySelector<HTMLElement>(`li[data-rule-id="${id}"]`);
    expect(row(first.id)).toHaveAttribute('data-peer', 'focus');
    expect(row(first.id)?.querySelector('[data-peer-tag]')).toHaveTextContent('Sam');
    expect(row(second.id)).not.toHaveAttribute('data-peer');
    expect(document.body).toHaveTextContent(
      `Sam from Northwind MSP is editing ${first.name ?? first.id}.`,
    );
    moveRule.mockClear();
    rerender(
      <EscalationFlow
        defaultValue={value}
        sla={sla}
        messages={messages}
        presence={{ peers: [at(second.id)] }}
      />,
    );
    expect(row(second.id)).toHaveAttribute('data-peer', 'focus');
    expect(new Set(moveRule.mock.calls.map(([name]) => name))).toEqual(
      new Set([first.name ?? first.id, second.name ?? second.id]),
    );
  });
});
