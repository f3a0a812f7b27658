// The contract's SLAs as ConnectWise serves them (`/service/SLAs` and
// `/service/SLAs/{id}/priorities`): hours per priority, on the calendar `basedOn` names. The NOC
// works security and monitoring tickets on its own 24/7 SLA.

export const cwSlasJson = [
  {
    id: 1,
    name: 'Contoso standard support',
    basedOn: 'Custom',
    customCalendar: { id: 7, name: 'Contoso office hours' },
    respondHours: 4,
    planWithin: 8,
    resolutionHours: 24,
  },
  { id: 2, name: 'Northwind NOC 24x7', basedOn: 'AllHours', respondHours: 1, resolutionHours: 8 },
  {
    id: 3,
    name: 'Fabrikam standard support',
    basedOn: 'Custom',
    customCalendar: { id: 9, name: 'Fabrikam London office' },
    respondHours: 4,
    resolutionHours: 24,
  },
];

const priority = (id: number, name: string) => ({ id, name });
const P1 = priority(1, 'P1');
const P2 = priority(2, 'P2');
const P3 = priority(3, 'P3');
const P4 = priority(4, 'P4');

export const cwSlaPrioritiesJson: Readonly<Record<number, unknown[]>> = {
  1: [
    { id: 101, priority: P1, respondHours: 0.25, planWithin: 1, resolutionHours: 4 },
    { id: 102, priority: P2, respondHours: 1, planWithin: 4, resolutionHours: 8 },
    { id: 103, priority: P3, respondPercent: 100, resolutionPercent: 100 },
    { id: 104, priority: P4, respondHours: 8, resolutionHours: 45 },
  ],
  2: [
    { id: 201, priority: P1, respondHours: 0.25, planWithin: 1, resolutionHours: 4 },
    { id: 202, priority: P2, respondHours: 0.5, planWithin: 2, resolutionHours: 8 },
    { id: 203, priority: P3, respondPercent: 100, resolutionPercent: 300 },
    { id: 204, priority: P4, respondHours: 8, resolutionHours: 45 },
  ],
  3: [
    { id: 301, priority: P2, respondHours: 1, resolutionHours: 8 },
    { id: 302, priority: P3, respondPercent: 100, resolutionPercent: 100 },
    { id: 303, priority: P4, respondHours: 8, resolutionHours: 45 },
  ],
};
