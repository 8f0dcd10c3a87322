// The signed-in customer for every page of a site: who it is, log in, sign up, log out, and `call` for
// the operations that need an account (session-provider.tsx on the sites' /graphql; the store renews
// the token before and, once, after a refusal).
import { useEffect, type ReactNode } from 'react';
import { SITE_ENDPOINT } from '../graphql/client';
import type { TypedDocumentString, ViewerQuery as ViewerResult } from '../graphql/generated/graphql';
import { LogInMutation, LogOutMutation, RefreshSessionMutation, SignUpMutation, ViewerQuery } from '../graphql/operations';
import { hrefOf, loginHref, useNav } from '../navigation';
import { useSite } from '../tenant/site';
import { createSession, type Account as AccountOf, type AccountSession } from './session-provider';
import { REFRESH_TOKEN_KEY } from './session-store';

export type Viewer = ViewerResult['viewer'];

export type Account = AccountOf<Viewer>;

export interface Session extends AccountSession<Viewer> {
  signUp(input: { displayName: string; email: string; password: string }): Promise<void>;
  /** The sites' documents only: the platform's belong to the console's session. */
  call<TResult, TVariables>(document: TypedDocumentString<TResult, TVariables>, variables: TVariables, options?: { signal?: AbortSignal }): Promise<TResult>;
}

const customer = createSession({
  name: 'customer',
  endpoint: SITE_ENDPOINT,
  refreshTokenKey: REFRESH_TOKEN_KEY,
  refreshLock: 'quartier.session.refresh',
  logIn: async (send, credentials) => (await send(LogInMutation, credentials)).logIn,
  refresh: async (send, refreshToken) => (await send(RefreshSessionMutation, { refreshToken })).refreshSession,
  logOut: (send) => send(LogOutMutation, {}),
  viewer: async (send) => (await send(ViewerQuery, {})).viewer,
  // A customer signs up in the language the site is read in.
  more: ({ start, send, locale }) => ({
    signUp: async (input: { displayName: string; email: string; password: string }) => start((await send(SignUpMutation, { ...input, locale })).signUp),
  }),
});

export function SessionProvider({ children }: { children: ReactNode }) {
  const { locale } = useSite();
  return <customer.SessionProvider locale={locale}>{children}</customer.SessionProvider>;
}

export const useSession: () => Session = customer.useSession;

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
