import type { ReactNode } from 'react';
import { Document } from '../document';

export const metadata = { title: 'Tandem in a Next.js host', icons: { icon: 'data:,' } };

export default function Layout({ children }: { children: ReactNode }) {
  return <Document dir="ltr">{children}</Document>;
}
