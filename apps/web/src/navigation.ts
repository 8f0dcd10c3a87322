// Client-side navigation over the History API: pages are addressable (a search is /search?…, a
// helper /helpers/<id>, a booking /book?…, a request to post /post?…), the back button works, and the API serves index.html
// for any page path.
import { createContext, useCallback, useContext, useEffect, useState } from 'react';
import { isConsolePath } from './console/routes';
import { helperRouteOf, type HelperPage } from './helper/routes';

export interface Navigation {
  url: URL;
  /** `replace` changes the address without a new history entry (e.g. re-sorting the same results). */
  navigate(href: string, options?: { replace?: boolean }): void;
}

export type Route =
  | { page: 'home' }
  | { page: 'helper'; helperId: string }
  | { page: 'login' }
  | { page: 'signup' }
  | { page: 'book' }
  | { page: 'post' }
  | { page: 'request'; requestId: string; review: boolean }
  | { page: 'account' }
  | { page: 'console' }
  | { page: 'helper-app'; helperPage: HelperPage | 'not-found' }
  | { page: 'not-found' };

/** The page an address shows; the query string holds each page's own state. */
export function routeOf(url: URL): Route {
  const path = url.pathname.replace(/\/+$/, '') || '/';
  if (path === '/' || path === '/search') return { page: 'home' };
  if (path === '/login') return { page: 'login' };
  if (path === '/signup') return { page: 'signup' };
  if (path === '/book') return { page: 'book' };
  if (path === '/post') return { page: 'post' };
  if (path === '/account') return { page: 'account' };
  if (isConsolePath(path)) return { page: 'console' };
  const helperPage = helperRouteOf(path);
  if (helperPage) return { page: 'helper-app', helperPage };
  const helper = /^\/helpers\/([^/]+)$/.exec(path);
  if (helper?.[1]) return { page: 'helper', helperId: decodeURIComponent(helper[1]) };
  // /requests/<id>/review is where the site's review reminders link to: the same page, at its review form.
  const request = /^\/requests\/([^/]+)(\/review)?$/.exec(path);
  if (request?.[1]) return { page: 'request', requestId: decodeURIComponent(request[1]), review: request[2] !== undefined };
  return { page: 'not-found' };
}

/** The page and its state as a path, to come back to after logging in. */
export function hrefOf(url: URL): string {
  return `${url.pathname}${url.search}`;
}

/** A `next` address from the query, kept on this site: anything else is the home page. */
export function safeNext(value: string | null): string {
  return value && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\') ? value : '/';
}

export function loginHref(next: string, page: 'login' | 'signup' = 'login'): string {
  return `/${page}?${new URLSearchParams({ next })}`;
}

export function useNavigation(): Navigation {
  const [url, setUrl] = useState(() => new URL(window.location.href));
  useEffect(() => {
    const onPopState = () => setUrl(new URL(window.location.href));
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);
  const navigate = useCallback((href: string, options: { replace?: boolean } = {}) => {
    const next = new URL(href, window.location.href);
    if (next.href === window.location.href) return;
    if (options.replace) window.history.replaceState(null, '', next);
    else window.history.pushState(null, '', next);
    setUrl(next);
    if (!options.replace) window.scrollTo(0, 0);
  }, []);
  return { url, navigate };
}

export const NavigationContext = createContext<Navigation | null>(null);

export function useNav(): Navigation {
  const navigation = useContext(NavigationContext);
  if (!navigation) throw new Error('useNav needs a NavigationContext above it');
  return navigation;
}
