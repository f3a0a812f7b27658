import './live.css';
import { type MatrixUpdate, toPresencePeers } from '@tandem/collab';
import { type Matrix, type MatrixChange, matrixChangesBetween } from '@tandem/core';
import { type PresenceOptions, ResponsibilityMatrix } from '@tandem/react';
import { type KeyboardEvent, useCallback, useMemo, useRef } from 'react';
import type { AuditRecord, SavedMatrix } from '../api/types';
import { SaveBar } from '../drafts/save-bar';
import type { ReadyDraft } from '../drafts/use-saved-draft';
import { MatrixFiles, templateList } from '../import-export/matrix-files';
import { PageHeading } from '../pages/page-heading';
import { type LiveSession, searchAs } from './live-session';
import type { LiveMatrixSnapshot } from './open-live-matrix';
import { useLiveMatrix } from './use-live-matrix';
import { WhoIsHere } from './who-is-here';

/** Who the draft's pending list names for an edit that came from someone else in the room. */
export const REMOTE_ACTOR = 'Another participant in the live session';

const statusText: Record<LiveMatrixSnapshot['status'], string> = {
  connecting: 'Connecting to the live session…',
  live: 'Live: your edits reach everyone in the room as you make them.',
  offline:
    'Offline: the collab server is out of reach. Your edits are kept in this browser and merge when it is back.',
  refused: 'The collab server refused this session.',
};

const isTextInput = (target: EventTarget) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

/**
 * The responsibility matrix co-edited live: both teams in one shared document on the collab
 * server, each person's undo taking back only their own edits, who is here and where, and the
 * usual save to the PSA (with `If-Match`) of the merged matrix.
 *
 * @example
 * <LiveMatrixPage handle={matrix} session={session} describe={describe} />
 */
export function LiveMatrixPage({
  handle,
  session,
  describe,
}: {
  handle: ReadyDraft<SavedMatrix, Matrix, MatrixChange>;
  session: LiveSession;
  describe: (record: AuditRecord) => string;
}) {
  const { state, edit } = handle;
  const { person, other } = session;
  // The draft follows the shared matrix: whatever changed, by whom, goes into the pending list
  // the PSA save sends, as changes from the draft's last value.
  const draft = useRef(state.draft);
  draft.current = state.draft;
  const onUpdate = useCallback(
    ({ matrix, source }: MatrixUpdate) => {
      const changes = matrixChangesBetween(draft.current, matrix);
      if (changes.length === 0) return;
      draft.current = matrix;
      edit(matrix, changes, source === 'remote' ? REMOTE_ACTOR : person.name);
    },
    [edit, person.name],
  );
  const { live, snapshot } = useLiveMatrix(session, () => draft.current, onUpdate);
  const readOnly = person.readOnly || snapshot.matrix === undefined;

  const apply = useCallback(
    (_next: Matrix, changes: readonly MatrixChange[]) => {
      live?.apply(changes);
    },
    [live],
  );

  // Ctrl+Z in the matrix is this person's undo in the shared document, not the editor's own.
  const onKeyDownCapture = (event: KeyboardEvent<HTMLElement>) => {
    if (!(event.ctrlKey || event.metaKey) || event.key.toLowerCase() !== 'z') return;
    if (isTextInput(event.target)) return;
    event.preventDefault();
    event.stopPropagation();
    if (event.shiftKey) live?.redo();
    else live?.undo();
  };
  // The others outlined where they are in the grid, and this person's focus and drags shared.
  // The people's names already say their team, so the announcement needs no party name.
  const presence = useMemo<PresenceOptions>(
    () => ({
      peers: toPresencePeers(snapshot.peers),
      onLocalChange: (local) => live?.share(local),
    }),
    [snapshot.peers, live],
  );

  return (
    <>
      <PageHeading title="Who owns what, live">
        Contoso IT and Northwind MSP edit this matrix together: every change reaches the other team
        as it is made, and Undo takes back only your own. Saving sends the merged matrix to the PSA.
      </PageHeading>
      <section className="live-bar" aria-label="Live session" data-state={snapshot.status}>
        <div className="live-bar-row">
          <p className="live-status" role="status">
            {statusText[snapshot.status]}
            {snapshot.refusal && ` ${snapshot.refusal}`}
          </p>
          <div className="button-row">
            <button
              type="button"
              className="button"
              onClick={() => live?.undo()}
              disabled={!snapshot.canUndo}
              aria-keyshortcuts="Control+Z"
            >
              Undo my last edit
            </button>
            <button
              type="button"
              className="button"
              onClick={() => live?.redo()}
              disabled={!snapshot.canRedo}
              aria-keyshortcuts="Control+Shift+Z"
            >
              Redo my edit
            </button>
            <a
              className="button"
              href={`${searchAs(window.location.search, other.id)}#/matrix`}
              target="_blank"
              rel="noopener"
            >
              Open as {other.name}
            </a>
          </div>
        </div>
        {person.readOnly && (
          <p className="notice">
            You are signed in as an auditor: you see every edit live and change nothing.
          </p>
        )}
        {!person.readOnly && snapshot.readOnlyGrant && (
          <p className="notice warning" role="alert">
            The collab server gave this token read-only access: your edits stay on this page and
            reach nobody.
          </p>
        )}
        <WhoIsHere me={person} peers={snapshot.peers} matrix={snapshot.matrix} />
      </section>
      {!person.readOnly && <SaveBar handle={handle} noun="matrix" describe={describe} />}
      <div className="live-matrix" onKeyDownCapture={onKeyDownCapture}>
        <MatrixFiles matrix={snapshot.matrix ?? state.draft} onEdit={apply}>
          <ResponsibilityMatrix
            value={snapshot.matrix ?? state.draft}
            onValueChange={apply}
            readOnly={readOnly}
            templates={templateList}
            presence={presence}
          />
        </MatrixFiles>
      </div>
    </>
  );
}
