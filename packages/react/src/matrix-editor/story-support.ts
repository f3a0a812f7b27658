// Helpers for the editor's stories and their play functions (never shipped: only stories import
// this file).
import type { Matrix, Row } from '@tandem/core';

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
