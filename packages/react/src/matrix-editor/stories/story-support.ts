// Helpers for the editor's stories and their play functions (never shipped: only stories import
// this file).
import type { Matrix, Row } from '@tandem/core';
import { templates } from '@tandem/core/templates';
import { expect, waitFor, within } from 'storybook/test';
import { center, frame } from '../../test-support/pointer';

/** The template most stories edit: two parties, fourteen rows in eight categories. */
export const smallBusiness: Matrix = templates['small-business-one-it'].matrix;

const withCells = (matrix: Matrix, cells: Readonly<Record<string, Row['cells']>>): Matrix => ({
  ...matrix,
  rows: matrix.rows.map((row) =>
    Object.hasOwn(cells, row.id) ? { ...row, cells: cells[row.id] ?? {} } : row,
  ),
});

/**
 * The small-business matrix with one error and two warnings from the core's rules, beside the
 * template's own note: Tier 1 helpdesk loses its Accountable (`accountable-exactly-one`), and
 * two rows tagged 24x7 go to Internal IT, whose calendar is business hours (`coverage-24x7`).
 */
export const errorsAndWarnings: Matrix = withCells(smallBusiness, {
  'tier1-helpdesk': { 'internal-it': { roles: ['R'] } },
  'security-monitoring': { 'internal-it': { roles: ['R', 'A'] } },
  edr: { 'internal-it': { roles: ['R', 'A'] } },
});

/** The editor's own live region inside a story's canvas. */
export function announcer(canvasElement: HTMLElement): HTMLElement {
  const region = canvasElement.querySelector<HTMLElement>('[data-announcer]');
  if (!region) throw new Error('The editor has no live region.');
  return region;
}

/** The editor's root element inside a story's canvas (the catalog's theme frame wraps it). */
export function editorRoot(canvasElement: HTMLElement): HTMLElement {
  const root = canvasElement.querySelector<HTMLElement>('[data-view]');
  if (!root) throw new Error('The story renders no editor.');
  return root;
}

/** Every `tandem-*` class token on an element and its descendants. */
export function tandemClasses(root: Element): string[] {
  return [root, ...root.querySelectorAll('[class]')].flatMap((element) =>
    [...element.classList].filter((name) => name.startsWith('tandem-')),
  );
}

/** A row's drag handle: the button bearing its name in the row header. */
export function rowHandle(canvas: ReturnType<typeof within>, name: string): HTMLElement {
  return within(canvas.getByRole('row', { name: new RegExp(name) })).getByRole('button', {
    name: new RegExp(`^${name}`),
  });
}

/** The ids of the rows the grid shows, in order. */
export function shownRowIds(canvasElement: HTMLElement): string[] {
  return [...canvasElement.querySelectorAll('tr[data-row-id]')].map(
    (row) => row.getAttribute('data-row-id') ?? '',
  );
}

/** A pointer held down on an element, to move and then release (or not) at will. */
export interface PointerHold {
  /** Moves in `steps` frames to an element's centre or a point, still pressed. */
  moveTo(target: Element | { x: number; y: number }, steps?: number): Promise<void>;
  /** Lets go where the pointer is. */
  release(): Promise<void>;
}

/**
 * Presses the primary button on `source` with real coordinates — the first half of
 * `pointerDrag`, for stories that cancel a drag (Escape) or drop it somewhere odd.
 *
 * @example
 * const hold = await pointerHold(handle);
 * await hold.moveTo(otherRow);
 * await userEvent.keyboard('{Escape}');
 * await hold.release();
 */
export async function pointerHold(source: Element): Promise<PointerHold> {
  const document = source.ownerDocument;
  const base = {
    bubbles: true,
    cancelable: true,
    isPrimary: true,
    pointerId: 1,
    pointerType: 'mouse',
  };
  let at = center(source);
  source.dispatchEvent(
    new PointerEvent('pointerdown', {
      ...base,
      button: 0,
      buttons: 1,
      clientX: at.x,
      clientY: at.y,
    }),
  );
  await frame();
  return {
    async moveTo(target, steps = 8) {
      const from = at;
      const to = target instanceof Element ? center(target) : target;
      for (let step = 1; step <= steps; step += 1) {
        const clientX = from.x + ((to.x - from.x) * step) / steps;
        const clientY = from.y + ((to.y - from.y) * step) / steps;
        document.dispatchEvent(
          new PointerEvent('pointermove', { ...base, buttons: 1, clientX, clientY }),
        );
        await frame();
      }
      at = to;
    },
    async release() {
      document.dispatchEvent(
        new PointerEvent('pointerup', {
          ...base,
          button: 0,
          buttons: 0,
          clientX: at.x,
          clientY: at.y,
        }),
      );
      await frame();
    },
  };
}

/**
 * Drags `source` to `target` with the pointer and lets go only once dnd-kit's live region says
 * what the drop would do (`expected`): the drop then lands where the story means, even when a
 * loaded machine lags a frame behind the last pointer move.
 *
 * @example
 * await pointerDragUntil(handle, otherRow, 'Tier 1 helpdesk would go to position 3 of 4 in Security.');
 */
export async function pointerDragUntil(
  source: Element,
  target: Element | { x: number; y: number },
  expected: string,
): Promise<void> {
  const hold = await pointerHold(source);
  await hold.moveTo(target);
  await waitFor(() => expect(source.ownerDocument.body).toHaveTextContent(expected));
  await hold.release();
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
