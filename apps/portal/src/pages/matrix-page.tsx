import type { Matrix, MatrixChange } from '@tandem/core';
import { ResponsibilityMatrix } from '@tandem/react';
import type { AuditRecord, SavedMatrix } from '../api/types';
import { SaveBar } from '../drafts/save-bar';
import type { ReadyDraft } from '../drafts/use-saved-draft';
import { MatrixFiles, templateList } from '../import-export/matrix-files';
import { livePeople, searchAs } from '../live/live-session';
import { PageHeading } from './page-heading';

/**
 * The responsibility matrix page: the editor on the user's draft, its save controls, and
 * spreadsheet import and export.
 *
 * @example
 * <MatrixPage handle={matrix} describe={describe} />
 */
export function MatrixPage({
  handle,
  describe,
}: {
  handle: ReadyDraft<SavedMatrix, Matrix, MatrixChange>;
  describe: (record: AuditRecord) => string;
}) {
  const { state, edit } = handle;
  return (
    <>
      <PageHeading title="Who owns what">
        Contoso IT and Northwind MSP: every IT function and who is Responsible, Accountable,
        Consulted and Informed. Drag letters, rows and cards; the checks below the matrix flag what
        co-management usually gets wrong.
      </PageHeading>
      <p className="muted">
        Edit it live with the other team (needs the collab server that <code>scripts/start.sh</code>{' '}
        runs): open as{' '}
        <a href={`${searchAs(window.location.search, 'dana')}#/matrix`}>{livePeople.dana.name}</a>{' '}
        or as{' '}
        <a href={`${searchAs(window.location.search, 'sam')}#/matrix`}>{livePeople.sam.name}</a>.
      </p>
      <SaveBar handle={handle} noun="matrix" describe={describe} />
      <MatrixFiles matrix={state.draft} onEdit={edit}>
        <ResponsibilityMatrix value={state.draft} onValueChange={edit} templates={templateList} />
      </MatrixFiles>
    </>
  );
}
