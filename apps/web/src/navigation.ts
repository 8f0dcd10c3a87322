// Client-side navigation over the History API: pages are addressable (a search is /search?…), the
// back button works, and the API serves index.html for any page path.
import { useCallback, useEffect, useState } from 'react';

export interface Navigation {
  url: URL;
  /** `replace` changes the address without a new history entry (e.g. re-sorting the same results). */
  navigate(href: string, options?: { replace?: boolean }): void;
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
  }, []);
  return { url, navigate };
}
