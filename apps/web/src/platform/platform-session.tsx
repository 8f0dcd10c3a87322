// The signed-in platform admin: who it is, log in, log out, and `call` for every platform operation.
// The sites' session (../session/session-provider.tsx) on /platform/graphql; the console's host is its
// own origin, so its refresh token never mixes with a site's.
import type { ReactNode } from 'react';
import { createSession, type Account, type AccountSession } from '../session/session-provider';
import { REFRESH_TOKEN_KEY } from '../session/session-store';
import type { PlatformViewerQuery as ViewerResult, TypedDocumentString } from './generated/graphql';
import { PlatformLogInMutation, PlatformLogOutMutation, PlatformRefreshSessionMutation, PlatformViewerQuery } from './operations';
import { usePlatformI18n } from './platform-i18n';

export const PLATFORM_ENDPOINT = '/platform/graphql';

export type PlatformViewer = ViewerResult['platformViewer'];

export type PlatformAccount = Account<PlatformViewer>;

export interface PlatformSession extends AccountSession<PlatformViewer> {
  /** The platform's documents only: the sites' belong to a site's session. */
  call<TResult, TVariables>(document: TypedDocumentString<TResult, TVariables>, variables: TVariables, options?: { signal?: AbortSignal }): Promise<TResult>;
}

const platform = createSession({
  name: 'platform',
  endpoint: PLATFORM_ENDPOINT,
  refreshTokenKey: REFRESH_TOKEN_KEY,
  refreshLock: 'quartier.platform.refresh',
  logIn: async (send, credentials) => (await send(PlatformLogInMutation, credentials)).platformLogIn,
  refresh: async (send, refreshToken) => (await send(PlatformRefreshSessionMutation, { refreshToken })).platformRefreshSession,
  logOut: (send) => send(PlatformLogOutMutation, {}),
  viewer: async (send) => (await send(PlatformViewerQuery, {})).platformViewer,
});

export function PlatformSessionProvider({ children }: { children: ReactNode }) {
  const { locale } = usePlatformI18n();
  return <platform.SessionProvider locale={locale}>{children}</platform.SessionProvider>;
}

export const usePlatformSession: () => PlatformSession = platform.useSession;
