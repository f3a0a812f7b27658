// Who is who in the mocked ConnectWise: the members and service teams tickets name, and the
// companies (customers) they serve. The portal maps them to the matrix's parties (see
// src/api/connectwise-setup.ts); the mock writes them as ConnectWise does, by name.

/** Members by their ConnectWise identifier (audit entries name members this way). */
export const MEMBERS = {
  dana: 'dwhitfield', // Contoso internal IT
  priya: 'pnair', // Fabrikam internal IT
  sam: 'sokafor', // Northwind service desk
  noc: 'nocauto', // Northwind NOC's monitoring integration
} as const;

/** Service teams, each one side of the co-managed split. */
export const TEAMS = {
  contosoIt: { id: 21, name: 'Contoso IT' },
  fabrikamIt: { id: 22, name: 'Fabrikam IT' },
  desk: { id: 23, name: 'Northwind Service Desk' },
  noc: { id: 24, name: 'Northwind NOC' },
} as const;

/** The two demo customers: Contoso in New York, Fabrikam in London. */
export const COMPANIES = {
  contoso: { id: 250, identifier: 'Contoso', name: 'Contoso Ltd' },
  fabrikam: { id: 251, identifier: 'FabrikamUK', name: 'Fabrikam UK' },
} as const;

/** The boards tickets sit on. */
export const BOARDS = {
  help: { id: 1, name: 'Help Desk' },
  noc: { id: 2, name: 'NOC Alerts' },
} as const;
