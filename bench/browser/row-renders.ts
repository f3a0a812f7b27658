// Counts which matrix rows React rendered in each commit, in a production build: a stand-in for
// React DevTools' global hook, which React calls after every commit even in production. A row is
// the component around a `tr[data-row-id]`; it rendered in a commit when React did work on it
// (its PerformedWork flag) on a fiber it visited this time (not the very fiber the last commit
// left there, which is what an untouched subtree keeps). Imported before React, so React finds
// the hook when it loads. Off until `rowRenders.start()`, so timed runs pay nothing for it.

interface Fiber {
  tag: number;
  flags: number;
  memoizedProps: Record<string, unknown> | null;
  child: Fiber | null;
  sibling: Fiber | null;
  return: Fiber | null;
  alternate: Fiber | null;
}

const PERFORMED_WORK = 1;
// FunctionComponent, MemoComponent, SimpleMemoComponent.
const COMPONENT_TAGS = new Set([0, 14, 15]);

let counting = false;
let latestRoot: { current: Fiber } | undefined;
let lastSeen = new Map<string, Fiber>();
const rendered: string[] = [];
const mounted: string[] = [];

/** Every row's component fiber in the committed tree, by row id. */
function rowsOf(root: Fiber): Map<string, Fiber> {
  const rows = new Map<string, Fiber>();
  const stack: Fiber[] = [root];
  while (stack.length > 0) {
    const fiber = stack.pop() as Fiber;
    const rowId = fiber.memoizedProps?.['data-row-id'];
    if (typeof rowId === 'string' && fiber.tag === 5) {
      let owner = fiber.return;
      while (owner && !COMPONENT_TAGS.has(owner.tag)) owner = owner.return;
      if (owner) rows.set(rowId, owner);
      continue;
    }
    if (fiber.sibling) stack.push(fiber.sibling);
    if (fiber.child) stack.push(fiber.child);
  }
  return rows;
}

(globalThis as { __REACT_DEVTOOLS_GLOBAL_HOOK__?: unknown }).__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
  supportsFiber: true,
  renderers: new Map(),
  inject: () => 1,
  checkDCE: () => {},
  onScheduleFiberRoot: () => {},
  onCommitFiberUnmount: () => {},
  onPostCommitFiberRoot: () => {},
  onCommitFiberRoot(_id: number, root: { current: Fiber }) {
    latestRoot = root;
    if (!counting) return;
    const rows = rowsOf(root.current);
    for (const [rowId, fiber] of rows) {
      // A row scrolled into the window mounts: that is not a re-render of a row on screen.
      if (fiber.alternate === null) mounted.push(rowId);
      else if (lastSeen.get(rowId) !== fiber && (fiber.flags & PERFORMED_WORK) !== 0)
        rendered.push(rowId);
    }
    lastSeen = rows;
  },
};

/** Row re-renders (and rows mounted) counted since the last `take()`. */
export const rowRenders = {
  start() {
    counting = true;
    lastSeen = latestRoot ? rowsOf(latestRoot.current) : new Map();
    rendered.length = 0;
    mounted.length = 0;
  },
  stop() {
    counting = false;
  },
  take(): { rendered: string[]; mounted: string[] } {
    return { rendered: rendered.splice(0), mounted: mounted.splice(0) };
  },
};
