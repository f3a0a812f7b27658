import { type ReactNode, useEffect } from 'react';

/**
 * A page's title (the one `<h1>`, and the document title) with a line saying what it is for.
 *
 * @example
 * <PageHeading title="Audit log">Every change, who made it and when.</PageHeading>
 */
export function PageHeading({ title, children }: { title: string; children?: ReactNode }) {
  useEffect(() => {
    document.title = `${title} · Contoso client portal`;
  }, [title]);
  return (
    <div className="page-heading">
      <h1>{title}</h1>
      {children && <p className="lead">{children}</p>}
    </div>
  );
}
