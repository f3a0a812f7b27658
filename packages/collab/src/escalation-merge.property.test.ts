import type { Issue } from '@tandem/core';
import {
  applyPolicyChanges,
  applyRoutingChanges,
  type EscalationPolicy,
  type PolicyApplyResult,
  type PolicyChange,
  parsePolicy,
  parseRouting,
  type Routing,
} from '@tandem/core/escalation';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { bindPolicy } from './bind-policy';
import { bindRouting } from './bind-routing';
import { editsOf } from './test-support/edits';
import { policy, routing } from './test-support/escalation';
import {
  policyChangeArbitrary,
  routingChangeArbitrary,
} from './test-support/escalation-arbitraries';
import { heldRoom } from './test-support/held-room';

const PEERS = 3;
const EDITS = 4;

/** The shape every binding shares, enough to drive three of them through one schedule. */
interface Peer<T> {
  readonly get: () => T | undefined;
  readonly apply: (changes: readonly PolicyChange[]) => PolicyApplyResult<T>;
  readonly undo: () => boolean;
  /** Calls back with the value before, the Tandem changes and the value after each update. */
  readonly watch: (
    listener: (before: T, changes: readonly PolicyChange[], after: T) => void,
  ) => void;
}

type Bind<T> = (doc: Y.Doc, onInvalid: (issues: readonly Issue[]) => void, initial?: T) => Peer<T>;

/**
 * A start value, each peer's edits, and a schedule: after each round of edits, the deliveries
 * (from, to) the network lets through before the next round.
 */
function scenario<T>(
  start: T,
  change: (value: T) => fc.Arbitrary<PolicyChange>,
  apply: (value: T, changes: readonly PolicyChange[]) => PolicyApplyResult<T>,
) {
  const delivery = fc.tuple(fc.nat(PEERS - 1), fc.nat(PEERS - 1));
  return editsOf(start, 3, change, apply).chain((warmUp) => {
    const first = apply(start, warmUp);
    const value = first.ok ? first.value : start;
    return fc.record({
      value: fc.constant(value),
      edits: fc.tuple(...Array.from({ length: PEERS }, () => editsOf(value, EDITS, change, apply))),
      schedule: fc.array(fc.array(delivery, { maxLength: 4 }), {
        minLength: EDITS,
        maxLength: EDITS,
      }),
    });
  });
}

/** Runs one scenario through `PEERS` bound docs and checks what the property promises. */
function run<T>(
  bind: Bind<T>,
  apply: (value: T, changes: readonly PolicyChange[]) => PolicyApplyResult<T>,
  parse: (value: unknown) => { ok: boolean },
  { value, edits, schedule }: { value: T; edits: PolicyChange[][]; schedule: [number, number][][] },
) {
  const { docs, send, sync } = heldRoom(PEERS);
  const invalid: (readonly Issue[])[] = [];
  const onInvalid = (issues: readonly Issue[]) => invalid.push(issues);
  const peers = [bind(docs[0] as Y.Doc, onInvalid, value)];
  sync();
  for (const doc of docs.slice(1)) peers.push(bind(doc, onInvalid));
  // Every update's changes must lead from the value before to the value after.
  const replayed: { replay: unknown; after: T }[] = [];
  for (const peer of peers) {
    peer.watch((before, changes, after) => {
      const result = apply(before, changes);
      replayed.push({ replay: result.ok ? result.value : result.error, after });
    });
  }
  for (let round = 0; round < EDITS; round++) {
    peers.forEach((peer, i) => {
      const change = edits[i]?.[round];
      // A refusal (a peer's edit arrived first and made this one invalid) changes nothing.
      if (!change) return;
      const result = peer.apply([change]);
      // What the doc reads back is exactly what the core's applier made.
      if (result.ok) expect(peer.get()).toEqual(result.value);
    });
    for (const [from, to] of schedule[round] ?? []) if (from !== to) send(from, to);
  }
  sync();
  const merged = peers[0]?.get();
  for (const peer of peers) expect(peer.get()).toEqual(merged);
  expect(parse(merged)).toEqual({ ok: true, value: merged });
  for (const { replay, after } of replayed) expect(replay).toEqual(after);
  // One team undoes everything it did: still one valid value everywhere.
  while (peers[1]?.undo()) sync();
  sync();
  for (const peer of peers) expect(peer.get()).toEqual(peers[0]?.get());
  expect(parse(peers[0]?.get()).ok).toBe(true);
  // No merge or undo ever left a doc that does not read as a valid value.
  expect(invalid).toEqual([]);
}

/** A binding as a {@link Peer}, whatever its getter and update are named. */
function asPeer<T>(
  get: () => T | undefined,
  binding: {
    apply: Peer<T>['apply'];
    undo: () => boolean;
    subscribe: (listener: (update: { changes: readonly PolicyChange[] }) => void) => unknown;
  },
): Peer<T> {
  let last = get();
  return {
    get,
    apply: binding.apply,
    undo: binding.undo,
    watch: (listener) =>
      binding.subscribe(({ changes }) => {
        const now = get() as T;
        if (last) listener(last, changes, now);
        last = now;
      }),
  };
}

const options = <T>(onInvalid: (issues: readonly Issue[]) => void, initial?: T) => ({
  onInvalid,
  ...(initial ? { initial } : {}),
});

const policyPeer: Bind<EscalationPolicy> = (doc, onInvalid, initial) => {
  const binding = bindPolicy(doc, options(onInvalid, initial));
  return asPeer(binding.getPolicy, binding);
};

const routingPeer: Bind<Routing> = (doc, onInvalid, initial) => {
  const binding = bindRouting(doc, options(onInvalid, initial));
  return asPeer(binding.getRouting, binding);
};

describe('three teams editing one escalation policy at once', () => {
  it('converge on one policy that parses, whatever order updates arrive in, also after one side undoes everything', () => {
    fc.assert(
      fc.property(scenario(policy, policyChangeArbitrary, applyPolicyChanges), (s) =>
        run(policyPeer, applyPolicyChanges, parsePolicy, s),
      ),
      { numRuns: 100 },
    );
  });
});

describe('three teams editing one routing table at once', () => {
  it('converge on one table that parses, whatever order updates arrive in, also after one side undoes everything', () => {
    fc.assert(
      fc.property(scenario(routing, routingChangeArbitrary, applyRoutingChanges), (s) =>
        run(routingPeer, applyRoutingChanges, parseRouting, s),
      ),
      { numRuns: 100 },
    );
  });
});
