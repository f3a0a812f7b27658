import { describe, expect, it } from 'vitest';
import { readConfig } from './config';

describe('readConfig', () => {
  it('defaults to port 1234 and a file under data/', () => {
    expect(readConfig({})).toEqual({
      ok: true,
      value: { port: 1234, dbPath: 'data/rooms.sqlite', debounceMs: 2000 },
    });
  });

  it('reads the port and the file from the environment, an empty variable as unset', () => {
    const config = readConfig({
      TANDEM_COLLAB_PORT: '4321',
      TANDEM_COLLAB_DB: '/tmp/r.sqlite',
      TANDEM_COLLAB_DEBOUNCE_MS: '',
    });
    expect(config).toEqual({
      ok: true,
      value: { port: 4321, dbPath: '/tmp/r.sqlite', debounceMs: 2000 },
    });
  });

  it('names the variable that is wrong', () => {
    const config = readConfig({ TANDEM_COLLAB_PORT: 'http' });
    expect(config.ok).toBe(false);
    if (!config.ok) expect(config.message).toMatch(/^TANDEM_COLLAB_PORT: /);
    expect(readConfig({ TANDEM_COLLAB_PORT: '70000' }).ok).toBe(false);
  });
});
