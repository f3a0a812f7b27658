// Helpers for the escalation flow's stories and their play functions (never shipped: only
// stories import this file).
import { expect, waitFor } from 'storybook/test';

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

/** The diagram's scrolling viewport. */
export function diagramOf(canvasElement: HTMLElement): HTMLElement {
  const found = canvasElement.querySelector<HTMLElement>('section[aria-label^="Diagram of"]');
  if (!found) throw new Error('The flow shows no diagram.');
  return found;
}

/**
 * Disables every stylesheet with a `tandem-` rule (a `<style>` per file in dev mode, the bundled
 * CSS in the built catalog) for one story; the cleanup it returns turns them back on.
 */
export function withoutTandemStylesheets(): () => void {
  const sheets = [...document.styleSheets].filter((sheet) => {
    try {
      return [...sheet.cssRules].some((rule) => rule.cssText.includes('.tandem-'));
    } catch {
      return false; // Another origin's sheet: not ours.
    }
  });
  for (const sheet of sheets) sheet.disabled = true;
  return () => {
    for (const sheet of sheets) sheet.disabled = false;
  };
}

const overlap = (a: DOMRect, b: DOMRect) =>
  a.left < b.right - 0.5 &&
  b.left < a.right - 0.5 &&
  a.top < b.bottom - 0.5 &&
  b.top < a.bottom - 0.5;
const within = (inner: DOMRect, outer: DOMRect) =>
  inner.left >= outer.left - 0.5 &&
  inner.right <= outer.right + 0.5 &&
  inner.top >= outer.top - 0.5 &&
  inner.bottom <= outer.bottom + 0.5;

/**
 * The diagram's shape: every card inside the canvas and inside its own lane, no two cards
 * overlapping, and the arrows drawn over the whole canvas.
 */
export async function expectCardsInPlace(canvasElement: HTMLElement): Promise<void> {
  const canvas = diagramOf(canvasElement).querySelector('[data-orientation]') as HTMLElement;
  const box = canvas.getBoundingClientRect();
  await expect(box.width).toBeGreaterThan(0);
  const cards = [...canvas.querySelectorAll<HTMLElement>('article[data-step-id]')];
  await expect(cards.length).toBeGreaterThan(1);
  const rects = cards.map((c) => c.getBoundingClientRect());
  for (const [i, c] of cards.entries()) {
    const rect = rects[i] as DOMRect;
    const lane = canvas.querySelector(`[data-lane="${c.dataset.lane}"][data-kind]`) as Element;
    await expect({ card: c.dataset.stepId, inCanvas: within(rect, box) }).toEqual({
      card: c.dataset.stepId,
      inCanvas: true,
    });
    await expect(within(rect, lane.getBoundingClientRect())).toBe(true);
    for (const other of rects.slice(i + 1)) await expect(overlap(rect, other)).toBe(false);
  }
  const arrows = canvas.querySelector('svg') as SVGSVGElement;
  const drawn = arrows.getBoundingClientRect();
  await expect([drawn.left, drawn.top, drawn.width]).toEqual([box.left, box.top, box.width]);
}

/**
 * Waits for the flow's checks: they arrive in a chunk of their own right after first paint, and
 * until then the issues summary says it is checking.
 *
 * @example
 * await checksArrived(canvasElement);
 */
export async function checksArrived(canvasElement: HTMLElement): Promise<void> {
  await waitFor(() =>
    expect(canvasElement.querySelector('summary[data-state="pending"]')).toBeNull(),
  );
}
