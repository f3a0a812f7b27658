import type { Cell, Matrix, Party, RoleLetter, Row } from '@tandem/core';

// The matrices validation is timed on, at the size of a large PSA customer: 2,000 rows × 12
// parties, built from seeded generators so every run (and every machine) checks the same matrix.

/** A small linear congruential generator: deterministic, good enough to spread choices. */
export function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

export const parties: Party[] = [
  { id: 'it-lead', name: 'Internal IT lead', side: 'internal', calendarId: 'office' },
  { id: 'it-desk', name: 'Internal helpdesk', side: 'internal', calendarId: 'office' },
  { id: 'leadership', name: 'Leadership', side: 'business' },
  { id: 'security-officer', name: 'Security officer', side: 'internal' },
  { id: 'finance', name: 'Finance', side: 'business' },
  { id: 'msp-noc', name: 'MSP NOC', side: 'provider', calendarId: '24x7' },
  { id: 'msp-soc', name: 'MSP SOC', side: 'provider', calendarId: '24x7' },
  { id: 'msp-desk', name: 'MSP helpdesk', side: 'provider' },
  { id: 'msp-eng', name: 'MSP engineering', side: 'provider' },
  { id: 'msp-vcio', name: 'MSP vCIO', side: 'provider' },
  { id: 'isp', name: 'Internet provider', side: 'vendor' },
  { id: 'erp-vendor', name: 'ERP vendor', side: 'vendor' },
];
const internalSide = [0, 1, 2, 3, 4];
const providerSide = [5, 6, 7, 8, 9, 10, 11];
const categoryIds = ['helpdesk', 'security', 'infrastructure', 'backup', 'projects', 'vendors'];
export const tagPool = [
  '24x7',
  'compliance',
  'security-policy',
  'policy-approval',
  'risk-decision',
];

type Random = () => number;
type Choose = <T>(list: readonly T[]) => T;

/**
 * A matrix of `rowCount` rows whose kind and cells `fill` draws; categories in blocks, tags on
 * ~14 % of rows, drawn after the cells.
 */
function generate(
  name: string,
  rowCount: number,
  seed: number,
  fill: (random: Random, pick: Choose) => Pick<Row, 'kind' | 'cells'>,
): Matrix {
  const random = lcg(seed);
  const pick: Choose = (list) => list[Math.floor(random() * list.length)] as (typeof list)[number];
  const rows: Row[] = [];
  const perCategory = Math.ceil(rowCount / categoryIds.length);
  for (let i = 0; i < rowCount; i++) {
    const { kind, cells } = fill(random, pick);
    const tagged = random() < 0.14;
    rows.push({
      id: `row-${i}`,
      name: `IT function ${i}`,
      categoryId: categoryIds[Math.floor(i / perCategory)] as string,
      kind,
      ...(tagged ? { tags: [pick(tagPool)] } : {}),
      cells,
    });
  }
  return {
    name,
    variant: 'raci',
    parties,
    categories: categoryIds.map((id) => ({ id, name: id })),
    rows,
  };
}

/**
 * A matrix kept with care. Rows look like real ones: 1–3 parties with letters, ~6 % joint, a
 * few stand-ins, tags on ~14 % of rows.
 */
export function benchMatrix(rowCount: number, seed: number): Matrix {
  return generate('Bench matrix', rowCount, seed, (random, pick) => {
    const cells: Record<string, Cell> = {};
    const give = (party: number, roles: RoleLetter[], qualifier?: Cell['qualifier']) => {
      cells[(parties[party] as Party).id] = qualifier ? { roles, qualifier } : { roles };
    };
    const kind = random() < 0.15 ? 'decision' : 'task';
    const ownSide = random() < 0.45 ? internalSide : providerSide;
    const otherSide = ownSide === internalSide ? providerSide : internalSide;
    const owner = pick(ownSide);
    const shape = random();
    if (kind === 'decision') {
      if (shape > 0.03) give(owner, ['A']);
      give(pick(otherSide), ['C']);
    } else if (shape < 0.66) give(owner, ['R', 'A']);
    else if (shape < 0.86) {
      give(owner, ['R']);
      give(pick(ownSide.filter((party) => party !== owner)), ['A']);
    } else if (shape < 0.93) {
      give(owner, ['R', 'A']);
      give(pick(otherSide), ['R']);
    } else if (shape < 0.96) give(owner, ['R']);
    else {
      give(owner, ['R', 'A']);
      give(pick(otherSide), ['R'], 'overflow');
    }
    if (random() < 0.35) {
      const informed = pick(otherSide);
      if (!cells[(parties[informed] as Party).id]) give(informed, ['I']);
    }
    return { kind, cells };
  });
}

/**
 * A matrix as a spreadsheet import leaves it: the same parties, categories and tags, but every
 * cell holds one random letter or nothing (each a fifth of the time). About four rows in five
 * then have no or several Accountable parties, so nearly every row has an issue.
 */
export function messyMatrix(rowCount: number, seed: number): Matrix {
  const letters: (RoleLetter | undefined)[] = [undefined, 'R', 'A', 'C', 'I'];
  return generate('Messy bench matrix', rowCount, seed, (random, pick) => {
    const cells: Record<string, Cell> = {};
    for (const party of parties) {
      const letter = pick(letters);
      if (letter) cells[party.id] = { roles: [letter] };
    }
    return { kind: random() < 0.15 ? 'decision' : 'task', cells };
  });
}

/**
 * The floor under any validation: one pass over every stored cell's letters, counting the rows
 * that do not have exactly one Accountable party (what `accountable-exactly-one` and
 * `decision-needs-decider` report between them), and nothing else.
 */
export function barePass(matrix: Matrix): number {
  let wrong = 0;
  const { rows } = matrix;
  for (let i = 0; i < rows.length; i++) {
    // `Object.values` was the fastest way over a row's cells of the four tried.
    const cells = Object.values((rows[i] as Row).cells);
    let accountable = 0;
    for (let c = 0; c < cells.length; c++) {
      const roles = (cells[c] as Cell).roles;
      for (let l = 0; l < roles.length; l++) if (roles[l] === 'A') accountable += 1;
    }
    if (accountable !== 1) wrong += 1;
  }
  return wrong;
}
