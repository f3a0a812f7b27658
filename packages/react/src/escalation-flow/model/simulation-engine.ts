// Its own chunk, loaded by `useFlowSimulation`: the simulation engine (and the SLA calendar code
// only it walks) is needed once someone simulates, so a flow that is only looked at or edited
// never downloads it.
export { simulateEscalation } from '@tandem/core/escalation';
