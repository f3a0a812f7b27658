import { northwindPolicy, northwindRouting } from '@tandem/fixtures';
import { currentMatrixJson, q3MatrixJson, septemberMatrixJson } from './data/matrix';

// The PSA's stored state. The browser keeps it in localStorage so a reload finds what was
// saved (as a real PSA would); tests keep it in memory.

/** Who saved a version and when. */
export interface SavedMeta {
  version: number;
  savedAt: string;
  savedBy: string;
}

/** One audit line as the PSA stores it: a change, by whom, when, in which saved version. */
export interface StoredAuditRecord {
  id: string;
  resource: 'matrix' | 'escalation';
  version: number;
  actor: string;
  at: string;
  change: unknown;
}

/** Everything the mocked PSA stores. */
export interface PsaState {
  matrix: SavedMeta & { matrix: unknown };
  versions: (SavedMeta & { label?: string; matrix: unknown })[];
  escalation: SavedMeta & { policy: unknown; routing: unknown };
  audit: StoredAuditRecord[];
}

/** The storage the PSA keeps its state in: localStorage's shape. */
export type PsaStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Where the browser keeps the mocked PSA's state. */
export const PSA_STORAGE_KEY = 'tandem-portal:psa';

const DANA = 'Dana Whitfield (Contoso IT)';
const SAM = 'Sam Okafor (Northwind MSP)';

/** The demo's starting state: three saved versions of the matrix and their audit trail. */
export function initialPsaState(): PsaState {
  const v3 = { version: 3, savedAt: '2026-08-18T16:05:00Z', savedBy: DANA };
  const v5 = { version: 5, savedAt: '2026-09-30T14:40:00Z', savedBy: SAM };
  const v7 = { version: 7, savedAt: '2026-11-20T19:12:00Z', savedBy: DANA };
  const audit = (
    version: number,
    actor: string,
    at: string,
    change: Record<string, unknown>,
    n: number,
  ): StoredAuditRecord => ({
    id: `matrix-${version}-${n}`,
    resource: 'matrix',
    version,
    actor,
    at,
    change,
  });
  return structuredClone({
    matrix: { ...v7, matrix: currentMatrixJson },
    versions: [
      { ...v3, label: 'Q3 2026 quarterly review', matrix: q3MatrixJson },
      { ...v5, label: 'Vendor and DR hand-over', matrix: septemberMatrixJson },
      { ...v7, matrix: currentMatrixJson },
    ],
    escalation: {
      version: 2,
      savedAt: '2026-10-02T13:00:00Z',
      savedBy: SAM,
      // The shared fixtures' escalation policy and routing, as JSON (read with `parsePolicy` /
      // `parseRouting`) on the portal's parties.
      policy: northwindPolicy,
      routing: northwindRouting,
    },
    audit: [
      audit(
        5,
        SAM,
        v5.savedAt,
        {
          type: 'moveRole',
          rowId: 'vendor-contracts',
          letter: 'R',
          fromPartyId: 'internal-it',
          toPartyId: 'msp-desk',
        },
        0,
      ),
      audit(
        5,
        SAM,
        v5.savedAt,
        {
          type: 'setCell',
          rowId: 'dr-cadence',
          partyId: 'internal-it',
          cell: { roles: ['A'] },
        },
        1,
      ),
      audit(
        7,
        DANA,
        v7.savedAt,
        {
          type: 'setCell',
          rowId: 'workstation-patching',
          partyId: 'msp-desk',
          cell: { roles: ['R', 'A'] },
        },
        0,
      ),
      audit(
        7,
        DANA,
        v7.savedAt,
        {
          type: 'setCell',
          rowId: 'workstation-patching',
          partyId: 'internal-it',
          cell: { roles: ['R'] },
        },
        1,
      ),
    ],
  });
}

/** The PSA's state, read from and written to `storage` (memory when none is given). */
export function createPsaStore(storage?: PsaStorage) {
  let memory: PsaState | undefined;
  const read = (): PsaState => {
    if (memory) return memory;
    const text = storage?.getItem(PSA_STORAGE_KEY);
    if (text) {
      try {
        memory = JSON.parse(text) as PsaState;
        return memory;
      } catch {
        // A damaged copy is replaced by the demo data rather than taking the PSA down.
      }
    }
    memory = initialPsaState();
    return memory;
  };
  const write = (next: PsaState) => {
    memory = next;
    storage?.setItem(PSA_STORAGE_KEY, JSON.stringify(next));
  };
  return { read, write };
}
export type PsaStore = ReturnType<typeof createPsaStore>;

/** The colleague whose edit lands first when the `save-409` switch is on. */
export const COLLEAGUE = SAM;
