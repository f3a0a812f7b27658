import {
  type EscalationPolicy,
  parsePolicy,
  parseRouting,
  type Routing,
} from '@tandem/core/escalation';
import type { CalendarRegistry } from '@tandem/core/sla';
import { readJson } from '../files';

/**
 * Reads a routing table file, checked against the calendars its `hours` conditions name.
 *
 * @example
 * const routing = await readRouting('routing.json', registry);
 */
export function readRouting(path: string, calendars: CalendarRegistry): Promise<Routing> {
  return readJson(path, (json) => parseRouting(json, calendars));
}

/**
 * Reads an escalation policy file, checked against the calendars its triggers name.
 *
 * @example
 * const policy = await readEscalationPolicy('escalation.json', registry);
 */
export function readEscalationPolicy(
  path: string,
  calendars: CalendarRegistry,
): Promise<EscalationPolicy> {
  return readJson(path, (json) => parsePolicy(json, calendars));
}
