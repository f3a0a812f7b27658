import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A collab server running as its own process, with its SQLite file in a temporary folder. */
export interface CollabServerProcess {
  readonly child: ChildProcess;
  /** `ws://127.0.0.1:port`, as the server printed it. */
  readonly url: string;
  /** Stops the server (SIGTERM, then SIGKILL after 10 s) and removes its folder. */
  readonly stop: () => Promise<void>;
}

/**
 * Starts `node …args` as a collab server on a free loopback port (TANDEM_COLLAB_PORT=0) with its
 * rooms in a fresh temporary folder, and waits for it to print the address it listens on.
 *
 * @example
 * const server = await startCollabServerProcess([require.resolve('@tandem/collab-server/dist/main.js')]);
 * console.log(server.url); // ws://127.0.0.1:41234
 * await server.stop();
 */
export async function startCollabServerProcess(
  args: readonly string[],
  options: { readonly ipc?: boolean } = {},
): Promise<CollabServerProcess> {
  const folder = await mkdtemp(join(tmpdir(), 'tandem-collab-bench-'));
  const child = spawn(process.execPath, [...args], {
    env: {
      ...process.env,
      TANDEM_COLLAB_PORT: '0',
      TANDEM_COLLAB_DB: join(folder, 'rooms.sqlite'),
    },
    stdio: options.ipc ? ['ignore', 'pipe', 'inherit', 'ipc'] : ['ignore', 'pipe', 'inherit'],
  });
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    }
    await rm(folder, { recursive: true, force: true });
  };
  let output = '';
  const url = await new Promise<string | undefined>((resolve) => {
    // Read on after the address too, so a chatty server never blocks on a full pipe.
    child.stdout?.on('data', (chunk) => {
      output += String(chunk);
      const found = /ws:\/\/127\.0\.0\.1:\d+/.exec(output)?.[0];
      if (found) resolve(found);
    });
    child.once('exit', () => resolve(undefined));
  });
  if (url) return { child, url, stop };
  await stop();
  throw new Error(`the collab server stopped before it listened: ${output}`);
}
