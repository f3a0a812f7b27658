import { readConfig } from './config';
import { startDemoServer } from './demo-server';

// `pnpm --filter @tandem/collab-server start`: the demo's collab server on loopback until
// SIGINT or SIGTERM, when it stores every open room before it exits.

const config = readConfig(process.env);
if (!config.ok) {
  console.error(`[collab-server] bad settings: ${config.message}`);
  process.exit(1);
}
const demo = await startDemoServer(config.value);
console.log(`[collab-server] ${demo.url} (rooms in ${config.value.dbPath})`);

let stopping = false;
const stop = (signal: string) => {
  if (stopping) return;
  stopping = true;
  demo.stop().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(`[collab-server] ${signal}: could not store every room`, error);
      process.exit(1);
    },
  );
};
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop('SIGTERM'));
