import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import type { Party, PartySide } from '@tandem/core';
import { memo } from 'react';
import { peerMarks } from '../../presence/peer-marks';
import type { PresencePeer } from '../../presence/presence-types';
import { NO_PEERS } from '../../presence/use-presence';
import type { MatrixEditorMessages } from '../messages';
import { headerProps } from '../model/grid-props';

/** A run of neighbouring parties on one side, for the grouped header row. */
interface SideRun {
  readonly side: PartySide;
  readonly start: number;
  readonly count: number;
}

/**
 * Neighbouring parties grouped by side. Parties stay in display order, so a side that appears
 * twice apart gets two header cells rather than moving columns.
 *
 * @example
 * sideRuns([{ side: 'internal' }, { side: 'provider' }, { side: 'provider' }]); // 2 runs
 */
export function sideRuns(parties: readonly Pick<Party, 'side'>[]): SideRun[] {
  const runs: SideRun[] = [];
  parties.forEach((party, index) => {
    const last = runs.at(-1);
    if (last && last.side === party.side)
      runs[runs.length - 1] = { ...last, count: last.count + 1 };
    else runs.push({ side: party.side, start: index, count: 1 });
  });
  return runs;
}

/** Props of {@link MatrixHeader}.
 *
 * @example
 * const props: MatrixHeaderProps = { parties: matrix.parties, messages, cls: (name) => `tandem-matrix-${name}` };
 */
export interface MatrixHeaderProps {
  parties: readonly Party[];
  messages: MatrixEditorMessages;
  cls: (name: string) => string | undefined;
  /** Party headers become drag handles (reorder) and buttons (edit) unless read-only. */
  readOnly?: boolean | undefined;
  onEditParty?: ((partyId: string) => void) | undefined;
  /** A party whose column stands out. */
  perspective?: string | null | undefined;
  /** Other people at a party column (live co-editing): focused on or dragging its header. */
  peers?: readonly PresencePeer[] | undefined;
}

/**
 * The two header rows of the matrix grid: sides (with `colSpan`), then parties.
 *
 * @example
 * <thead><MatrixHeader parties={matrix.parties} messages={messages} cls={cls} /></thead>
 */
export const MatrixHeader = /* @__PURE__ */ memo(function MatrixHeader(props: MatrixHeaderProps) {
  const { parties, messages, cls } = props;
  return (
    <>
      <tr className={cls('sides')}>
        <th scope="col" rowSpan={2} className={cls('corner')}>
          {messages.rowHeaderLabel}
        </th>
        {sideRuns(parties).map((run) => (
          <th
            key={`${run.side}-${run.start}`}
            scope="colgroup"
            colSpan={run.count}
            className={cls('side')}
            data-side={run.side}
          >
            {messages.sides[run.side]}
          </th>
        ))}
      </tr>
      <tr className={cls('parties')}>
        {parties.map((party) => (
          <PartyHeader key={party.id} {...props} party={party} />
        ))}
      </tr>
    </>
  );
});

function PartyHeader({
  party,
  readOnly,
  onEditParty,
  perspective,
  cls,
  messages,
  peers = NO_PEERS,
}: MatrixHeaderProps & { party: Party }) {
  const sortable = useSortable({
    id: `party:${party.id}`,
    data: {
      subject: { kind: 'party', partyId: party.id },
      target: { kind: 'party', partyId: party.id },
    },
    disabled: readOnly === true,
  });
  const { role: _role, ...attributes } = sortable.attributes;
  const marks = peerMarks(peers, { kind: 'party', partyId: party.id }, messages, cls('peer'));
  return (
    <th
      ref={sortable.setNodeRef}
      {...headerProps(party, perspective ?? null)}
      className={cls('party')}
      data-peer={marks.attributes['data-peer']}
      data-dragging={sortable.isDragging ? '' : undefined}
      style={{
        transform: CSS.Translate.toString(sortable.transform),
        transition: sortable.transition,
        ...(party.color ? { borderBlockStartColor: party.color } : {}),
        ...marks.attributes.style,
      }}
    >
      {readOnly ? (
        party.name
      ) : (
        <button
          type="button"
          ref={sortable.setActivatorNodeRef}
          {...attributes}
          {...sortable.listeners}
          className={cls('party-handle')}
          onClick={() => onEditParty?.(party.id)}
        >
          <span aria-hidden="true" className={cls('grip')}>
            ⠿
          </span>
          {party.name}
        </button>
      )}
      {marks.tags}
    </th>
  );
}
