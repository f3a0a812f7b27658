import { type DragEvent, useCallback, useRef, useState } from 'react';

const carriesFiles = (event: DragEvent) => event.dataTransfer.types.includes('Files');

/**
 * Lets a region take files dragged from the desktop: props to spread on it, and whether a file
 * is over it (to show a drop hint). Drags of anything else (text, the editor's own cards) are
 * left alone, so the matrix editor's drag and drop inside the region is unaffected.
 *
 * @example
 * const drop = useFileDrop((file) => void importFile(file));
 * <section {...drop.props}>{drop.over && <p>Drop to import</p>}</section>
 */
export function useFileDrop(onFile: (file: File) => void) {
  const [over, setOver] = useState(false);
  // dragenter/dragleave fire for every child crossed: count them to know when the drag left.
  const depth = useRef(0);

  const onDragEnter = useCallback((event: DragEvent) => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    depth.current += 1;
    setOver(true);
  }, []);
  const onDragOver = useCallback((event: DragEvent) => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  }, []);
  const onDragLeave = useCallback((event: DragEvent) => {
    if (!carriesFiles(event)) return;
    depth.current = Math.max(0, depth.current - 1);
    if (depth.current === 0) setOver(false);
  }, []);
  const onDrop = useCallback(
    (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth.current = 0;
      setOver(false);
      const file = event.dataTransfer.files[0];
      if (file) onFile(file);
    },
    [onFile],
  );

  return { over, props: { onDragEnter, onDragOver, onDragLeave, onDrop } };
}
