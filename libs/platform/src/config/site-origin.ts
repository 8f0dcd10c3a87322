// The public origin of a tenant's site, as links in mails and Stripe's return pages need it.
import type { AppConfig } from './config.js';

/** e.g. http://alpine.localhost:3000, or https://alpine.quartier.example in production. */
export function siteOrigin(config: Pick<AppConfig, 'PUBLIC_URL_SCHEME' | 'PORT' | 'PUBLIC_BASE_DOMAIN'>, slug: string): string {
  const scheme = config.PUBLIC_URL_SCHEME;
  const defaultPort = scheme === 'https' ? 443 : 80;
  const port = config.PORT === defaultPort ? '' : `:${config.PORT}`;
  return `${scheme}://${slug}.${config.PUBLIC_BASE_DOMAIN}${port}`;
}
