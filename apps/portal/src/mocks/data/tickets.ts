// The open ticket queue with each ticket's event history, as the PSA exports it (ISO instants
// with offsets; read with the core's `parseTicketHistory`). Every instant is relative to a
// fixed "as of" moment, so the demo reads the same on every visit.

/** The moment the queue snapshot was taken: Tuesday 24 November 2026, 15:00 in New York. */
export const QUEUE_AS_OF = '2026-11-24T15:00:00-05:00';
const asOf = Date.parse(QUEUE_AS_OF);
const MINUTE = 60_000;

type Step =
  | [minutesAfterOpen: number, type: 'responded' | 'planned' | 'updated' | 'resolved']
  | [minutesAfterOpen: number, type: 'status', status: string]
  | [minutesAfterOpen: number, type: 'assigned', partyId: string];

interface TicketSpec {
  id: string;
  title: string;
  categoryId: string;
  priority: 'P1' | 'P2' | 'P3' | 'P4';
  holder: string;
  openedMinutesAgo: number;
  vip?: boolean;
  source?: 'user' | 'monitoring' | 'backup' | 'security';
  steps?: Step[];
}

const iso = (ms: number) => new Date(ms).toISOString();

const specs: TicketSpec[] = [
  {
    id: 'T-1042',
    title: 'CFO cannot open the payroll application',
    categoryId: 'helpdesk',
    priority: 'P1',
    holder: 'internal-it',
    openedMinutesAgo: 170,
    vip: true,
    steps: [
      [9, 'responded'],
      [55, 'planned'],
    ],
  },
  {
    id: 'T-1043',
    title: 'Password reset for a warehouse user',
    categoryId: 'helpdesk',
    priority: 'P4',
    holder: 'msp-desk',
    openedMinutesAgo: 95,
  },
  {
    id: 'T-1044',
    title: 'EDR alert: suspicious PowerShell on a laptop',
    categoryId: 'security',
    priority: 'P1',
    holder: 'msp-noc',
    openedMinutesAgo: 300,
    source: 'security',
    steps: [
      [6, 'responded'],
      [40, 'planned'],
    ],
  },
  {
    id: 'T-1045',
    title: 'Backup job failed for the file server',
    categoryId: 'backup-dr',
    priority: 'P2',
    holder: 'msp-noc',
    openedMinutesAgo: 510,
    source: 'backup',
    steps: [
      [20, 'responded'],
      [120, 'planned'],
      [190, 'status', 'waiting-on-customer'],
    ],
  },
  {
    id: 'T-1046',
    title: 'New starter needs a laptop on Monday',
    categoryId: 'helpdesk',
    priority: 'P3',
    holder: 'internal-it',
    openedMinutesAgo: 1380,
    steps: [[150, 'responded']],
  },
  {
    id: 'T-1047',
    title: 'VPN drops every hour for the Boston office',
    categoryId: 'infrastructure',
    priority: 'P2',
    holder: 'internal-it',
    openedMinutesAgo: 420,
    steps: [
      [70, 'responded'],
      [180, 'assigned', 'msp-desk'],
    ],
  },
  {
    id: 'T-1048',
    title: 'Printer on floor 3 offline',
    categoryId: 'helpdesk',
    priority: 'P3',
    holder: 'internal-it',
    openedMinutesAgo: 200,
  },
  {
    id: 'T-1049',
    title: 'Disk space low on SQL02',
    categoryId: 'infrastructure',
    priority: 'P2',
    holder: 'msp-noc',
    openedMinutesAgo: 50,
    source: 'monitoring',
    steps: [[12, 'responded']],
  },
  {
    id: 'T-1050',
    title: 'Phishing email reported by Finance',
    categoryId: 'security',
    priority: 'P2',
    holder: 'msp-noc',
    openedMinutesAgo: 150,
    source: 'security',
    steps: [
      [14, 'responded'],
      [60, 'planned'],
      [130, 'resolved'],
    ],
  },
  {
    id: 'T-1051',
    title: 'SharePoint access for the new auditor',
    categoryId: 'security',
    priority: 'P3',
    holder: 'msp-desk',
    openedMinutesAgo: 2700,
    steps: [
      [90, 'responded'],
      [300, 'status', 'waiting-on-customer'],
      [1500, 'status', 'in-progress'],
    ],
  },
  {
    id: 'T-1052',
    title: 'Certificate expires on the customer web portal',
    categoryId: 'infrastructure',
    priority: 'P2',
    holder: 'msp-desk',
    openedMinutesAgo: 980,
    steps: [[190, 'responded']],
  },
  {
    id: 'T-1053',
    title: 'Teams calls choppy in meeting room B',
    categoryId: 'helpdesk',
    priority: 'P3',
    holder: 'msp-desk',
    openedMinutesAgo: 330,
    steps: [[35, 'responded']],
  },
  {
    id: 'T-1054',
    title: 'Mailbox full for the CEO’s assistant',
    categoryId: 'helpdesk',
    priority: 'P2',
    holder: 'internal-it',
    openedMinutesAgo: 75,
    vip: true,
    steps: [[18, 'responded']],
  },
  {
    id: 'T-1055',
    title: 'Switch stack reboot during the maintenance window',
    categoryId: 'infrastructure',
    priority: 'P4',
    holder: 'msp-noc',
    openedMinutesAgo: 4100,
    steps: [
      [60, 'responded'],
      [240, 'status', 'scheduled'],
    ],
  },
];

function historyOf(spec: TicketSpec) {
  const opened = asOf - spec.openedMinutesAgo * MINUTE;
  const created = {
    type: 'created',
    at: iso(opened),
    priority: spec.priority,
    partyId: spec.holder,
  };
  const events = (spec.steps ?? []).map((step) => {
    const at = iso(opened + step[0] * MINUTE);
    if (step[1] === 'status') return { type: 'status', at, status: step[2] };
    if (step[1] === 'assigned') return { type: 'assigned', at, partyId: step[2] };
    return { type: step[1], at };
  });
  return [created, ...events];
}

/** The queue as the PSA serves it. */
export const ticketsJson = {
  asOf: QUEUE_AS_OF,
  tickets: specs.map((spec) => ({
    id: spec.id,
    title: spec.title,
    categoryId: spec.categoryId,
    priority: spec.priority,
    vip: spec.vip ?? false,
    source: spec.source ?? 'user',
    policyId: 'standard',
    history: historyOf(spec),
  })),
};
