// Writes `count` ticket histories as NDJSON, the shape `tandem sla` reads, to `file`:
// `node bench/generate-tickets.mjs 1000000 /tmp/tickets.ndjson`. Each ticket is created at P2
// with internal IT, responded to, waits on the customer for an hour, is handed to the MSP and
// updated; every third is raised to P1, every other resolved — a PSA export's mix, with ISO
// instants as PSAs send them. Deterministic (xorshift32), streamed: memory stays flat.
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';

const MINUTE = 60_000;
const FROM = Date.UTC(2026, 2, 9, 5);
const SPAN = (Date.UTC(2026, 7, 28, 4) - FROM) / MINUTE;

/** One ticket's NDJSON line. */
export function ticketLine(index, start) {
  const at = (minutes) => new Date(start + minutes * MINUTE).toISOString();
  const history = [
    { type: 'created', at: at(0), priority: 'P2', partyId: 'internal-it' },
    { type: 'responded', at: at(20) },
    { type: 'status', at: at(60), status: 'waiting-on-customer' },
    { type: 'status', at: at(120), status: 'in-progress' },
    { type: 'assigned', at: at(150), partyId: 'msp-noc' },
    { type: 'updated', at: at(200) },
  ];
  if (index % 3 === 0) history.push({ type: 'priority', at: at(210), priority: 'P1' });
  if (index % 2 === 0) history.push({ type: 'resolved', at: at(600) });
  return JSON.stringify({ id: `T-${index + 1}`, history });
}

/** Writes the tickets to `file`, waiting for the disk whenever its buffer is full. */
export async function generateTickets(count, file) {
  const out = createWriteStream(file);
  let seed = 0x2545f491;
  let chunk = [];
  for (let index = 0; index < count; index++) {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    chunk.push(ticketLine(index, FROM + ((seed >>> 0) % SPAN) * MINUTE));
    if (chunk.length === 1000 || index === count - 1) {
      if (!out.write(`${chunk.join('\n')}\n`)) await once(out, 'drain');
      chunk = [];
    }
  }
  out.end();
  await once(out, 'close');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [count = '1000000', file = 'tickets.ndjson'] = process.argv.slice(2);
  await generateTickets(Number(count), file);
}
