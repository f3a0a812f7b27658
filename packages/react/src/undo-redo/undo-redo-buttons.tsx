/** Props of {@link UndoRedoButtons}. */
export interface UndoRedoButtonsProps {
  undo: () => void;
  redo: () => void;
  canUndo: boolean;
  canRedo: boolean;
  /** The buttons' text, from the component's messages. */
  labels: { readonly undo: string; readonly redo: string };
  className: string | undefined;
}

/**
 * The Undo and Redo buttons every editor's toolbar starts with, disabled when there is nothing
 * to undo or redo (the keyboard shortcuts announce that instead).
 *
 * @example
 * <UndoRedoButtons undo={editor.undo} redo={editor.redo} canUndo={editor.canUndo} canRedo={editor.canRedo} labels={messages} className="tandem-matrix-button" />
 */
export function UndoRedoButtons({
  undo,
  redo,
  canUndo,
  canRedo,
  labels,
  className,
}: UndoRedoButtonsProps) {
  return (
    <>
      <button type="button" className={className} disabled={!canUndo} onClick={undo}>
        {labels.undo}
      </button>
      <button type="button" className={className} disabled={!canRedo} onClick={redo}>
        {labels.redo}
      </button>
    </>
  );
}
