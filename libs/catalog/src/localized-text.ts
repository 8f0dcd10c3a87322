// Names and descriptions per locale: checked against the tenant's locales on write, resolved to one
// string for the reader's locale with the tenant's default locale as fallback.
import { ValidationError } from '@quartier/platform';
import { TENANT_LOCALES, type TenantLocale } from '@quartier/tenancy';

export type LocalizedStrings = Partial<Record<TenantLocale, string>>;

/**
 * Trims every text and drops empty ones. With `required`, every one of `locales` needs a text;
 * otherwise a missing one is fine. The field of the error names the locale (`names.fr`).
 */
export function checkLocalized(
  field: string,
  input: Record<string, string | null | undefined> | null | undefined,
  options: { locales: readonly TenantLocale[]; required: boolean; maxLength: number },
): LocalizedStrings {
  const out: LocalizedStrings = {};
  for (const [locale, value] of Object.entries(input ?? {})) {
    if (value === null || value === undefined) continue;
    if (!(TENANT_LOCALES as readonly string[]).includes(locale)) throw new ValidationError(`${field}.${locale}`, `${locale} is not a supported locale`);
    const text = value.trim();
    if (text.length > options.maxLength) throw new ValidationError(`${field}.${locale}`, `${field}.${locale} must be at most ${options.maxLength} characters`);
    if (text) out[locale as TenantLocale] = text;
  }
  if (options.required) {
    const missing = options.locales.find((locale) => !out[locale]);
    if (missing) throw new ValidationError(`${field}.${missing}`, `${field}.${missing} is required: the site is offered in ${missing}`);
  }
  return out;
}

/** The text in `locale`, else in the default locale, else in any locale; null when there is none. */
export function resolveLocalized(texts: LocalizedStrings | null | undefined, locale: string, defaultLocale: string): string | null {
  if (!texts) return null;
  const byLocale = texts as Record<string, string | undefined>;
  return byLocale[locale] ?? byLocale[defaultLocale] ?? Object.values(byLocale).find(Boolean) ?? null;
}
