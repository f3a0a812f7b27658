import { z } from 'zod';

// The PSA API's responses as the portal expects them. Every response is parsed at the edge, so a
// malformed payload becomes a readable, path-addressed message instead of a crash deeper in.

const roleLetter = z.enum(['R', 'A', 'S', 'C', 'I', 'D']);

export const psaMatrixSchema = z.object({
  id: z.string(),
  name: z.string(),
  parties: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      side: z.enum(['internal', 'provider', 'vendor', 'business']),
    }),
  ),
  categories: z.array(z.object({ id: z.string(), name: z.string() })),
  rows: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      categoryId: z.string(),
      kind: z.enum(['task', 'decision']),
    }),
  ),
  cells: z.array(
    z.object({
      rowId: z.string(),
      partyId: z.string(),
      roles: z.array(roleLetter),
      qualifier: z.string().optional(),
    }),
  ),
});
export type PsaMatrix = z.infer<typeof psaMatrixSchema>;

export const psaTicketSchema = z.object({
  id: z.string(),
  summary: z.string(),
  category: z.string(),
  priority: z.enum(['P1', 'P2', 'P3', 'P4']),
  status: z.enum(['new', 'in-progress', 'waiting-on-customer', 'resolved']),
  openedAt: z.iso.datetime(),
  assignedTo: z.string(),
  vip: z.boolean(),
});
export type PsaTicket = z.infer<typeof psaTicketSchema>;
export const psaTicketsSchema = z.array(psaTicketSchema);

export const psaSlaPolicySchema = z.object({
  id: z.string(),
  priority: z.enum(['P1', 'P2', 'P3', 'P4']),
  responseMinutes: z.number().int().positive(),
  resolutionMinutes: z.number().int().positive(),
  calendar: z.enum(['business-hours', '24x7']),
});
export type PsaSlaPolicy = z.infer<typeof psaSlaPolicySchema>;
export const psaSlaPoliciesSchema = z.array(psaSlaPolicySchema);
