// The `@tandem/core/sla/bulk` entry: what SLA work over millions of tickets needs on top of
// `@tandem/core/sla` (PSA backends, `tandem sla`). Apart from it so that hosts reading one ticket
// at a time do not carry the hand-written history check.
export {
  parseShapedTicketHistoryInBulk,
  parseTicketHistoryInBulk,
  type ShapedTicketEvent,
} from './sla/history-fast';
