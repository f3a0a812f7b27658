export {
  type BindMatrixOptions,
  bindMatrix,
  type MatrixBinding,
  type MatrixUpdate,
  type MatrixUpdateSource,
} from './bind-matrix';
export { MATRIX_TYPES, readMatrix, writeMatrix } from './matrix-doc';
export { reorderKeys } from './order-keys';
export {
  type Peer,
  type Presence,
  type PresenceFocus,
  peersAt,
  readPeers,
  setPresence,
} from './presence';
