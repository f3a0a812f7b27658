import type { ReactNode } from 'react';
import type { SavedMeta } from '../api/types';
import { ResourcePanel } from '../resource-panel';
import { type DraftHandle, draftAsResource, type ReadyDraft } from './use-saved-draft';

/**
 * Shows an editable resource once its draft is ready; until then its loading line, or the
 * PSA's error with a retry.
 *
 * @example
 * <DraftPanel title="Responsibility matrix" handle={matrix}>{(ready) => <MatrixPage handle={ready} />}</DraftPanel>
 */
export function DraftPanel<S extends SavedMeta, V, C>({
  title,
  handle,
  children,
}: {
  title: string;
  handle: DraftHandle<S, V, C>;
  children: (ready: ReadyDraft<S, V, C>) => ReactNode;
}) {
  return (
    <ResourcePanel
      title={title}
      resource={draftAsResource(handle)}
      retry={handle.phase === 'error' ? handle.retry : undefined}
    >
      {children}
    </ResourcePanel>
  );
}
