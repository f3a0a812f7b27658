// Its own chunk, loaded by the escalation flow after first paint: the core's policy, routing and
// matrix checks (and the calendar code only the working-hours checks walk) are not needed to
// draw the flow, so they arrive a moment after it.
export { checkAgainstMatrix, checkPolicy, checkRouting } from '@tandem/core/escalation';
