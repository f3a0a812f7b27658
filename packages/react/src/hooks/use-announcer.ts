import { useCallback, useState } from 'react';

/**
 * Text for a polite live region. A live region only speaks when its text changes, so the same
 * message twice gets an invisible no-break space to be heard again.
 *
 * @example
 * const { announcement, announce } = useAnnouncer();
 * <div role="status" aria-live="polite">{announcement}</div>
 */
export function useAnnouncer() {
  const [announcement, setAnnouncement] = useState('');
  const announce = useCallback(
    (message: string) =>
      setAnnouncement((previous) => (previous === message ? `${message}\u00a0` : message)),
    [],
  );
  return { announcement, announce };
}
