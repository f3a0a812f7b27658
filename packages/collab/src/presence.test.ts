import { describe, expect, it } from 'vitest';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { peersAt, peersDragging, readPeers, setPresence, toPresencePeers } from './presence';

/** Two people's awareness, with `share()` sending the first one's state to the second. */
function pair() {
  const sam = new Awareness(new Y.Doc());
  const dana = new Awareness(new Y.Doc());
  const share = () =>
    applyAwarenessUpdate(dana, encodeAwarenessUpdate(sam, [sam.clientID]), 'network');
  return { sam, dana, share };
}

describe('presence in the escalation flow', () => {
  it('shows who is dragging a step and which step it would land on', () => {
    const { sam, dana, share } = pair();
    setPresence(sam, { user: { name: 'Sam (Northwind MSP)', partyId: 'msp' } });
    setPresence(sam, {
      dragging: { item: { kind: 'step', stepId: 'soc' }, over: { kind: 'step', stepId: 'eng' } },
    });
    share();
    const peers = readPeers(dana);
    const names = (list: typeof peers) => list.map((peer) => peer.user.name);
    expect(names(peersDragging(peers, { kind: 'step', stepId: 'soc' }))).toEqual([
      'Sam (Northwind MSP)',
    ]);
    expect(names(peersAt(peers, { kind: 'step', stepId: 'eng' }))).toEqual(['Sam (Northwind MSP)']);
    expect(peersDragging(peers, { kind: 'step', stepId: 'eng' })).toEqual([]);
    expect(peersAt(peers, { kind: 'step', stepId: 'soc' })).toEqual([]);
  });

  it('shows who has a transition or a routing rule focused, and drops the focus on leaving it', () => {
    const { sam, dana, share } = pair();
    setPresence(sam, {
      user: { name: 'Sam' },
      focus: { kind: 'transition', transitionId: 'up' },
    });
    share();
    expect(peersAt(readPeers(dana), { kind: 'transition', transitionId: 'up' })).toHaveLength(1);
    setPresence(sam, { focus: { kind: 'rule', ruleId: 'vip' } });
    share();
    expect(peersAt(readPeers(dana), { kind: 'transition', transitionId: 'up' })).toEqual([]);
    expect(peersAt(readPeers(dana), { kind: 'rule', ruleId: 'vip' })).toHaveLength(1);
  });

  it('leaves out a person whose focus names a kind of place this version does not know', () => {
    const { sam, dana, share } = pair();
    sam.setLocalStateField('tandem', {
      user: { name: 'Sam' },
      focus: { kind: 'lane', laneId: 'x' },
    });
    share();
    expect(readPeers(dana)).toEqual([]);
  });
});

describe('toPresencePeers', () => {
  it('flattens peers for the components and names their party from the matrix', () => {
    const { sam, dana, share } = pair();
    setPresence(sam, {
      user: { name: 'Sam', partyId: 'msp', color: '#0b7285' },
      focus: { kind: 'row', rowId: 'backup' },
    });
    share();
    const parties = [{ id: 'msp', name: 'Northwind MSP' }];
    expect(toPresencePeers(readPeers(dana), parties)).toEqual([
      {
        id: sam.clientID,
        name: 'Sam',
        color: '#0b7285',
        partyName: 'Northwind MSP',
        focus: { kind: 'row', rowId: 'backup' },
        dragging: undefined,
      },
    ]);
    expect(toPresencePeers(readPeers(dana))[0]?.partyName).toBeUndefined();
  });
});
