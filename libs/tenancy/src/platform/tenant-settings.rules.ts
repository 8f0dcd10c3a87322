// Checks on what a platform admin types when onboarding a tenant. Each failure names its field.
import { isCurrency, ValidationError } from '@quartier/platform';
import { TENANT_LOCALES, type TenantLocale } from '../tenant.entity.js';

/**
 * The first label of the platform console's host, admin.<PUBLIC_BASE_DOMAIN>. No tenant is ever served on
 * a host that starts with it: the slug is reserved and custom domains are refused, so the web app can
 * tell the console's host by that label alone (apps/web/src/platform/platform-host.ts, the same rule).
 */
export const PLATFORM_HOST_LABEL = 'admin';

/** Slugs that would shadow the platform's own hosts or confuse people. */
export const RESERVED_SLUGS = new Set([
  'admin', 'api', 'app', 'assets', 'auth', 'cdn', 'dashboard', 'docs', 'graphql', 'help', 'internal', 'login',
  'mail', 'metrics', 'platform', 'quartier', 'root', 'health', 'smtp', 'static', 'status', 'support', 'system', 'www',
]);

const SLUG = /^[a-z][a-z0-9-]{1,30}[a-z0-9]$/;
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

export function checkSlug(slug: string): string {
  if (!SLUG.test(slug)) {
    throw new ValidationError('slug', 'Slug must be 3–32 lowercase letters, digits or hyphens, starting with a letter');
  }
  if (RESERVED_SLUGS.has(slug)) throw new ValidationError('slug', `"${slug}" is reserved`);
  return slug;
}

export function checkName(name: string): string {
  const trimmed = name.trim();
  if (trimmed.length < 1 || trimmed.length > 120) throw new ValidationError('name', 'Name must be 1–120 characters');
  return trimmed;
}

/**
 * Custom domains: lowercase host names, no duplicates, none under the platform's own base domain, and
 * none whose first label is the platform console's (the web app would open the console there).
 */
export function checkDomains(domains: string[], input: { baseDomain: string; field?: string }): string[] {
  const field = input.field ?? 'domains';
  const base = input.baseDomain.toLowerCase();
  const seen = new Set<string>();
  domains.forEach((domain, index) => {
    const at = `${field}.${index}`;
    if (domain !== domain.trim().toLowerCase()) throw new ValidationError(at, `"${domain}" must be a lowercase host name`);
    const labels = domain.split('.');
    if (domain.length > 253 || labels.length < 2 || !labels.every((label) => LABEL.test(label)) || /^\d+$/.test(labels.at(-1) ?? '')) {
      throw new ValidationError(at, `"${domain}" is not a valid host name`);
    }
    if (domain === base || domain.endsWith(`.${base}`)) {
      throw new ValidationError(at, `"${domain}" is under the platform's own domain ${base}; tenants get <slug>.${base} already`);
    }
    if (labels[0] === PLATFORM_HOST_LABEL) {
      throw new ValidationError(at, `"${domain}" starts with "${PLATFORM_HOST_LABEL}.", which opens the platform console; choose another host name`);
    }
    if (seen.has(domain)) throw new ValidationError(at, `"${domain}" is listed twice`);
    seen.add(domain);
  });
  if (domains.length > 20) throw new ValidationError(field, 'At most 20 custom domains');
  return domains;
}

export function checkLocales(locales: string[], defaultLocale: string): { locales: TenantLocale[]; defaultLocale: TenantLocale } {
  if (locales.length === 0) throw new ValidationError('locales', 'At least one locale is needed');
  const unknown = locales.find((locale) => !(TENANT_LOCALES as readonly string[]).includes(locale));
  if (unknown) throw new ValidationError('locales', `"${unknown}" is not one of ${TENANT_LOCALES.join(', ')}`);
  if (new Set(locales).size !== locales.length) throw new ValidationError('locales', 'A locale is listed twice');
  if (!locales.includes(defaultLocale)) throw new ValidationError('defaultLocale', 'The default locale must be one of the locales');
  return { locales: locales as TenantLocale[], defaultLocale: defaultLocale as TenantLocale };
}

export function checkCurrency(currency: string): string {
  if (!isCurrency(currency)) throw new ValidationError('currency', `"${currency}" is not an ISO 4217 currency code`);
  return currency;
}

/** An IANA zone name such as Europe/Zurich, as known to this runtime's time zone database. */
export function checkTimezone(timezone: string): string {
  try {
    const resolved = new Intl.DateTimeFormat('en', { timeZone: timezone }).resolvedOptions().timeZone;
    if (!timezone.includes('/') && resolved !== 'UTC') throw new RangeError(timezone);
    return timezone;
  } catch {
    throw new ValidationError('timezone', `"${timezone}" is not an IANA time zone such as Europe/Zurich`);
  }
}
