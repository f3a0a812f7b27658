import { expect, waitFor } from 'storybook/test';
import type { PresenceFocus, PresencePeer } from './presence-types';

/**
 * Two people from the other team for presence stories and tests: Sam (Northwind MSP) on
 * `samAt`, and Dana (Contoso IT) dragging `danaDrags` when given.
 *
 * @example
 * storyPeers({ kind: 'row', rowId: 'backup' });
 */
export function storyPeers(samAt: PresenceFocus, danaDrags?: PresenceFocus): PresencePeer[] {
  const sam: PresencePeer = {
    id: 1,
    name: 'Sam',
    partyName: 'Northwind MSP',
    color: '#0b7285',
    focus: samAt,
  };
  if (!danaDrags) return [sam];
  const dana = { id: 2, name: 'Dana', partyName: 'Contoso IT', color: '#9c36b5' };
  return [sam, { ...dana, focus: null, dragging: { item: danaDrags, over: null } }];
}

/**
 * Waits for other people to show: presence loads in a chunk of its own once a component with
 * `presence` has mounted, so the first marks arrive a moment after first paint.
 *
 * @example
 * await peersShown(canvasElement);
 */
export async function peersShown(canvasElement: HTMLElement): Promise<void> {
  await waitFor(() => expect(canvasElement.querySelector('[data-peer]')).not.toBeNull());
}
