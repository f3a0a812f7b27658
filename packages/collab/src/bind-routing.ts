import {
  applyRoutingChanges,
  type PolicyApplyResult,
  type PolicyChange,
  type Routing,
} from '@tandem/core/escalation';
import type * as Y from 'yjs';
import {
  type BindOptions,
  bindDocument,
  type UndoControls,
  type UpdateSource,
} from './bind-document';
import { routingChangesBetween } from './escalation-changes-between';
import { healRouting, readRouting, routingTypes, writeRouting } from './routing-doc';

/**
 * One update of the shared routing table: the table now and the Tandem changes that led to it.
 *
 * @example
 * binding.subscribe(({ routing }) => setIssues(checkRouting(routing)));
 */
export interface RoutingUpdate {
  readonly routing: Routing;
  readonly changes: readonly PolicyChange[];
  readonly source: UpdateSource;
}

/**
 * A live two-way binding between a `Y.Doc` and a Tandem routing table.
 *
 * @example
 * const binding: RoutingBinding = bindRouting(doc);
 * binding.getRouting()?.rules.map((rule) => rule.id);
 */
export interface RoutingBinding extends UndoControls {
  /** The routing table now (the last valid one the doc held); `undefined` until the doc has one. */
  readonly getRouting: () => Routing | undefined;
  /** Applies routing changes as one transaction with this user's origin; refused ones change nothing. */
  readonly apply: (changes: readonly PolicyChange[]) => PolicyApplyResult<Routing>;
  /** Listens to every update, local or not; returns the unsubscribe function. */
  readonly subscribe: (listener: (update: RoutingUpdate) => void) => () => void;
}

/**
 * Binds `doc` to a Tandem routing table: rules as Y.Maps keyed by id with fractional order (the
 * first matching rule wins, so a concurrent move and edit of one rule must both survive), each
 * rule's conditions merged attribute by attribute, changes checked by the core's
 * `applyRoutingChanges`, updates out as Tandem changes, undo per user.
 *
 * @example
 * const routing = bindRouting(doc, { initial: { rules: [], default: { partyId: 'msp', tier: 1 } } });
 * routing.apply([{ type: 'moveRule', ruleId: 'vip', toIndex: 0 }]);
 */
export function bindRouting(doc: Y.Doc, options: BindOptions<Routing> = {}): RoutingBinding {
  const types = routingTypes(doc);
  const { get, subscribe, ...binding } = bindDocument(
    doc,
    {
      types: [types.meta, types.rules],
      read: () => readRouting(doc),
      write: (before, after) => writeRouting(doc, before, after),
      apply: applyRoutingChanges,
      changesBetween: routingChangesBetween,
      heal: (last) => healRouting(doc, last),
      same: () => true,
      empty: {
        code: 'invalid_change',
        message: 'The shared document holds no routing table yet.',
        changeIndex: 0,
      },
    },
    options,
  );
  return {
    ...binding,
    getRouting: get,
    subscribe: (listener) =>
      subscribe((routing, changes, source) => listener({ routing, changes, source })),
  };
}
