// Where a session keeps its refresh token, and how another tab's log-out reaches it: each session
// config names its key, and only that key's removal ends the session.
import { describe, expect, it } from '@jest/globals';
import { REFRESH_TOKEN_KEY, SessionStore, type SessionTokens, type TokenStorage } from '../session-store';

function memoryStorage(): TokenStorage & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return { items, getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value), removeItem: (key) => void items.delete(key) };
}

const TOKENS: SessionTokens = { accessToken: 'access-1', accessTokenExpiresAt: '2026-12-01T12:15:00Z', refreshToken: 'refresh-1' };

function storeOn(storage: TokenStorage, refreshTokenKey?: string) {
  const store = new SessionStore({ storage, refreshTokenKey, refresh: async () => TOKENS });
  const heard: boolean[] = [];
  store.subscribe((signedIn) => heard.push(signedIn));
  return { store, heard };
}

describe('SessionStore refresh token key', () => {
  it('keeps the refresh token under REFRESH_TOKEN_KEY unless the config names another', () => {
    const storage = memoryStorage();
    storeOn(storage).store.start(TOKENS);
    storeOn(storage, 'quartier.other.refreshToken').store.start({ ...TOKENS, refreshToken: 'refresh-2' });
    expect(storage.items.get(REFRESH_TOKEN_KEY)).toBe('refresh-1');
    expect(storage.items.get('quartier.other.refreshToken')).toBe('refresh-2');
  });

  it('ends the session when another tab removes its key, and not for other keys or a rotation', () => {
    const storage = memoryStorage();
    const { store, heard } = storeOn(storage, 'quartier.other.refreshToken');
    store.start(TOKENS);
    store.endWhenClearedElsewhere({ key: REFRESH_TOKEN_KEY, newValue: null });
    store.endWhenClearedElsewhere({ key: 'quartier.other.refreshToken', newValue: 'refresh-2' });
    expect(store.signedIn()).toBe(true);
    store.endWhenClearedElsewhere({ key: 'quartier.other.refreshToken', newValue: null });
    expect(store.signedIn()).toBe(false);
    expect(storage.items.has('quartier.other.refreshToken')).toBe(false);
    expect(heard).toEqual([true, false]);
  });
});
