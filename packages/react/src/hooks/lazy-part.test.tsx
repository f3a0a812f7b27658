import { act, render, screen } from '@testing-library/react';
import { Component, type ReactNode, useState } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { lazyPart } from './lazy-part';

/** A part with state of its own, to tell a re-render from a remount. */
function Counter({ label }: { label: string }) {
  const [count, setCount] = useState(0);
  return (
    <button type="button" onClick={() => setCount(count + 1)}>
      {label} {count}
    </button>
  );
}

/** A load the test settles by hand. */
function deferredLoad() {
  let settle: { resolve: () => void; reject: (error: Error) => void } | undefined;
  const load = vi.fn(
    () =>
      new Promise<typeof Counter>((resolve, reject) => {
        settle = { resolve: () => resolve(Counter), reject };
      }),
  );
  return { load, settle: () => settle as NonNullable<typeof settle> };
}

class Boundary extends Component<{ children: ReactNode }, { error?: Error }> {
  override state: { error?: Error } = {};
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  override render() {
    return this.state.error ? <p role="alert">{this.state.error.message}</p> : this.props.children;
  }
}

describe('lazyPart', () => {
  it('shows nothing while its code loads, then the part, and keeps its state across renders', async () => {
    const { load, settle } = deferredLoad();
    const Part = lazyPart(load);
    const { rerender } = render(<Part label="Count" />);
    expect(screen.queryByRole('button')).toBeNull();
    await act(async () => settle().resolve());
    const button = await screen.findByRole('button', { name: 'Count 0' });
    act(() => button.click());
    rerender(<Part label="Total" />);
    // The same element, updated: a part that remounted once loaded would show "Total 0".
    expect(screen.getByRole('button')).toBe(button);
    expect(button.textContent).toBe('Total 1');
  });

  it('fetches its code once however often it is preloaded or rendered', async () => {
    const { load, settle } = deferredLoad();
    const Part = lazyPart(load);
    void Part.preload();
    void Part.preload();
    render(
      <>
        <Part label="A" />
        <Part label="B" />
      </>,
    );
    await act(async () => settle().resolve());
    expect(await screen.findAllByRole('button')).toHaveLength(2);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('renders at once when its code was preloaded, and on the server', async () => {
    const Part = lazyPart(async () => Counter);
    await Part.preload();
    render(<Part label="Ready" />);
    expect(screen.getByRole('button', { name: 'Ready 0' })).toBeTruthy();
    expect(renderToString(<Part label="Server" />)).toContain('<button type="button">Server');
  });

  it('hands a failed load to the error boundary, and a remount fetches it again', async () => {
    const { load, settle } = deferredLoad();
    const Part = lazyPart(load);
    const { unmount } = render(
      <Boundary>
        <Part label="Flaky" />
      </Boundary>,
    );
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await act(async () => settle().reject(new Error('chunk failed')));
    expect((await screen.findByRole('alert')).textContent).toBe('chunk failed');
    expect(load).toHaveBeenCalledTimes(1);
    unmount();
    render(
      <Boundary>
        <Part label="Again" />
      </Boundary>,
    );
    await act(async () => settle().resolve());
    expect(await screen.findByRole('button', { name: 'Again 0' })).toBeTruthy();
    expect(load).toHaveBeenCalledTimes(2);
    vi.restoreAllMocks();
  });
});
