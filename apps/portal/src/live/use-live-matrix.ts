import type { MatrixUpdate } from '@tandem/collab';
import type { Matrix } from '@tandem/core';
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { IndexeddbPersistence } from 'y-indexeddb';
import type { LiveSession } from './live-session';
import {
  CONNECTING,
  type LiveMatrix,
  type LiveMatrixSnapshot,
  openLiveMatrix,
} from './open-live-matrix';

const idle = () => () => {};
const connecting = () => CONNECTING;

/**
 * Joins the live session for as long as the component is mounted, keeping the doc in this
 * browser's IndexedDB too: the live matrix and its latest snapshot.
 *
 * @example
 * const { live, snapshot } = useLiveMatrix(session, () => draft, (update) => record(update));
 * <ResponsibilityMatrix value={snapshot.matrix} onValueChange={(_, changes) => live?.apply(changes)} />
 */
export function useLiveMatrix(
  session: LiveSession,
  seed: () => Matrix,
  onUpdate: (update: MatrixUpdate) => void,
): { live: LiveMatrix | undefined; snapshot: LiveMatrixSnapshot } {
  // The session lives across renders; the callbacks it calls are always the latest ones.
  const callbacks = useRef({ seed, onUpdate });
  callbacks.current = { seed, onUpdate };
  const [live, setLive] = useState<LiveMatrix>();

  useEffect(() => {
    const opened = openLiveMatrix(session, {
      seed: () => callbacks.current.seed(),
      onUpdate: (update) => callbacks.current.onUpdate(update),
      keepLocally: (name, doc) => new IndexeddbPersistence(name, doc),
    });
    setLive(opened);
    return () => {
      setLive(undefined);
      opened.destroy();
    };
  }, [session]);

  const snapshot = useSyncExternalStore(
    live?.subscribe ?? idle,
    live?.getSnapshot ?? connecting,
    connecting,
  );
  return { live, snapshot };
}
