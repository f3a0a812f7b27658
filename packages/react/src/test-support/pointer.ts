// Real pointer input for stories' play functions (never shipped: only stories import this).
// Events carry real coordinates and wait a frame between them, so dnd-kit's sensors and
// pointer-driven components run as they do under a person's hand.

/** One animation frame. */
export const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** Waits a few frames: dnd-kit measures and moves on animation frames. */
export async function settle(frames = 3): Promise<void> {
  for (let i = 0; i < frames; i += 1) await frame();
}

/** The centre of an element, in viewport coordinates. */
export function center(element: Element): { x: number; y: number } {
  const rect = element.getBoundingClientRect();
  return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
}

/**
 * Drags `source` to `target` (an element's centre or a point) with the primary button: press,
 * move in `steps` past any activation distance, release.
 */
export async function pointerDrag(
  source: Element,
  target: Element | { x: number; y: number },
  steps = 8,
): Promise<void> {
  const from = center(source);
  const to = target instanceof Element ? center(target) : target;
  const base = {
    bubbles: true,
    cancelable: true,
    isPrimary: true,
    pointerId: 1,
    pointerType: 'mouse',
  };
  const document = source.ownerDocument;
  source.dispatchEvent(
    new PointerEvent('pointerdown', {
      ...base,
      button: 0,
      buttons: 1,
      clientX: from.x,
      clientY: from.y,
    }),
  );
  await frame();
  for (let step = 1; step <= steps; step += 1) {
    const clientX = from.x + ((to.x - from.x) * step) / steps;
    const clientY = from.y + ((to.y - from.y) * step) / steps;
    document.dispatchEvent(
      new PointerEvent('pointermove', { ...base, buttons: 1, clientX, clientY }),
    );
    await frame();
  }
  document.dispatchEvent(
    new PointerEvent('pointerup', { ...base, button: 0, buttons: 0, clientX: to.x, clientY: to.y }),
  );
  await frame();
}
