import { formatPath } from '@tandem/core';
import type { ReactNode } from 'react';
import type { PsaResource } from './use-psa-resource';

/**
 * Shows a PSA resource once loaded; until then a loading line, or the PSA's error in plain
 * words with a retry button.
 *
 * @example
 * <ResourcePanel title="Ticket queue" resource={tickets} retry={reload}>{(queue) => …}</ResourcePanel>
 */
export function ResourcePanel<T>({
  title,
  resource,
  retry,
  children,
}: {
  title: string;
  resource: PsaResource<T>;
  retry: (() => void) | undefined;
  children: (value: T) => ReactNode;
}) {
  if (resource.status === 'ready') return children(resource.value);
  if (resource.status === 'loading')
    return (
      <p role="status" className="muted loading">
        Loading the {title.toLowerCase()} from the PSA…
      </p>
    );
  return (
    <div role="alert" className="notice error">
      <p>
        <strong>Could not load the {title.toLowerCase()}.</strong>
      </p>
      <ul>
        {resource.issues.map((issue) => (
          <li key={`${formatPath(issue.path)}-${issue.code}`}>
            {issue.path.length > 0 && <code>{formatPath(issue.path)}</code>} {issue.message}
          </li>
        ))}
      </ul>
      {retry && (
        <button type="button" className="button" onClick={retry}>
          Try again
        </button>
      )}
    </div>
  );
}
