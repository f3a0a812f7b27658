import { Showcase } from '../../showcase';

export const dynamic = 'force-dynamic';

export default function Page() {
  return <Showcase />;
}
