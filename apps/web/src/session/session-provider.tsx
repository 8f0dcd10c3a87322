// One session for a site's customer and for the platform admin: the account (checking, anonymous,
// signed in), log-in and log-out in this tab and in the origin's other tabs, the access token for the
// live connection and `call` for the operations that need the account; SessionStore keeps and renews
// the tokens. What differs comes in a SessionConfig: the endpoint, the log-in / refresh / log-out /
// viewer operations, where the refresh token is kept, and the viewer (and so its roles).
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { request, type GraphqlDocument, type RequestOptions } from '../graphql/client';
import { SessionStore, type SessionTokens } from './session-store';

export type Account<TViewer> = { status: 'checking' } | { status: 'anonymous' } | { status: 'signed-in'; viewer: TViewer };

export interface Credentials {
  email: string;
  password: string;
}

/** Sends one operation to the session's endpoint, with the locale or the token the session chose. */
export type Send = <TResult, TVariables>(document: GraphqlDocument<TResult, TVariables>, variables: TVariables) => Promise<TResult>;

export interface SessionConfig<TViewer, TMore extends object> {
  /** Who signs in, for the message when a page has no provider above it. */
  name: string;
  /** The GraphQL endpoint every operation of this session goes to. */
  endpoint: string;
  /** Where the refresh token is kept in localStorage. */
  refreshTokenKey: string;
  /** The Web Lock the origin's tabs take turns on to refresh, so two never present the same token. */
  refreshLock: string;
  logIn(send: Send, credentials: Credentials): Promise<SessionTokens>;
  refresh(send: Send, refreshToken: string): Promise<SessionTokens>;
  logOut(send: Send): Promise<unknown>;
  viewer(send: Send): Promise<TViewer>;
  /** What the session offers besides (a site's sign-up): `start` begins it from tokens; `send` is in the reader's locale. */
  more?(tools: { start(tokens: SessionTokens): Promise<void>; send: Send; locale: string }): TMore;
}

export interface AccountSession<TViewer> {
  account: Account<TViewer>;
  logIn(credentials: Credentials): Promise<void>;
  logOut(): Promise<void>;
  /** A valid access token (renewed when due), for the live connection; null when signed out. */
  accessToken(): Promise<string | null>;
  /** An operation as the signed-in account; UNAUTHENTICATED when there is none. */
  call<TResult, TVariables>(document: GraphqlDocument<TResult, TVariables>, variables: TVariables, options?: { signal?: AbortSignal }): Promise<TResult>;
}

/** A provider taking the reader's locale, and the hook its pages read the session with. */
export function createSession<TViewer, TMore extends object = Record<never, never>>(config: SessionConfig<TViewer, TMore>) {
  type Session = AccountSession<TViewer> & TMore;
  const SessionContext = createContext<Session | null>(null);
  SessionContext.displayName = `${config.name} session`;

  const sender =
    (options: Omit<RequestOptions, 'endpoint'>): Send =>
    (document, variables) =>
      request(document, variables, { ...options, endpoint: config.endpoint });

  const exclusive = <T,>(run: () => Promise<T>): Promise<T> =>
    typeof navigator !== 'undefined' && navigator.locks ? (navigator.locks.request(config.refreshLock, run) as Promise<T>) : run();

  function SessionProvider({ locale, children }: { locale: string; children: ReactNode }) {
    const [store] = useState(
      () =>
        new SessionStore({
          storage: window.localStorage,
          refreshTokenKey: config.refreshTokenKey,
          refresh: (refreshToken) => config.refresh(sender({}), refreshToken),
          exclusive,
        }),
    );
    const [account, setAccount] = useState<Account<TViewer>>(() => (store.signedIn() ? { status: 'checking' } : { status: 'anonymous' }));

    const loadViewer = useCallback(async () => {
      try {
        const viewer = await store.authorized((token) => config.viewer(sender({ token })));
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
      // Logging out in another tab of the origin logs this one out too.
      const onStorage = (event: StorageEvent) => store.endWhenClearedElsewhere(event);
      window.addEventListener('storage', onStorage);
      return () => {
        unsubscribe();
        window.removeEventListener('storage', onStorage);
      };
    }, [store, loadViewer]);

    const session = useMemo<Session>(() => {
      const start = async (tokens: SessionTokens) => {
        store.start(tokens);
        await loadViewer();
      };
      const inLocale = sender({ locale });
      const more = config.more?.({ start, send: inLocale, locale }) ?? ({} as TMore);
      return {
        ...more,
        account,
        logIn: async (credentials) => start(await config.logIn(inLocale, credentials)),
        logOut: async () => {
          try {
            await store.authorized((token) => config.logOut(sender({ token })));
          } catch {
            // The server lets the session lapse on its own when it cannot be told; this browser forgets it now.
          }
          store.end();
        },
        accessToken: () => store.accessToken(),
        call: (document, variables, options = {}) =>
          store.authorized((token) => request(document, variables, { endpoint: config.endpoint, locale, token, signal: options.signal })),
      };
    }, [account, store, locale, loadViewer]);

    return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
  }

  function useSession(): Session {
    const session = useContext(SessionContext);
    if (!session) throw new Error(`The ${config.name} session needs its provider above this page`);
    return session;
  }

  return { SessionProvider, useSession };
}
