import { type CalendarRegistry, type CalendarSource, toCalendarRegistry } from '@tandem/core/sla';
import { useMemo } from 'react';

/**
 * The registry behind a component's `calendars` prop, which may be a registry or what a
 * registry becomes on its way from a server component: plain specs, or a map of plain objects.
 * Compiled once per prop value.
 *
 * @example
 * const calendars = useCalendarRegistry(props.calendars);
 */
export function useCalendarRegistry(
  source: CalendarSource | undefined,
): CalendarRegistry | undefined {
  return useMemo(() => (source ? toCalendarRegistry(source) : undefined), [source]);
}
