// The helper app's addresses: /helper (home), /helper/offers, /helper/profile, /helper/earnings,
// /helper/reviews and /helper/apply (a new helper account).
export type HelperPage = 'home' | 'offers' | 'profile' | 'earnings' | 'reviews' | 'apply';

const PAGES: readonly HelperPage[] = ['offers', 'profile', 'earnings', 'reviews', 'apply'];

/** The helper page a path names, or null when the path is not the helper app's. */
export function helperRouteOf(path: string): HelperPage | 'not-found' | null {
  if (path === '/helper') return 'home';
  const match = /^\/helper\/([^/]+)$/.exec(path);
  if (match?.[1]) return (PAGES as readonly string[]).includes(match[1]) ? (match[1] as HelperPage) : 'not-found';
  return path.startsWith('/helper/') ? 'not-found' : null;
}

export function helperHref(page: HelperPage): string {
  return page === 'home' ? '/helper' : `/helper/${page}`;
}
