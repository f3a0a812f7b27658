import { act, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { PresenceFocus, PresenceOptions, PresencePeer } from './presence-types';

type PresenceModules = {
  hook: typeof import('./use-presence');
  marks: typeof import('./peer-marks');
  words: typeof import('./presence-messages');
};

const rows = ['backup', 'patching'];
const itemOf = (place: PresenceFocus) => ('rowId' in place ? place.rowId : undefined);

/** Two rows showing the people at them, from the presence modules given. */
function Rows({
  modules: { hook, marks, words },
  presence,
  announce,
}: {
  modules: PresenceModules;
  presence?: PresenceOptions;
  announce: (message: string) => void;
}) {
  const messages = words.englishPresenceMessages;
  const peers = hook.usePresence({ presence, itemOf, nameOf: itemOf, messages, announce });
  return (
    <ul>
      {rows.map((rowId) => {
        const m = marks.peerMarks(peers.peersAt(rowId), { kind: 'row', rowId }, messages, 'peer');
        return (
          <li key={rowId} data-testid={rowId} {...m.attributes}>
            <button type="button" onFocus={() => peers.setFocus({ kind: 'row', rowId })}>
              {rowId}
            </button>
            {m.tags}
          </li>
        );
      })}
    </ul>
  );
}

// A fresh copy of the presence modules per test, so each starts without the chunk loaded.
async function freshPresence() {
  vi.resetModules();
  const modules: PresenceModules = {
    hook: await import('./use-presence'),
    marks: await import('./peer-marks'),
    words: await import('./presence-messages'),
  };
  const announce = vi.fn<(message: string) => void>();
  return { modules, hook: modules.hook, announce };
}

const sam: PresencePeer = { id: 7, name: 'Sam', focus: { kind: 'row', rowId: 'backup' } };

describe('usePresence and its chunk', () => {
  it('shows nobody until the presence chunk has arrived, then marks and announces the peer', async () => {
    const { modules, hook, announce } = await freshPresence();
    expect(hook.presenceEngine.peek()).toBeUndefined();
    render(<Rows modules={modules} announce={announce} presence={{ peers: [sam] }} />);
    expect(screen.getByTestId('backup')).not.toHaveAttribute('data-peer');
    await waitFor(() => expect(screen.getByTestId('backup')).toHaveAttribute('data-peer', 'focus'));
    expect(screen.getByTestId('patching')).not.toHaveAttribute('data-peer');
    // The announcement follows the mark by an effect, which a loaded machine can run a tick later.
    await waitFor(() => expect(announce).toHaveBeenCalledWith('Sam is editing backup.'));
  });

  it("sends this user's focus from before the chunk arrived once it has, and only once", async () => {
    const { modules, hook, announce } = await freshPresence();
    const onLocalChange = vi.fn();
    render(<Rows modules={modules} announce={announce} presence={{ onLocalChange }} />);
    act(() => screen.getByRole('button', { name: 'patching' }).focus());
    expect(onLocalChange).not.toHaveBeenCalled();
    await waitFor(() =>
      expect(onLocalChange).toHaveBeenCalledWith({
        focus: { kind: 'row', rowId: 'patching' },
        dragging: null,
      }),
    );
    expect(hook.presenceEngine.peek()).toBeDefined();
    act(() => screen.getByRole('button', { name: 'patching' }).focus());
    expect(onLocalChange).toHaveBeenCalledTimes(1);
  });

  it('never loads the presence chunk for a component without `presence`', async () => {
    const { modules, hook, announce } = await freshPresence();
    render(<Rows modules={modules} announce={announce} />);
    act(() => screen.getByRole('button', { name: 'backup' }).focus());
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(hook.presenceEngine.peek()).toBeUndefined();
    expect(screen.getByTestId('backup')).not.toHaveAttribute('data-peer');
  });
});
