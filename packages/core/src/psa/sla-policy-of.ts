import type { SlaMatchValue, SlaPolicy, SlaPriorityTargets } from '../sla/policy';

/**
 * The `SlaPolicy` a PSA's SLA becomes, the same way for every adapter: an id of the vendor and
 * the SLA's own id, its trimmed name when it has one, the host's pause statuses (PSAs set those
 * on statuses, not on the SLA) and `when`, which `selectSlaPolicy` matches a ticket's SLA by.
 *
 * @example
 * slaPolicyOf('halo', { id: 4, name: ' Gold ' }, 'office', priorities, ['On Hold'], { sla: '4' });
 */
export function slaPolicyOf(
  vendor: string,
  sla: { readonly id: string | number; readonly name?: string | null | undefined },
  calendarId: string,
  priorities: Record<string, SlaPriorityTargets>,
  pauseStatuses: readonly string[] | undefined,
  when: Readonly<Record<string, SlaMatchValue>> | undefined,
): SlaPolicy {
  const name = sla.name?.trim();
  return {
    id: `${vendor}-sla-${sla.id}`,
    ...(name ? { name } : {}),
    calendarId,
    priorities,
    ...(pauseStatuses ? { pauseStatuses: [...pauseStatuses] } : {}),
    ...(when ? { when } : {}),
  };
}
