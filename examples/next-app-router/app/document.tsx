import '@tandem/react/styles.css';
import type { ReactNode } from 'react';

/** The root element of both route groups; they differ only in the document's direction. */
export function Document({ dir, children }: { dir: 'ltr' | 'rtl'; children: ReactNode }) {
  return (
    <html lang="en" dir={dir}>
      <body>{children}</body>
    </html>
  );
}
