import { describe, expect, it } from 'vitest';
import { DEFAULT_COLLAB_URL, LIVE_ROOM, readLiveSession, searchAs } from './live-session';

describe('readLiveSession', () => {
  it('is off without a known person', () => {
    expect(readLiveSession('', undefined)).toBeUndefined();
    expect(readLiveSession('?as=mallory', undefined)).toBeUndefined();
    expect(readLiveSession('?as=toString', undefined)).toBeUndefined();
  });

  it('co-edits as Dana with her token on the default server, Sam being the other team', () => {
    const session = readLiveSession('?as=dana&latency=0', undefined);
    expect(session).toMatchObject({
      person: { id: 'dana', name: 'Dana Whitfield (Contoso IT)' },
      token: 'demo-dana',
      url: DEFAULT_COLLAB_URL,
      room: LIVE_ROOM,
      other: { id: 'sam' },
    });
    expect(readLiveSession('?as=sam', undefined)?.other.id).toBe('dana');
    expect(readLiveSession('?as=auditor', undefined)?.person.readOnly).toBe(true);
  });

  it('takes the server from the query, then from the dev server, ignoring what is not a socket', () => {
    expect(readLiveSession('?as=sam&collab=ws://127.0.0.1:40001', 'ws://h:1')?.url).toBe(
      'ws://127.0.0.1:40001',
    );
    expect(readLiveSession('?as=sam', 'ws://127.0.0.1:4321')?.url).toBe('ws://127.0.0.1:4321');
    expect(readLiveSession('?as=sam&collab=javascript:alert(1)', 'http://x')?.url).toBe(
      DEFAULT_COLLAB_URL,
    );
  });

  it('lets the query replace the token, to try what the server refuses', () => {
    expect(readLiveSession('?as=dana&token=demo-auditor', undefined)?.token).toBe('demo-auditor');
    expect(readLiveSession('?as=dana&token=', undefined)?.token).toBe('demo-dana');
  });
});

describe('searchAs', () => {
  it('switches the person and keeps the other settings, but not a replaced token', () => {
    expect(searchAs('?as=dana&latency=0&collab=ws://127.0.0.1:9&token=x', 'sam')).toBe(
      '?as=sam&latency=0&collab=ws%3A%2F%2F127.0.0.1%3A9',
    );
    expect(searchAs('', 'dana')).toBe('?as=dana');
  });
});
