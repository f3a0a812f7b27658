import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useRowWindow } from './use-row-window';

const getKey = (index: number) => `row-${index}`;

function setup(count: number) {
  const scroller = document.createElement('div');
  document.body.append(scroller);
  const hook = renderHook(() =>
    useRowWindow({ count, getKey, scrollElement: scroller, estimate: 40, enabled: true }),
  );
  return { scroller, hook };
}

describe('useRowWindow', () => {
  it('renders the rows in view plus overscan, and the space around them', () => {
    const { hook } = setup(1000);
    const { rows, before, after, total } = hook.result.current;
    // 800 px of viewport (happy-dom has no layout) at 40 px a row, plus 8 of overscan.
    expect(rows.map((row) => row.index)).toEqual(Array.from({ length: 29 }, (_, i) => i));
    expect(before).toBe(0);
    expect(total).toBe(40_000);
    expect(after).toBe(40_000 - 29 * 40);
  });

  it('follows the scroll position', () => {
    const { hook, scroller } = setup(1000);
    act(() => {
      scroller.scrollTop = 4000;
      scroller.dispatchEvent(new Event('scroll'));
    });
    const { rows, before } = hook.result.current;
    expect(rows[0]?.index).toBe(92);
    expect(before).toBe(92 * 40);
  });

  it('keeps a measured height with its row', () => {
    const { hook } = setup(10);
    const node = document.createElement('tr');
    node.dataset.index = '0';
    node.getBoundingClientRect = () => ({ height: 100 }) as DOMRect;
    act(() => hook.result.current.measure(node));
    expect(hook.result.current.rows[1]?.start).toBe(100);
    expect(hook.result.current.total).toBe(100 + 9 * 40);
  });
});
