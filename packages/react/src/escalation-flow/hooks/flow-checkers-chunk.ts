import { lazyValue } from '../../hooks/lazy-value';

/**
 * The core's checks in a chunk of their own (flow-checkers.ts): the flow is drawn first and
 * checked a moment later, so a host that shows or server-renders a flow doesn't wait for them.
 */
export const flowCheckers = /* @__PURE__ */ lazyValue(() => import('../model/flow-checkers'));
