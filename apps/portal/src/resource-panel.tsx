import { formatPath } from '@tandem/core';
import type { ReactNode } from 'react';
import type { PsaResource } from './use-psa-resource';

/** A titled panel that shows loading, a PSA error with a retry button, or its content. */
export function ResourcePanel<T>({
  id,
  title,
  resource,
  retry,
  children,
}: {
  id: string;
  title: string;
  resource: PsaResource<T>;
  retry: () => void;
  children: (value: T) => ReactNode;
}) {
  return (
    <section className="panel" aria-labelledby={`${id}-title`} data-state={resource.status}>
      <h2 id={`${id}-title`}>{title}</h2>
      {resource.status === 'loading' && (
        <p role="status" className="muted">
          Loading {title.toLowerCase()} from the PSA…
        </p>
      )}
      {resource.status === 'error' && (
        <div role="alert" className="error">
          <p>Could not load {title.toLowerCase()}.</p>
          <ul>
            {resource.issues.map((issue) => (
              <li key={`${formatPath(issue.path)}-${issue.code}`}>
                {issue.path.length > 0 && <code>{formatPath(issue.path)}</code>} {issue.message}
              </li>
            ))}
          </ul>
          <button type="button" onClick={retry}>
            Try again
          </button>
        </div>
      )}
      {resource.status === 'ready' && children(resource.value)}
    </section>
  );
}
