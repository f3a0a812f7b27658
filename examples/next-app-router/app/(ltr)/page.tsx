import { Showcase } from '../showcase';

// Rendered per request, so the server's locale and time zone are the ones in force at request
// time (and a component that cannot server-render fails the request, not `next build`).
export const dynamic = 'force-dynamic';

export default function Page() {
  return <Showcase />;
}
