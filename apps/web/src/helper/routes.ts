// The helper app's addresses: /helper (home), /helper/offers, /helper/profile, /helper/earnings,
// /helper/reviews, /helper/apply (a new helper account) and /helper/jobs/<requestId> (one job: the
// request, the customer and the conversation). A job is named by its request, as the notifications
// link to it: the conversation belongs to the request, and a reassignment keeps the address.
export type HelperTab = 'home' | 'offers' | 'profile' | 'earnings' | 'reviews' | 'apply';
export type HelperPage = HelperTab | `jobs/${string}`;

const PAGES: readonly HelperTab[] = ['offers', 'profile', 'earnings', 'reviews', 'apply'];

/** The helper page a path names, or null when the path is not the helper app's. */
export function helperRouteOf(path: string): HelperPage | 'not-found' | null {
  if (path === '/helper') return 'home';
  const job = /^\/helper\/jobs\/([^/]+)$/.exec(path);
  if (job?.[1]) return `jobs/${decodeURIComponent(job[1])}`;
  const match = /^\/helper\/([^/]+)$/.exec(path);
  if (match?.[1]) return (PAGES as readonly string[]).includes(match[1]) ? (match[1] as HelperTab) : 'not-found';
  return path.startsWith('/helper/') ? 'not-found' : null;
}

export function helperHref(page: HelperPage): string {
  return page === 'home' ? '/helper' : `/helper/${page}`;
}

/** The page of the job on a request. */
export function helperJobHref(requestId: string): string {
  return helperHref(`jobs/${encodeURIComponent(requestId)}`);
}

/** The request a job page is about, or null for the other pages. */
export function jobRequestOf(page: HelperPage): string | null {
  return page.startsWith('jobs/') ? page.slice('jobs/'.length) : null;
}
