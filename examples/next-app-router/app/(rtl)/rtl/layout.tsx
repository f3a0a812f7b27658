import type { ReactNode } from 'react';
import { Document } from '../../document';

export const metadata = {
  title: 'Tandem in a Next.js host, right to left',
  icons: { icon: 'data:,' },
};

// dir="rtl" on <html> with lang="en": the case a minifier that rewrites :dir() into a list of
// :lang() selectors gets wrong.
export default function Layout({ children }: { children: ReactNode }) {
  return <Document dir="rtl">{children}</Document>;
}
