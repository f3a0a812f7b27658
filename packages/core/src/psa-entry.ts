// The `@tandem/core/psa` entry: adapters from ConnectWise PSA, Autotask and HaloPSA payloads to
// ticket histories, SLA policies and calendars. Apart from the others so that only hosts that
// read a PSA carry its adapters (and the Windows time-zone table HaloPSA needs).
export * from './psa';
