export type { BindOptions, UndoControls, UpdateSource } from './bind-document';
export {
  type BindMatrixOptions,
  bindMatrix,
  type MatrixBinding,
  type MatrixUpdate,
  type MatrixUpdateSource,
} from './bind-matrix';
export { bindPolicy, type PolicyBinding, type PolicyUpdate } from './bind-policy';
export { bindRouting, type RoutingBinding, type RoutingUpdate } from './bind-routing';
export { policyChangesBetween, routingChangesBetween } from './escalation-changes-between';
export { MATRIX_TYPES, readMatrix, writeMatrix } from './matrix-doc';
export { reorderKeys } from './order-keys';
export { POLICY_TYPES, readPolicy, writePolicy } from './policy-doc';
export {
  type Peer,
  type Presence,
  type PresenceFocus,
  type PresencePeerView,
  peersAt,
  peersDragging,
  readPeers,
  setPresence,
  toPresencePeers,
} from './presence';
export { ROUTING_TYPES, readRouting, writeRouting } from './routing-doc';
