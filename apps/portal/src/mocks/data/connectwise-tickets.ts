import { BOARDS, COMPANIES, MEMBERS, TEAMS } from './connectwise-directory';

// The open tickets of both customers as ConnectWise serves them (`/service/tickets`), and each
// one's audit trail (`/system/audittrail?type=Ticket&id=`, newest first as the API lists it).
// Hand-overs between internal IT and the MSP are team changes; pauses are status changes to a
// waiting status. Every instant is relative to a fixed "as of" moment, so the demo reads the
// same on every visit; instants are UTC with a Z, as ConnectWise's REST API writes them.

/** The moment the demo's PSA is frozen at: Tuesday 24 November 2026, 15:00 in New York. */
export const QUEUE_AS_OF = '2026-11-24T15:00:00-05:00';
const asOf = Date.parse(QUEUE_AS_OF);
const MINUTE = 60_000;

/** A service team of the directory. */
export type Team = keyof typeof TEAMS;
/** One thing that happened to a ticket, minutes after it was opened. */
export type Step =
  | [minutesAfterOpen: number, type: 'responded' | 'planned' | 'resolved']
  | [minutesAfterOpen: number, type: 'status', status: string]
  | [minutesAfterOpen: number, type: 'team', team: Team];

/** A ticket as the demo describes it, before it is written in ConnectWise's shape. */
export interface TicketSpec {
  id: number;
  summary: string;
  company: keyof typeof COMPANIES;
  type: 'Help Desk' | 'Security' | 'Infrastructure' | 'Backup';
  priority: 'P1' | 'P2' | 'P3' | 'P4';
  team: Team;
  openedMinutesAgo: number;
  vip?: boolean;
  source?: 'Portal' | 'Email' | 'Monitoring' | 'Backup' | 'Security';
  steps?: Step[];
}

const MEMBER_OF: Readonly<Record<Team, string>> = {
  contosoIt: MEMBERS.dana,
  fabrikamIt: MEMBERS.priya,
  desk: MEMBERS.sam,
  noc: MEMBERS.noc,
};

const specs: TicketSpec[] = [
  {
    id: 1042,
    summary: 'CFO cannot open the payroll application',
    company: 'contoso',
    type: 'Help Desk',
    priority: 'P1',
    team: 'contosoIt',
    openedMinutesAgo: 170,
    vip: true,
    steps: [
      [9, 'responded'],
      [55, 'planned'],
    ],
  },
  {
    id: 1043,
    summary: 'Password reset for a warehouse user',
    company: 'contoso',
    type: 'Help Desk',
    priority: 'P4',
    team: 'desk',
    openedMinutesAgo: 95,
  },
  {
    id: 1044,
    summary: 'EDR alert: suspicious PowerShell on a laptop',
    company: 'contoso',
    type: 'Security',
    priority: 'P1',
    team: 'noc',
    openedMinutesAgo: 300,
    source: 'Security',
    steps: [
      [6, 'responded'],
      [40, 'planned'],
    ],
  },
  {
    id: 1045,
    summary: 'Backup job failed for the file server',
    company: 'contoso',
    type: 'Backup',
    priority: 'P2',
    team: 'noc',
    openedMinutesAgo: 510,
    source: 'Backup',
    steps: [
      [20, 'responded'],
      [120, 'planned'],
      [190, 'status', 'Waiting on Customer'],
    ],
  },
  {
    id: 1046,
    summary: 'New starter needs a laptop on Monday',
    company: 'contoso',
    type: 'Help Desk',
    priority: 'P3',
    team: 'contosoIt',
    openedMinutesAgo: 1380,
    steps: [[150, 'responded']],
  },
  {
    id: 1047,
    summary: 'VPN drops every hour for the Boston office',
    company: 'contoso',
    type: 'Infrastructure',
    priority: 'P2',
    team: 'contosoIt',
    openedMinutesAgo: 420,
    steps: [
      [70, 'responded'],
      [180, 'team', 'desk'],
    ],
  },
  {
    id: 1048,
    summary: 'Printer on floor 3 offline',
    company: 'contoso',
    type: 'Help Desk',
    priority: 'P3',
    team: 'contosoIt',
    openedMinutesAgo: 200,
  },
  {
    id: 1049,
    summary: 'Disk space low on SQL02',
    company: 'contoso',
    type: 'Infrastructure',
    priority: 'P2',
    team: 'noc',
    openedMinutesAgo: 50,
    source: 'Monitoring',
    steps: [[12, 'responded']],
  },
  {
    id: 1050,
    summary: 'Phishing email reported by Finance',
    company: 'contoso',
    type: 'Security',
    priority: 'P2',
    team: 'noc',
    openedMinutesAgo: 150,
    source: 'Security',
    steps: [
      [14, 'responded'],
      [60, 'planned'],
      [130, 'resolved'],
    ],
  },
  {
    id: 1051,
    summary: 'SharePoint access for the new auditor',
    company: 'contoso',
    type: 'Security',
    priority: 'P3',
    team: 'desk',
    openedMinutesAgo: 2700,
    steps: [
      [90, 'responded'],
      [300, 'status', 'Waiting on Customer'],
      [1500, 'status', 'In Progress'],
    ],
  },
  {
    id: 1052,
    summary: 'Certificate expires on the customer web portal',
    company: 'contoso',
    type: 'Infrastructure',
    priority: 'P2',
    team: 'desk',
    openedMinutesAgo: 980,
    steps: [[190, 'responded']],
  },
  {
    id: 1053,
    summary: 'Teams calls choppy in meeting room B',
    company: 'contoso',
    type: 'Help Desk',
    priority: 'P3',
    team: 'desk',
    openedMinutesAgo: 330,
    steps: [[35, 'responded']],
  },
  {
    id: 1054,
    summary: 'Mailbox full for the CEO’s assistant',
    company: 'contoso',
    type: 'Help Desk',
    priority: 'P2',
    team: 'contosoIt',
    openedMinutesAgo: 75,
    vip: true,
    steps: [[18, 'responded']],
  },
  {
    id: 1055,
    summary: 'Switch stack reboot during the maintenance window',
    company: 'contoso',
    type: 'Infrastructure',
    priority: 'P4',
    team: 'noc',
    openedMinutesAgo: 4100,
    steps: [
      [60, 'responded'],
      [240, 'status', 'Scheduled'],
    ],
  },
  {
    // Internal IT → the MSP's desk → internal IT, with a wait on the customer: the timeline's
    // "Held by" lane shows the boundary crossed twice and on whose watch the plan ran out.
    id: 1056,
    summary: 'Shared mailbox permissions lost after the migration',
    company: 'contoso',
    type: 'Help Desk',
    priority: 'P2',
    team: 'contosoIt',
    openedMinutesAgo: 1560,
    steps: [
      [25, 'responded'],
      [40, 'status', 'Waiting on Customer'],
      [120, 'status', 'In Progress'],
      [150, 'team', 'desk'],
      [1410, 'team', 'contosoIt'],
    ],
  },
  {
    id: 2001,
    summary: 'Laptop will not join the London office Wi-Fi',
    company: 'fabrikam',
    type: 'Help Desk',
    priority: 'P3',
    team: 'fabrikamIt',
    openedMinutesAgo: 1500,
    source: 'Email',
    steps: [
      [40, 'responded'],
      [200, 'team', 'desk'],
    ],
  },
  {
    id: 2002,
    summary: 'Payroll export fails before month end',
    company: 'fabrikam',
    type: 'Help Desk',
    priority: 'P2',
    team: 'fabrikamIt',
    openedMinutesAgo: 600,
    vip: true,
    steps: [
      [30, 'responded'],
      [90, 'status', 'Waiting on Customer'],
      [240, 'status', 'In Progress'],
    ],
  },
  {
    id: 2003,
    summary: 'Accounts for the Manchester new starters',
    company: 'fabrikam',
    type: 'Help Desk',
    priority: 'P4',
    team: 'desk',
    openedMinutesAgo: 2900,
    steps: [[300, 'responded']],
  },
];

const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');
const info = (href: string) => ({
  _info: { [`${href}_href`]: `https://psa.example.invalid/${href}` },
});
const SLA_OF = {
  contoso: { id: 1, name: 'Contoso standard support' },
  noc: { id: 2, name: 'Northwind NOC 24x7' },
  fabrikam: { id: 3, name: 'Fabrikam standard support' },
} as const;

/** One line of a ticket's audit trail as ConnectWise lists it. */
export interface AuditEntry {
  text: string;
  enteredDate: string;
  enteredBy: string;
  auditType: 'Ticket';
  auditSubType: string;
}

/** A ticket in ConnectWise's shape, and its audit trail newest first. */
export function buildTicket(spec: TicketSpec) {
  const opened = asOf - spec.openedMinutesAgo * MINUTE;
  const at = (minutes: number) => iso(opened + minutes * MINUTE);
  const audit: AuditEntry[] = [];
  let status = 'New';
  let team = spec.team;
  const milestones: Record<string, string> = {};
  const changed = (when: string, field: 'Status' | 'Team', from: string, to: string) =>
    audit.push({
      text: `${field} has been changed from "${from}" to "${to}"`,
      enteredDate: when,
      enteredBy: MEMBER_OF[team],
      auditType: 'Ticket',
      auditSubType: field,
    });
  for (const step of spec.steps ?? []) {
    const when = at(step[0]);
    if (step[1] === 'status') {
      changed(when, 'Status', status, step[2]);
      status = step[2];
    } else if (step[1] === 'team') {
      changed(when, 'Team', TEAMS[team].name, TEAMS[step[2]].name);
      team = step[2];
    } else {
      const field = {
        responded: 'dateResponded',
        planned: 'dateResplan',
        resolved: 'dateResolved',
      }[step[1]];
      milestones[field] = when;
      if (step[1] === 'resolved') {
        changed(when, 'Status', status, '>Closed');
        status = '>Closed';
      }
    }
  }
  const nocWork = spec.team === 'noc' || spec.source === 'Security' || spec.source === 'Monitoring';
  const sla = spec.company === 'fabrikam' ? SLA_OF.fabrikam : nocWork ? SLA_OF.noc : SLA_OF.contoso;
  const automated =
    spec.source === 'Monitoring' || spec.source === 'Backup' || spec.source === 'Security';
  const ticket = {
    id: spec.id,
    summary: spec.summary,
    recordType: 'ServiceTicket',
    board: { ...(nocWork ? BOARDS.noc : BOARDS.help), ...info('board') },
    status: { id: status.length, name: status, ...info('status') },
    company: { ...COMPANIES[spec.company], ...info('company') },
    team: { ...TEAMS[team], ...info('team') },
    priority: { id: Number(spec.priority.slice(1)), name: spec.priority, ...info('priority') },
    type: { id: spec.type.length, name: spec.type, ...info('type') },
    source: { id: 1, name: spec.source ?? 'Portal', ...info('source') },
    sla: { ...sla, ...info('sla') },
    closedFlag: status === '>Closed',
    ...milestones,
    customFields: [
      {
        id: 3,
        caption: 'VIP',
        type: 'Checkbox',
        entryMethod: 'EntryField',
        numberOfDecimals: 0,
        value: spec.vip ?? false,
      },
    ],
    _info: {
      dateEntered: at(0),
      enteredBy: automated ? MEMBERS.noc : MEMBER_OF[spec.team],
      lastUpdated: audit.at(-1)?.enteredDate ?? at(0),
    },
  };
  return { ticket, audit: audit.reverse() };
}

const built = specs.map(buildTicket);

/** `GET /service/tickets`: both customers' tickets. */
export const cwTicketsJson = built.map((b) => b.ticket);

/** `GET /system/audittrail?type=Ticket&id=`: each ticket's trail by id. */
export const cwAuditTrailJson: ReadonlyMap<number, readonly AuditEntry[]> = new Map(
  built.map((b) => [b.ticket.id, b.audit]),
);
