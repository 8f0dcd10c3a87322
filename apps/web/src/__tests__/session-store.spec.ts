// The session's token rules: renew before expiry, once more on UNAUTHENTICATED, sign out when the
// server refuses the refresh token, keep the session through a network failure, one refresh at a time.
import { describe, expect, it } from '@jest/globals';
import { ApiError } from '../graphql/client';
import { EXPIRY_MARGIN_MS, REFRESH_TOKEN_KEY, SessionStore, type SessionTokens, type TokenStorage } from '../session/session-store';

const NOW = Date.parse('2026-12-01T12:00:00Z');

function memoryStorage(): TokenStorage & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return { items, getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value), removeItem: (key) => void items.delete(key) };
}

function tokens(n: number, expiresInMs = 15 * 60_000): SessionTokens {
  return { accessToken: `access-${n}`, accessTokenExpiresAt: new Date(NOW + expiresInMs).toISOString(), refreshToken: `refresh-${n}` };
}

function storeWith(refresh: (token: string) => Promise<SessionTokens>) {
  const storage = memoryStorage();
  const presented: string[] = [];
  const store = new SessionStore({
    storage,
    now: () => NOW,
    refresh: (token) => {
      presented.push(token);
      return refresh(token);
    },
  });
  return { store, storage, presented };
}

describe('SessionStore', () => {
  it('uses the access token while it is fresh and keeps the refresh token in storage', async () => {
    const { store, storage, presented } = storeWith(async () => tokens(2));
    store.start(tokens(1));
    expect(await store.accessToken()).toBe('access-1');
    expect(storage.items.get(REFRESH_TOKEN_KEY)).toBe('refresh-1');
    expect(presented).toEqual([]);
  });

  it('renews a token about to expire before using it, and stores the successor', async () => {
    const { store, storage, presented } = storeWith(async () => tokens(2));
    store.start(tokens(1, EXPIRY_MARGIN_MS - 1));
    expect(await store.accessToken()).toBe('access-2');
    expect(presented).toEqual(['refresh-1']);
    expect(storage.items.get(REFRESH_TOKEN_KEY)).toBe('refresh-2');
  });

  it('restores a session from storage alone, as a new tab does', async () => {
    const { store, storage } = storeWith(async () => tokens(2));
    storage.setItem(REFRESH_TOKEN_KEY, 'refresh-1');
    expect(store.signedIn()).toBe(true);
    expect(await store.accessToken()).toBe('access-2');
  });

  it('retries a call once with a renewed token after UNAUTHENTICATED', async () => {
    const { store, presented } = storeWith(async () => tokens(2));
    store.start(tokens(1));
    const seen: string[] = [];
    const result = await store.authorized(async (token) => {
      seen.push(token);
      if (token === 'access-1') throw new ApiError('UNAUTHENTICATED', 'expired');
      return 'ok';
    });
    expect(result).toBe('ok');
    expect(seen).toEqual(['access-1', 'access-2']);
    expect(presented).toEqual(['refresh-1']);
  });

  it('does not retry other failures', async () => {
    const { store, presented } = storeWith(async () => tokens(2));
    store.start(tokens(1));
    await expect(store.authorized(async () => Promise.reject(new ApiError('CONFLICT', 'taken')))).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(presented).toEqual([]);
  });

  it('signs out when the server refuses the refresh token (reused or revoked)', async () => {
    for (const code of ['TOKEN_REUSED', 'UNAUTHENTICATED']) {
      const { store, storage } = storeWith(async () => Promise.reject(new ApiError(code, 'refused')));
      const ended: boolean[] = [];
      store.subscribe((signedIn) => ended.push(signedIn));
      store.start(tokens(1, 0));
      await expect(store.authorized(async () => 'never')).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
      expect(store.signedIn()).toBe(false);
      expect(storage.items.has(REFRESH_TOKEN_KEY)).toBe(false);
      expect(ended).toEqual([true, false]);
    }
  });

  it('keeps the session when the server cannot be reached', async () => {
    const { store, storage } = storeWith(async () => Promise.reject(new ApiError('NETWORK', 'offline')));
    store.start(tokens(1, 0));
    await expect(store.accessToken()).rejects.toMatchObject({ code: 'NETWORK' });
    expect(storage.items.get(REFRESH_TOKEN_KEY)).toBe('refresh-1');
  });

  it('presents a refresh token once when calls renew at the same time', async () => {
    let release: () => void = () => undefined;
    const { store, presented } = storeWith(() => new Promise((resolve) => (release = () => resolve(tokens(2)))));
    store.start(tokens(1, 0));
    const both = Promise.all([store.accessToken(), store.accessToken()]);
    release();
    expect(await both).toEqual(['access-2', 'access-2']);
    expect(presented).toEqual(['refresh-1']);
  });
});
