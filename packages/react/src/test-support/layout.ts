// Geometry checks for stories' play functions (never shipped: only stories import this).

/** The slack allowed between two edges that should meet: sub-pixel rounding. */
const SLACK = 1;

/**
 * Fails unless `inner` lies within `outer` on both axes (or only along `axis`), naming `what`.
 *
 * @example
 * expectWithin(compactTimeline, row, 'the compact timeline of row 3');
 */
export function expectWithin(
  inner: Element,
  outer: Element,
  what: string,
  axis: 'both' | 'inline' | 'block' = 'both',
): void {
  const a = inner.getBoundingClientRect();
  const b = outer.getBoundingClientRect();
  const inline = a.left >= b.left - SLACK && a.right <= b.right + SLACK;
  const block = a.top >= b.top - SLACK && a.bottom <= b.bottom + SLACK;
  if ((axis !== 'block' && !inline) || (axis !== 'inline' && !block)) {
    const box = (r: DOMRect) => `[${r.left}, ${r.top}, ${r.right}, ${r.bottom}]`;
    throw new Error(`${what} ${box(a)} is not within ${box(b)}.`);
  }
}

/**
 * Fails unless each element starts at or below the end of the one before it, naming `what`.
 *
 * @example
 * expectStacked([...grid.querySelectorAll('[role="row"]')], 'the rows');
 */
export function expectStacked(elements: readonly Element[], what: string): void {
  elements.reduce<DOMRect | undefined>((previous, element, index) => {
    const rect = element.getBoundingClientRect();
    if (previous && rect.top < previous.bottom - SLACK) {
      throw new Error(
        `${what}: number ${index + 1} starts at ${rect.top}, over the one before (ending at ${previous.bottom}).`,
      );
    }
    return rect;
  }, undefined);
}

function clips(element: Element): boolean {
  const style = getComputedStyle(element);
  return [style.overflowX, style.overflowY].some((o) => o === 'hidden' || o === 'clip');
}

function exposed(element: Element, text: string, root: Element): boolean {
  for (let at: Element | null = element; at; at = at === root ? null : at.parentElement) {
    for (const name of ['title', 'data-tip', 'aria-label']) {
      if (at.getAttribute(name)?.includes(text)) return true;
    }
  }
  return false;
}

/**
 * The texts in `root` that are cut — wider or taller than the element that clips them — with
 * no `title`, `data-tip` or `aria-label` on it or an ancestor carrying the whole text. Scroll
 * areas are not cut (they scroll), nor is visually hidden text (it is read, not seen).
 *
 * @example
 * await expect(cutTexts(canvasElement)).toEqual([]);
 */
export function cutTexts(root: Element): string[] {
  const cut: string[] = [];
  for (const element of [root, ...root.querySelectorAll('*')]) {
    const text = element.textContent?.trim() ?? '';
    if (!text || element.clientWidth <= 1 || !clips(element)) continue;
    if (getComputedStyle(element).clipPath !== 'none') continue;
    const over =
      element.scrollWidth > element.clientWidth + SLACK ||
      element.scrollHeight > element.clientHeight + SLACK;
    if (over && !exposed(element, text, root)) cut.push(text);
  }
  return cut;
}
