import type { EscalationPolicy, Transition } from './model';

// Graph helpers over a policy's steps and transitions.

/**
 * Step ids reachable from `from` (included), following transitions that `follow` allows.
 *
 * @example
 * reachable(policy, policy.startStepId).has('soc');
 */
export function reachable(
  policy: EscalationPolicy,
  from: string,
  follow: (transition: Transition) => boolean = () => true,
): Set<string> {
  const seen = new Set([from]);
  const queue = [from];
  for (let stepId = queue.pop(); stepId !== undefined; stepId = queue.pop()) {
    for (const t of policy.transitions) {
      if (t.from === stepId && !seen.has(t.to) && follow(t)) {
        seen.add(t.to);
        queue.push(t.to);
      }
    }
  }
  return seen;
}

/**
 * The cycles of the graph of `edges` as strongly connected components (Tarjan), each listed in
 * step order, keeping only components that really loop (two or more steps, or a self-loop).
 *
 * @example
 * loops(policy.steps.map((s) => s.id), policy.transitions); // [['noc', 'soc']]
 */
export function loops(stepIds: readonly string[], edges: readonly Transition[]): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  let counter = 0;
  const visit = (v: string) => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const e of edges) {
      if (e.from !== v) continue;
      if (!index.has(e.to)) {
        visit(e.to);
        low.set(v, Math.min(low.get(v) as number, low.get(e.to) as number));
      } else if (onStack.has(e.to))
        low.set(v, Math.min(low.get(v) as number, index.get(e.to) as number));
    }
    if (low.get(v) !== index.get(v)) return;
    const component: string[] = [];
    let w: string | undefined;
    do {
      w = stack.pop() as string;
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    if (component.length > 1 || edges.some((e) => e.from === v && e.to === v)) {
      found.push(stepIds.filter((id) => component.includes(id)));
    }
  };
  for (const id of stepIds) if (!index.has(id)) visit(id);
  return found;
}
