import type { CalendarRegistry, CalendarSpec } from '@tandem/core/sla';

/**
 * A registry as a server component would send it to a client one: its specs as plain JSON.
 *
 * @example
 * <SlaTimeline {...props} calendars={sentAsSpecs(calendars)} />
 */
export function sentAsSpecs(registry: CalendarRegistry): CalendarSpec[] {
  return JSON.parse(JSON.stringify([...registry.values()].map((calendar) => calendar.spec)));
}
