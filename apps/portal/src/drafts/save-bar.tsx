import { formatPath } from '@tandem/core';
import { useEffect } from 'react';
import type { AuditRecord, SavedMeta } from '../api/types';
import type { ReadyDraft } from './use-saved-draft';

type Ready<S extends SavedMeta, V, C> = ReadyDraft<S, V, C>;

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;
const timeOf = (iso: string) =>
  new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(iso),
  );

/**
 * The save controls of an editable resource: what is pending, the save button (also
 * Ctrl/Cmd+S), and — when a save fails — what happened in plain words with the way out: retry,
 * or after a conflict, what the colleague changed and whether to reapply or drop one's edits.
 *
 * @example
 * <SaveBar handle={matrix} noun="matrix" describe={(record) => describeAuditRecord(record, context)} />
 */
export function SaveBar<S extends SavedMeta, V, C>({
  handle,
  noun,
  describe,
}: {
  handle: Ready<S, V, C>;
  noun: string;
  describe: (record: AuditRecord) => string;
}) {
  const { state, save, reapply, discard } = handle;
  const { status, pending, saved } = state;
  const count = pending.length;

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
        event.preventDefault();
        void save();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [save]);

  return (
    <section className="save-bar" aria-label={`Saving the ${noun}`} data-state={status.kind}>
      <div className="save-bar-row">
        <p className="save-bar-summary" role="status">
          {status.kind === 'saving'
            ? `Saving ${plural(status.count, 'change')}…`
            : count > 0
              ? `${plural(count, 'unsaved change')} to the ${noun}.`
              : status.kind === 'saved'
                ? `Saved as version ${status.version} at ${timeOf(status.at)}.`
                : `Version ${saved.version}, saved by ${saved.savedBy} on ${timeOf(saved.savedAt)}.`}
          {state.restored && count > 0 ? ' Restored from your last visit.' : ''}
        </p>
        <button
          type="button"
          className="button primary"
          onClick={() => void save()}
          disabled={count === 0 || status.kind === 'saving'}
          aria-keyshortcuts="Control+S"
        >
          Save {noun}
        </button>
      </div>
      {handle.lostDraft && <p className="notice warning">{handle.lostDraft}</p>}
      {status.kind === 'failed' && (
        <div className="notice error" role="alert">
          <p>
            <strong>
              {status.offline
                ? 'You are offline: the PSA could not be reached.'
                : `The PSA did not save your changes (${status.status}).`}
            </strong>{' '}
            Your {plural(count, 'change')} are kept in this browser; nothing was lost.
          </p>
          <ul>
            {status.issues.map((issue) => (
              <li key={`${formatPath(issue.path)}-${issue.code}`}>{issue.message}</li>
            ))}
          </ul>
          <button type="button" className="button" onClick={() => void save()}>
            Retry save
          </button>
        </div>
      )}
      {status.kind === 'conflict' && (
        <div className="notice error" role="alert">
          <p>
            <strong>Not saved: {status.message}</strong> Your {plural(count, 'change')} are kept.
          </p>
          {status.theirs.length > 0 ? (
            <>
              <p>What changed on the PSA since you started:</p>
              <ul aria-label="Changes saved by others">
                {status.theirs.map((record) => (
                  <li key={record.id}>
                    {describe(record)} <span className="muted">— {record.actor}</span>
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p>
              Version {status.current.version} was saved by {status.current.savedBy}.
            </p>
          )}
          <div className="button-row">
            <button type="button" className="button primary" onClick={() => void reapply()}>
              Apply my changes on their version and save
            </button>
            <button type="button" className="button" onClick={discard}>
              Discard my changes
            </button>
          </div>
        </div>
      )}
      {status.kind === 'stale' && (
        <div className="notice error" role="alert">
          <p>
            <strong>Your changes no longer fit version {status.current.version}:</strong>{' '}
            {status.message}
          </p>
          <p>Export your draft first if you want to keep a copy, then load their version.</p>
          <button type="button" className="button" onClick={discard}>
            Discard my changes and load version {status.current.version}
          </button>
        </div>
      )}
    </section>
  );
}
