// The signed-in customer for every page: who it is, log in, sign up, log out, and `call` for the
// operations that need an account (the store renews the token before and, once, after a refusal).
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { request, type RequestOptions } from '../graphql/client';
import type { TypedDocumentString, ViewerQuery as ViewerResult } from '../graphql/generated/graphql';
import { LogInMutation, LogOutMutation, RefreshSessionMutation, SignUpMutation, ViewerQuery } from '../graphql/operations';
import { hrefOf, loginHref, useNav } from '../navigation';
import { useSite } from '../tenant/site';
import { REFRESH_TOKEN_KEY, SessionStore, type SessionTokens } from './session-store';

export type Viewer = ViewerResult['viewer'];

export type Account = { status: 'checking' } | { status: 'anonymous' } | { status: 'signed-in'; viewer: Viewer };

export interface Session {
  account: Account;
  logIn(input: { email: string; password: string }): Promise<void>;
  signUp(input: { displayName: string; email: string; password: string }): Promise<void>;
  logOut(): Promise<void>;
  /** A valid access token (renewed when due), for the live connection; null when signed out. */
  accessToken(): Promise<string | null>;
  /** An operation as the signed-in customer; UNAUTHENTICATED when there is none. */
  call<TResult, TVariables>(document: TypedDocumentString<TResult, TVariables>, variables: TVariables, options?: { signal?: AbortSignal }): Promise<TResult>;
}

const SessionContext = createContext<Session | null>(null);

/** Tabs of one site take turns to refresh, where the browser offers Web Locks. */
function exclusive<T>(run: () => Promise<T>): Promise<T> {
  return typeof navigator !== 'undefined' && navigator.locks ? (navigator.locks.request('quartier.session.refresh', run) as Promise<T>) : run();
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const { locale } = useSite();
  const [store] = useState(
    () =>
      new SessionStore({
        storage: window.localStorage,
        refresh: async (refreshToken) => (await request(RefreshSessionMutation, { refreshToken })).refreshSession,
        exclusive,
      }),
  );
  const [account, setAccount] = useState<Account>(() => (store.signedIn() ? { status: 'checking' } : { status: 'anonymous' }));

  const loadViewer = useCallback(async () => {
    try {
      const { viewer } = await store.authorized((token) => request(ViewerQuery, {}, { token }));
      setAccount({ status: 'signed-in', viewer });
    } catch {
      // Signed out by the server, or unreachable: the pages offer to log in again.
      setAccount({ status: 'anonymous' });
    }
  }, [store]);

  useEffect(() => {
    if (store.signedIn()) void loadViewer();
    const unsubscribe = store.subscribe((signedIn) => {
      if (!signedIn) setAccount({ status: 'anonymous' });
    });
    // Logging out in another tab of the site logs this one out too.
    const onStorage = (event: StorageEvent) => {
      if (event.key === REFRESH_TOKEN_KEY && event.newValue === null) store.end();
    };
    window.addEventListener('storage', onStorage);
    return () => {
      unsubscribe();
      window.removeEventListener('storage', onStorage);
    };
  }, [store, loadViewer]);

  const session = useMemo<Session>(() => {
    const begin = async (tokens: SessionTokens) => {
      store.start(tokens);
      await loadViewer();
    };
    return {
      account,
      logIn: async (input) => begin((await request(LogInMutation, input, { locale })).logIn),
      signUp: async (input) => begin((await request(SignUpMutation, { ...input, locale }, { locale })).signUp),
      logOut: async () => {
        try {
          await store.authorized((token) => request(LogOutMutation, {}, { token }));
        } catch {
          // The server forgets the session on its own when it cannot be told; this browser forgets it now.
        }
        store.end();
      },
      accessToken: () => store.accessToken(),
      call: (document, variables, options = {}) =>
        store.authorized((token) => request(document, variables, { locale, token, signal: options.signal } satisfies RequestOptions)),
    };
  }, [account, store, locale, loadViewer]);

  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession needs a SessionProvider above it');
  return session;
}

/**
 * For pages that need an account: a visitor who is not signed in is sent to log in, with this page
 * and its state as the address to come back to. True once the customer is known to be signed in.
 */
export function useRequireAccount(): boolean {
  const { account } = useSession();
  const navigation = useNav();
  useEffect(() => {
    if (account.status === 'anonymous') navigation.navigate(loginHref(hrefOf(navigation.url)), { replace: true });
  }, [account.status, navigation]);
  return account.status === 'signed-in';
}
