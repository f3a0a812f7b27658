import * as Y from 'yjs';

/**
 * `n` docs of one room whose updates are held until synced (the network, paused): `send(from,
 * to)` delivers what one has that the other lacks, `sync()` delivers everything both ways.
 * Client ids are fixed, falling from the first doc, so where two peers set one field at once
 * the first doc's value wins in every run.
 */
export function heldRoom(n: number) {
  const docs = Array.from({ length: n }, (_, i) => {
    const doc = new Y.Doc();
    doc.clientID = 1000 - i;
    return doc;
  });
  const send = (from: number, to: number) => {
    const source = docs[from] as Y.Doc;
    const target = docs[to] as Y.Doc;
    Y.applyUpdate(target, Y.encodeStateAsUpdate(source, Y.encodeStateVector(target)), 'network');
  };
  const sync = () => {
    for (let from = 0; from < n; from++)
      for (let to = 0; to < n; to++) if (from !== to) send(from, to);
  };
  return { docs, send, sync };
}
