import { useSyncExternalStore } from 'react';

/** The portal's pages, in the order the navigation lists them. */
export const portalRoutes = [
  { id: 'matrix', label: 'Who owns what' },
  { id: 'escalation', label: 'Escalation' },
  { id: 'tickets', label: 'Tickets and SLAs' },
  { id: 'review', label: 'Quarterly review' },
  { id: 'audit', label: 'Audit log' },
] as const;
export type PortalRoute = (typeof portalRoutes)[number]['id'];

const isRoute = (id: string): id is PortalRoute => portalRoutes.some((route) => route.id === id);

/** The page a hash names (`#/tickets`); the matrix for anything else. */
export function routeOfHash(hash: string): PortalRoute {
  const id = hash.replace(/^#\/?/, '').split(/[/?]/)[0] ?? '';
  return isRoute(id) ? id : 'matrix';
}

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};

/**
 * The current page, from the location's hash. Hash routes need nothing from the server, so the
 * built portal works from any static host.
 *
 * @example
 * const route = useHashRoute(); // 'matrix' on #/matrix
 */
export function useHashRoute(): PortalRoute {
  return useSyncExternalStore(
    subscribe,
    () => routeOfHash(window.location.hash),
    () => 'matrix',
  );
}
