import type { CSSProperties, ReactNode } from 'react';

// Inline rather than in the stylesheet: text for screen readers must stay hidden from the eye
// even when a host runs unstyled.
const hiddenStyle: CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  margin: -1,
  padding: 0,
  overflow: 'hidden',
  clipPath: 'inset(50%)',
  whiteSpace: 'nowrap',
  border: 0,
};

/**
 * Text that screen readers read and the eye never sees.
 *
 * @example
 * <button><Icon /><VisuallyHidden>Undo</VisuallyHidden></button>
 */
export function VisuallyHidden({ children }: { children: ReactNode }) {
  return <span style={hiddenStyle}>{children}</span>;
}
