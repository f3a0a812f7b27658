// Helpers for the editor's stories and their play functions (never shipped: only stories import
// this file). Real pointer events with real coordinates, so dnd-kit's sensors run as in use.
import type { Matrix, Row } from '@tandem/core';

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
const center = (element: Element) => {
  const rect = element.getBoundingClientRect();
  return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
};

/**
 * Drags `source` onto `target` with the pointer: press, move in steps past dnd-kit's activation
 * distance, release, waiting a frame between events as a person's hand would.
 */
export async function pointerDrag(source: Element, target: Element, steps = 8): Promise<void> {
  const from = center(source);
  const to = center(target);
  const base = {
    bubbles: true,
    cancelable: true,
    isPrimary: true,
    pointerId: 1,
    pointerType: 'mouse',
  };
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
    source.ownerDocument.dispatchEvent(
      new PointerEvent('pointermove', { ...base, buttons: 1, clientX, clientY }),
    );
    await frame();
  }
  source.ownerDocument.dispatchEvent(
    new PointerEvent('pointerup', { ...base, button: 0, buttons: 0, clientX: to.x, clientY: to.y }),
  );
  await frame();
}

/** Waits a few frames: dnd-kit measures and moves on animation frames. */
export async function settle(frames = 3): Promise<void> {
  for (let i = 0; i < frames; i += 1) await frame();
}

/** The editor's own live region inside a story's canvas. */
export function announcer(canvasElement: HTMLElement): HTMLElement {
  const region = canvasElement.querySelector<HTMLElement>('[data-announcer]');
  if (!region) throw new Error('The editor has no live region.');
  return region;
}

/**
 * A large matrix for scale stories: `rows` rows over 12 parties in 20 categories, every row
 * with an owner, some joint, some with a backup qualifier.
 */
export function largeMatrix(rows: number, parties = 12): Matrix {
  const sides = ['internal', 'provider', 'provider', 'business'] as const;
  return {
    name: `Scale test (${rows} × ${parties})`,
    variant: 'raci',
    parties: Array.from({ length: parties }, (_, i) => ({
      id: `p${i}`,
      name: `${sides[i % sides.length] === 'provider' ? 'MSP team' : 'IT team'} ${i + 1}`,
      side: sides[i % sides.length] ?? 'internal',
    })),
    categories: Array.from({ length: 20 }, (_, i) => ({
      id: `c${i}`,
      name: `Service area ${i + 1}`,
    })),
    rows: Array.from({ length: rows }, (_, i): Row => {
      const owner = `p${i % parties}`;
      const helper = `p${(i + 1) % parties}`;
      return {
        id: `r${i}`,
        name: `IT function ${i + 1}`,
        categoryId: `c${Math.floor((i * 20) / rows)}`,
        kind: i % 7 === 0 ? 'decision' : 'task',
        cells: {
          [owner]: { roles: ['R', 'A'] },
          [helper]: i % 3 === 0 ? { roles: ['R'], qualifier: 'overflow' } : { roles: ['C'] },
          [`p${(i + 5) % parties}`]: { roles: ['I'] },
        },
      };
    }),
  };
}
