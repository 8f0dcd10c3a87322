// What the catalog's forms share: the site's languages with their names, a text per language, a
// multi-line field with its hint and error, and the server's refusal turned into a field and a sentence.
import { forwardRef, useId, useMemo, type TextareaHTMLAttributes } from 'react';
import { ApiError } from '../../graphql/client';
import type { Locale } from '../../i18n/messages';
import { TextField } from '../../form-field';
import { useSite } from '../../tenant/site';
import type { ConsoleMessages } from '../messages';
import type { CatalogMessages } from './messages';

/** Names and descriptions are kept for all four languages; the site's own are the ones shown. */
export const ALL_LOCALES: Locale[] = ['de', 'fr', 'it', 'en'];

export type Texts = Record<Locale, string>;

export function textsOf(stored: Partial<Record<Locale, string | null>> | null | undefined): Texts {
  return { de: stored?.de ?? '', fr: stored?.fr ?? '', it: stored?.it ?? '', en: stored?.en ?? '' };
}

/** The site's languages, in the console's usual order, each with its name in the reader's language. */
export function useSiteLanguages(): { locale: Locale; name: string }[] {
  const { tenant, locale } = useSite();
  return useMemo(() => {
    const names = new Intl.DisplayNames([locale], { type: 'language' });
    return ALL_LOCALES.filter((each) => tenant.locales.includes(each)).map((each) => ({ locale: each, name: names.of(each) ?? each }));
  }, [tenant.locales, locale]);
}

/** A field the server or the page refused, and what to tell the operator under it. */
export type FieldError = { field: string; message: string } | null;

/** The refusal of a whole save (not about one field), in the operator's words. */
export function refusalOf(c: ConsoleMessages, m: CatalogMessages, error: ApiError): string {
  if (error.code === 'FORBIDDEN') return c.forbidden;
  if (error.code === 'NOT_FOUND') return m.errors.category;
  if (error.code === 'CONFLICT' && error.field === 'id') return m.errors.archivedMeanwhile;
  if (error.code === 'BAD_USER_INPUT') return m.errors.invalid;
  return c.failed;
}

export function asApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : new ApiError('INTERNAL', 'Saving failed');
}

/** The language a localized field's path names (`names.fr` → the site's name for French). */
export function languageOf(field: string, languages: { locale: Locale; name: string }[]): string {
  const code = field.split('.')[1];
  return languages.find((each) => each.locale === code)?.name ?? code ?? '';
}

interface TextAreaFieldProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> {
  label: string;
  hint?: string;
  error?: string;
  errorTestId?: string;
}

export const TextAreaField = forwardRef<HTMLTextAreaElement, TextAreaFieldProps>(function TextAreaField({ label, hint, error, errorTestId, ...area }, ref) {
  const id = useId();
  const described = [error ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea id={id} ref={ref} aria-invalid={error ? true : undefined} aria-describedby={described || undefined} {...area} />
      {hint ? (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field__error" id={`${id}-error`} data-testid={errorTestId}>
          {error}
        </p>
      ) : null}
    </div>
  );
});

/** One input per site language for a required name; the refused one carries the error. */
export function NameFields({
  m,
  prefix,
  texts,
  onChange,
  error,
  register,
}: {
  m: CatalogMessages;
  prefix: string;
  texts: Texts;
  onChange(locale: Locale, value: string): void;
  error: FieldError;
  register(field: string, element: HTMLElement | null): void;
}) {
  const languages = useSiteLanguages();
  return (
    <>
      {languages.map(({ locale, name }) => (
        <TextField
          key={locale}
          ref={(element) => register(`names.${locale}`, element)}
          label={m.name(name)}
          lang={locale}
          value={texts[locale]}
          maxLength={120}
          onChange={(event) => onChange(locale, event.target.value)}
          error={error?.field === `names.${locale}` ? error.message : undefined}
          errorTestId={`${prefix}-names-${locale}-error`}
        />
      ))}
    </>
  );
}
