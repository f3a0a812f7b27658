import type { RoleLetter } from '../matrix/roles';

/** What a column header suggests the column holds, before its cells are looked at. */
export type HeaderHint =
  | 'function'
  | 'category'
  | 'id'
  | 'number'
  | 'kind'
  | 'description'
  | 'tags'
  | 'notes'
  | 'responsibility'
  | 'letter';

/**
 * A header as compared with the word lists: trimmed, lower case, accents removed (`Área` →
 * `area`), a trailing `:` or `*` dropped, runs of spaces as one.
 *
 * @example
 * normaliseHeader(' Área: '); // 'area'
 */
export function normaliseHeader(header: string): string {
  return header
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .trim()
    .replace(/[:*]+$/, '')
    .replace(/\s+/g, ' ');
}

const words = (list: string) => new Set(list.split(','));
// Whole headers, in English, Portuguese, Spanish, Dutch, German and French.
const EXACT: readonly (readonly [HeaderHint, ReadonlySet<string>])[] = [
  ['number', words('#,no,no.,nr,nr.,number,seq,s/n,n.,n°,nº')],
  ['letter', words('r,a,s,c,i,d')],
];
// Any word of the header (split on spaces and punctuation); checked in order.
const WORDS: readonly (readonly [HeaderHint, ReadonlySet<string>])[] = [
  ['id', words('id,ids,ref,reference,code,wbs,nummer,codigo,identifier')],
  ['kind', words('kind,type')],
  ['tags', words('tags,tag,labels')],
  [
    'responsibility',
    words(
      'responsibility,responsibilities,owner,owners,ownership,responsabilidade,responsabilidad,verantwoordelijkheid,eigenaar,zustandigkeit,verantwortung',
    ),
  ],
  [
    'letter',
    words(
      'responsible,accountable,consulted,informed,supportive,support,driver,approver,contributor,contributors,responsavel,aprovador,consultado,informado,verantwoordelijk,geinformeerd',
    ),
  ],
  [
    'function',
    words(
      'activity,activities,task,tasks,step,steps,function,functions,name,process,deliverable,deliverables,item,recommendation,requirement,control,duty,atividade,atividades,tarefa,tarefas,processo,funcao,actividad,tarea,activiteit,activiteiten,taak,taken,functie,aufgabe,tatigkeit,tache,activite',
    ),
  ],
  [
    'category',
    words(
      'category,categories,phase,area,domain,group,section,workstream,stage,categoria,fase,grupo,categorie,groep,domein,kategorie,bereich',
    ),
  ],
  [
    'description',
    words(
      'description,details,guidance,explanation,descricao,descripcion,beschrijving,omschrijving,beschreibung',
    ),
  ],
  [
    'notes',
    words(
      'notes,note,comments,comment,remarks,questions,status,date,start,end,due,deadline,monitoring,notas,observacoes,opmerkingen,bemerkungen',
    ),
  ],
];

const LETTER_NAMES: Readonly<Record<string, RoleLetter>> = {
  responsible: 'R',
  responsavel: 'R',
  verantwoordelijk: 'R',
  accountable: 'A',
  approver: 'A',
  aprovador: 'A',
  supportive: 'S',
  support: 'S',
  consulted: 'C',
  contributor: 'C',
  contributors: 'C',
  consultado: 'C',
  informed: 'I',
  informado: 'I',
  geinformeerd: 'I',
  driver: 'D',
};

/**
 * What a header suggests its column holds, or `undefined` when it names nothing known (a
 * party, most likely). Whole-header lists come first (`#` is a row number, `R` a letter
 * column), then any word of the header in the order id, kind, tags, responsibility, letter
 * name, function, category, description, notes — so `Step Id` is an id and `Key Management
 * Area` a category.
 *
 * @example
 * headerHint('Step Id'); // 'id'
 * headerHint('Área'); // 'category'
 * headerHint('MSP NOC'); // undefined
 */
export function headerHint(header: string): HeaderHint | undefined {
  const key = normaliseHeader(header);
  if (key === '') return undefined;
  for (const [hint, list] of EXACT) if (list.has(key)) return hint;
  const tokens = key.split(/[^\p{L}\p{N}#]+/u).filter((token) => token !== '');
  // "Responsible party" is a responsibility column; "Responsible" alone a letter column.
  if (tokens.length > 1 && tokens[0] === 'responsible') return 'responsibility';
  // `Task #`, `Step No.`: a numbered list's numbers are the rows' codes.
  if (tokens.length > 1 && /^\p{L}[\p{L} ]*\s(#|no\.?|nr\.?|number)$/u.test(key)) return 'id';
  for (const [hint, list] of WORDS) if (tokens.some((token) => list.has(token))) return hint;
  return undefined;
}

/**
 * The matrix letters a letter column's header names: `R` → R, `Consulted` → C.
 *
 * @example
 * headerLetters('Informed'); // ['I']
 */
export function headerLetters(header: string): RoleLetter[] {
  const key = normaliseHeader(header);
  if (/^[rascid]$/.test(key)) return [key.toUpperCase() as RoleLetter];
  const tokens = key.split(/[^\p{L}]+/u);
  const letters = tokens.flatMap((token) =>
    Object.hasOwn(LETTER_NAMES, token) ? [LETTER_NAMES[token] as RoleLetter] : [],
  );
  return letters.slice(0, 1);
}
