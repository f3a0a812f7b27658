import type { Matrix } from '@tandem/core';
import Database from 'better-sqlite3';

// Each room's Yjs state in one SQLite row, with the checked matrix beside it as JSON so the data
// can be read without Yjs (a backup, a report, a support look-up). The collab server stores a
// room only while it holds a valid matrix, so every row here is a state worth coming back to.

/** A SQLite file of rooms, as `startCollabServer`'s `persistence` wants it. */
export interface RoomStore {
  readonly fetch: (room: string) => Uint8Array | null;
  readonly store: (room: string, state: Uint8Array, matrix: Matrix) => void;
  /** The rooms stored so far, by name. */
  readonly rooms: () => string[];
  readonly close: () => void;
}

/**
 * Opens (or creates) a SQLite file of rooms at `path` (`:memory:` for none on disk).
 *
 * @example
 * const rooms = openRoomStore('data/rooms.sqlite');
 * const server = await startCollabServer({ persistence: rooms });
 */
export function openRoomStore(path: string): RoomStore {
  const db = new Database(path);
  // WAL: a store never blocks the reads of rooms opening at the same moment.
  db.pragma('journal_mode = WAL');
  db.exec(`CREATE TABLE IF NOT EXISTS rooms (
    name TEXT PRIMARY KEY,
    state BLOB NOT NULL,
    matrix TEXT NOT NULL,
    updated_at TEXT NOT NULL
  )`);
  const select = db.prepare<[string], { state: Buffer }>('SELECT state FROM rooms WHERE name = ?');
  const upsert = db.prepare<[string, Buffer, string, string]>(
    `INSERT INTO rooms (name, state, matrix, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT(name) DO UPDATE SET state = excluded.state, matrix = excluded.matrix,
       updated_at = excluded.updated_at`,
  );
  const names = db.prepare<[], { name: string }>('SELECT name FROM rooms ORDER BY name');
  return {
    fetch: (room) => {
      const row = select.get(room);
      return row ? new Uint8Array(row.state) : null;
    },
    store: (room, state, matrix) => {
      upsert.run(room, Buffer.from(state), JSON.stringify(matrix), new Date().toISOString());
    },
    rooms: () => names.all().map((row) => row.name),
    close: () => db.close(),
  };
}
