// The SLA policies of the contract, as `SlaPolicy` JSON (read with the core's `parseSlaPolicy`).

export const slaPoliciesJson = [
  {
    id: 'standard',
    name: 'Contoso standard support',
    calendarId: 'office',
    priorities: {
      P1: {
        response: { minutes: 15, calendarId: '24x7' },
        plan: { minutes: 60, calendarId: '24x7' },
        resolution: { minutes: 240, calendarId: '24x7' },
      },
      P2: {
        response: { minutes: 60 },
        plan: { minutes: 240 },
        resolution: { minutes: 480, calendarId: 'holder' },
      },
      P3: { response: { minutes: 240 }, resolution: { minutes: 1440 } },
      P4: { response: { minutes: 480 }, resolution: { minutes: 2700 } },
    },
    pauseStatuses: ['waiting-on-customer', 'scheduled'],
    warnAt: [50, 75],
  },
];
