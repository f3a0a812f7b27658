// Helpers for the escalation flow's stories and their play functions (never shipped: only
// stories import this file).

/** The flow's root inside a story's canvas (the catalog's theme frame wraps it). */
export function flowRoot(canvasElement: HTMLElement): HTMLElement {
  const root = canvasElement.querySelector<HTMLElement>('[role="group"][aria-label^="Escalation"]');
  if (!root) throw new Error('The story renders no escalation flow.');
  return root;
}

/** A step's card by its id. */
export function card(canvasElement: HTMLElement, stepId: string): HTMLElement {
  const found = canvasElement.querySelector<HTMLElement>(`article[data-step-id="${stepId}"]`);
  if (!found) throw new Error(`The flow shows no step "${stepId}".`);
  return found;
}

/** The ids of the routing rules the panel lists, in order. */
export function shownRuleIds(canvasElement: HTMLElement): string[] {
  return [...canvasElement.querySelectorAll('[data-rule-id]')].map(
    (row) => row.getAttribute('data-rule-id') ?? '',
  );
}

/** A routing rule's row by its id. */
export function ruleRow(canvasElement: HTMLElement, ruleId: string): HTMLElement {
  const found = canvasElement.querySelector<HTMLElement>(`[data-rule-id="${ruleId}"]`);
  if (!found) throw new Error(`The routing table shows no rule "${ruleId}".`);
  return found;
}

/** The decorative (aria-hidden) glyph `text` inside an element. */
export function glyph(element: Element, text: string): HTMLElement {
  const found = [...element.querySelectorAll<HTMLElement>('[aria-hidden="true"]')].find(
    (candidate) => candidate.textContent === text,
  );
  if (!found) throw new Error(`No "${text}" glyph here.`);
  return found;
}

/** Lets dnd-kit and React catch up between keys of a keyboard drag. */
export const pause = (ms = 60) => new Promise((resolve) => setTimeout(resolve, ms));
