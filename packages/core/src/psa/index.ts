// @tandem/core/psa: adapters from PSA payloads (ConnectWise PSA, Autotask, HaloPSA) to Tandem's
// ticket histories, SLA policies and calendars, each with a report of what could not be carried.
export { type AutotaskSlaOptions, policyFromAutotask } from './autotask/sla';
export {
  type AutotaskLabels,
  type AutotaskOutcome,
  type AutotaskTicket,
  type AutotaskTicketOptions,
  autotaskTicketHistory,
} from './autotask/ticket';
export {
  type ConnectWiseCalendarOptions,
  calendarFromConnectWise,
} from './connectwise/calendar';
export { type ConnectWiseSlaOptions, policyFromConnectWise } from './connectwise/sla';
export {
  type ConnectWiseOutcome,
  type ConnectWiseTicket,
  type ConnectWiseTicketOptions,
  connectwiseTicketHistory,
} from './connectwise/ticket';
export { type ConnectWiseZone, connectwiseTimeZone } from './connectwise/time-zone';
export { calendarFromHalo, type HaloCalendarOptions } from './halo/calendar';
export { type HaloSlaOptions, policyFromHalo } from './halo/sla';
export {
  type HaloLabels,
  type HaloOutcome,
  type HaloTicket,
  type HaloTicketOptions,
  haloTicketHistory,
} from './halo/ticket';
export { windowsTimeZone } from './halo/windows-zone';
export { type ReadInstant, readInstant } from './instant';
export {
  type PartyLookup,
  type PartyMapping,
  type PsaRecordRef,
  partyLookup,
  partyMappingSchema,
} from './party-mapping';
export type { PsaLost, PsaReport, PsaResult } from './report';
export {
  type PsaRecordToMap,
  type SuggestedMapping,
  suggestPartyMapping,
  type UnmappedRecord,
} from './suggest-mapping';
