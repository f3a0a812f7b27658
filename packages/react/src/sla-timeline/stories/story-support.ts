// Shared by the SLA stories and their play functions (never shipped: only stories import this).
import { calendars, parties } from './sla-fixtures';
import type { Scenario } from './sla-scenarios';

/**
 * Every story pins the locale and the viewer's zone, so the catalog reads the same anywhere.
 *
 * @example
 * args: { ...storyBase, ...ticketArgs(running) }
 */
export const storyBase = {
  calendars,
  parties,
  locale: 'en-GB',
  viewerTimeZone: 'Europe/London',
} as const;

/**
 * A scenario as `<SlaTimeline>` props; `now` comes from the scenario, never from the clock.
 *
 * @example
 * export const Holiday: Story = { args: ticketArgs(holiday) };
 */
export const ticketArgs = (s: Scenario) => ({
  policy: s.policy,
  history: s.history,
  escalations: s.escalations,
  now: s.now,
  ...(s.timeZone ? { timeZone: s.timeZone } : {}),
});

/**
 * The timeline's plot: the element carrying the visible range.
 *
 * @example
 * const plot = plotOf(canvasElement);
 */
export function plotOf(root: ParentNode): HTMLElement {
  const plot = root.querySelector<HTMLElement>('[data-range-from]');
  if (!plot) throw new Error('The timeline has no plot.');
  return plot;
}

/**
 * The range the plot shows, from its data attributes.
 *
 * @example
 * shownRange(plot).to - shownRange(plot).from; // the visible span in ms
 */
export function shownRange(plot: HTMLElement): { from: number; to: number } {
  return { from: Number(plot.dataset.rangeFrom), to: Number(plot.dataset.rangeTo) };
}

/**
 * The first element matching `selector` in `root`, or a failure naming what is missing.
 *
 * @example
 * const readout = one(root, '.tandem-sla-readout');
 */
export function one(root: ParentNode, selector: string): HTMLElement {
  const element = root.querySelector<HTMLElement>(selector);
  if (!element) throw new Error(`Nothing matches ${selector}.`);
  return element;
}

/**
 * The labels of an axis row with their x positions, in order across the screen.
 *
 * @example
 * axisTicks(plot, 'calendar').map((tick) => tick.text); // ['00:30', '01:00', …]
 */
export function axisTicks(plot: HTMLElement, which: 'calendar' | 'viewer') {
  return [...plot.querySelectorAll<HTMLElement>(`[data-lane="${which}-ticks"] > *`)].map(
    (tick) => ({
      text: tick.textContent ?? '',
      x: tick.getBoundingClientRect().left,
    }),
  );
}

/**
 * Whether `inner`'s horizontal extent lies within `outer`'s, to a pixel.
 *
 * @example
 * spansAcross(shade.getBoundingClientRect(), holiday.getBoundingClientRect());
 */
export function spansAcross(outer: DOMRect, inner: DOMRect): boolean {
  return outer.left <= inner.left + 1 && outer.right >= inner.right - 1;
}

/**
 * Dispatches a real PointerEvent of a touch pointer at a point of the viewport.
 *
 * @example
 * touch(plot, 'pointerdown', 2, 300, 120);
 */
export function touch(
  target: Element,
  type: 'pointerdown' | 'pointermove' | 'pointerup',
  pointerId: number,
  x: number,
  y: number,
): void {
  target.dispatchEvent(
    new PointerEvent(type, {
      bubbles: true,
      cancelable: true,
      pointerId,
      pointerType: 'touch',
      isPrimary: pointerId === 1,
      button: type === 'pointermove' ? -1 : 0,
      buttons: type === 'pointerup' ? 0 : 1,
      clientX: x,
      clientY: y,
    }),
  );
}

/**
 * A real `pointerover` at the centre of `element`, as a mouse moving onto it.
 *
 * @example
 * hoverAt(mark); // the plot's tooltip shows the mark's data-tip
 */
export function hoverAt(element: Element): void {
  const box = element.getBoundingClientRect();
  element.dispatchEvent(
    new PointerEvent('pointerover', {
      bubbles: true,
      pointerId: 1,
      pointerType: 'mouse',
      isPrimary: true,
      clientX: box.left + box.width / 2,
      clientY: box.top + box.height / 2,
    }),
  );
}

/**
 * A mouse drag across `target` from one x to another at height `y`, every event dispatched on
 * the target itself (as pointer capture would deliver them), a frame between moves.
 *
 * @example
 * await mouseDrag(plot, 400, 250, 120); // drag 150 px towards the start
 */
export async function mouseDrag(target: Element, fromX: number, toX: number, y: number, steps = 6) {
  const at = (type: string, clientX: number) =>
    new PointerEvent(type, {
      bubbles: true,
      cancelable: true,
      pointerId: 1,
      pointerType: 'mouse',
      isPrimary: true,
      button: type === 'pointermove' ? -1 : 0,
      buttons: type === 'pointerup' ? 0 : 1,
      clientX,
      clientY: y,
    });
  target.dispatchEvent(at('pointerdown', fromX));
  await frame();
  for (let step = 1; step <= steps; step += 1) {
    target.dispatchEvent(at('pointermove', fromX + ((toX - fromX) * step) / steps));
    await frame();
  }
  target.dispatchEvent(at('pointerup', toX));
  await frame();
}

/**
 * One animation frame, so React commits between pointer events as under a real hand.
 *
 * @example
 * await frame();
 */
export const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/**
 * Two fingers on `target`, each moved in `steps` from its start to its end point and lifted.
 *
 * @example
 * await pinch(plot, [[250, 40], [350, 40]], [[200, 40], [400, 40]]); // spread: zoom in
 */
export async function pinch(
  target: Element,
  from: readonly [readonly [number, number], readonly [number, number]],
  to: readonly [readonly [number, number], readonly [number, number]],
  steps = 6,
): Promise<void> {
  const fingers = [0, 1] as const;
  for (const i of fingers) touch(target, 'pointerdown', i + 1, from[i][0], from[i][1]);
  await frame();
  for (let step = 1; step <= steps; step += 1) {
    for (const i of fingers) {
      const x = from[i][0] + ((to[i][0] - from[i][0]) * step) / steps;
      const y = from[i][1] + ((to[i][1] - from[i][1]) * step) / steps;
      touch(target, 'pointermove', i + 1, x, y);
    }
    await frame();
  }
  for (const i of fingers) touch(target, 'pointerup', i + 1, to[i][0], to[i][1]);
  await frame();
}

type Rgb = readonly [number, number, number];

function rgbOf(colour: string): Rgb {
  const [r = 0, g = 0, b = 0] = (colour.match(/[\d.]+/g) ?? []).map(Number);
  return [r, g, b];
}

/**
 * The WCAG contrast ratio of two opaque computed colours (`rgb(…)` strings).
 *
 * @example
 * contrastRatio('rgb(0, 0, 0)', 'rgb(255, 255, 255)'); // 21
 */
export function contrastRatio(a: string, b: string): number {
  const luminance = (colour: string) => {
    const [r, g, b] = rgbOf(colour).map((c) => {
      const s = c / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    }) as unknown as Rgb;
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * The computed value of a CSS property of an element.
 *
 * @example
 * css(root, 'background-color'); // 'rgb(11, 17, 32)'
 */
export const css = (element: Element, property: string) =>
  getComputedStyle(element).getPropertyValue(property);

/**
 * Reads `measure` twice: as themed, then with every theme switched to the light (default) look
 * — the catalog's `data-tandem-theme` set to light and the components' inline custom
 * properties removed — and puts everything back. Synchronous, so React never sees the swap.
 *
 * @example
 * const [themed, light] = themedAndLight(() => css(root, 'background-color'));
 */
export function themedAndLight<T>(measure: () => T): [T, T] {
  const themed = measure();
  const themes = [...document.querySelectorAll<HTMLElement>('[data-tandem-theme]')].map(
    (element) => [element, element.dataset.tandemTheme ?? ''] as const,
  );
  const styled = [
    ...document.querySelectorAll<HTMLElement>('.tandem-sla[style], .tandem-sla-queue[style]'),
  ].map((element) => [element, element.getAttribute('style') ?? ''] as const);
  try {
    for (const [element] of themes) element.dataset.tandemTheme = 'light';
    for (const [element] of styled) element.removeAttribute('style');
    return [themed, measure()];
  } finally {
    for (const [element, theme] of themes) element.dataset.tandemTheme = theme;
    for (const [element, style] of styled) element.setAttribute('style', style);
  }
}
