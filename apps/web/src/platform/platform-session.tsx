// The signed-in platform admin: who it is, log in, log out, and `call` for every platform operation.
// Tokens are kept as on the sites (../session/session-store.ts); the console's host is its own origin,
// so its refresh token never mixes with a site's.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { REFRESH_TOKEN_KEY, SessionStore } from '../session/session-store';
import type { PlatformViewerQuery as ViewerResult, TypedDocumentString } from './generated/graphql';
import { PlatformLogInMutation, PlatformLogOutMutation, PlatformRefreshSessionMutation, PlatformViewerQuery } from './operations';
import { usePlatformI18n } from './platform-i18n';
import { platformRequest } from './platform-request';

export type PlatformViewer = ViewerResult['platformViewer'];

export type PlatformAccount = { status: 'checking' } | { status: 'anonymous' } | { status: 'signed-in'; viewer: PlatformViewer };

export interface PlatformSession {
  account: PlatformAccount;
  logIn(input: { email: string; password: string }): Promise<void>;
  logOut(): Promise<void>;
  call<TResult, TVariables>(document: TypedDocumentString<TResult, TVariables>, variables: TVariables, options?: { signal?: AbortSignal }): Promise<TResult>;
}

const PlatformSessionContext = createContext<PlatformSession | null>(null);

function exclusive<T>(run: () => Promise<T>): Promise<T> {
  return typeof navigator !== 'undefined' && navigator.locks ? (navigator.locks.request('quartier.platform.refresh', run) as Promise<T>) : run();
}

export function PlatformSessionProvider({ children }: { children: ReactNode }) {
  const { locale } = usePlatformI18n();
  const [store] = useState(
    () =>
      new SessionStore({
        storage: window.localStorage,
        refresh: async (refreshToken) => (await platformRequest(PlatformRefreshSessionMutation, { refreshToken })).platformRefreshSession,
        exclusive,
      }),
  );
  const [account, setAccount] = useState<PlatformAccount>(() => (store.signedIn() ? { status: 'checking' } : { status: 'anonymous' }));

  const loadViewer = useCallback(async () => {
    try {
      const { platformViewer } = await store.authorized((token) => platformRequest(PlatformViewerQuery, {}, { token }));
      setAccount({ status: 'signed-in', viewer: platformViewer });
    } catch {
      setAccount({ status: 'anonymous' });
    }
  }, [store]);

  useEffect(() => {
    if (store.signedIn()) void loadViewer();
    const unsubscribe = store.subscribe((signedIn) => {
      if (!signedIn) setAccount({ status: 'anonymous' });
    });
    // Logging out in another tab of the console logs this one out too.
    const onStorage = (event: StorageEvent) => {
      if (event.key === REFRESH_TOKEN_KEY && event.newValue === null) store.end();
    };
    window.addEventListener('storage', onStorage);
    return () => {
      unsubscribe();
      window.removeEventListener('storage', onStorage);
    };
  }, [store, loadViewer]);

  const session = useMemo<PlatformSession>(
    () => ({
      account,
      logIn: async (input) => {
        store.start((await platformRequest(PlatformLogInMutation, input, { locale })).platformLogIn);
        await loadViewer();
      },
      logOut: async () => {
        try {
          await store.authorized((token) => platformRequest(PlatformLogOutMutation, {}, { token }));
        } catch {
          // The server lets the session lapse on its own when it cannot be told; this browser forgets it now.
        }
        store.end();
      },
      call: (document, variables, options = {}) =>
        store.authorized((token) => platformRequest(document, variables, { locale, token, signal: options.signal })),
    }),
    [account, store, locale, loadViewer],
  );

  return <PlatformSessionContext.Provider value={session}>{children}</PlatformSessionContext.Provider>;
}

export function usePlatformSession(): PlatformSession {
  const session = useContext(PlatformSessionContext);
  if (!session) throw new Error('usePlatformSession needs a PlatformSessionProvider above it');
  return session;
}
