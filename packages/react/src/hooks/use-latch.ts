import { useState } from 'react';

/**
 * `false` until `value` is first `true`, then `true` for good. Keeps a lazily loaded dialog
 * mounted after its first opening, so it closes (and returns focus) the way Radix does rather
 * than vanishing.
 *
 * @example
 * const mounted = useLatch(selected !== undefined);
 * {mounted && <TicketDialog selected={selected} />}
 */
export function useLatch(value: boolean): boolean {
  const [latched, setLatched] = useState(value);
  // Set during render, as React allows for state derived from props: no extra commit.
  if (value && !latched) setLatched(true);
  return latched || value;
}
