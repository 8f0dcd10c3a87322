// A category added (key and a name in every site language) or changed (names, shown or hidden). The
// page checks what it can first; the server's refusal of a field sits under that field.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { CatalogCategoryFieldsFragment as Category } from '../../graphql/generated/graphql';
import type { Locale } from '../../i18n/messages';
import { TextField } from '../../form-field';
import { useSession } from '../../session/session';
import type { ConsoleMessages } from '../messages';
import { asApiError, type FieldError, languageOf, NameFields, refusalOf, textsOf, useSiteLanguages } from './catalog-fields';
import type { CatalogMessages } from './messages';
import { CreateCategoryMutation, UpdateCategoryMutation } from './operations';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function CategoryForm({
  c,
  m,
  category,
  done,
  cancel,
}: {
  c: ConsoleMessages;
  m: CatalogMessages;
  /** The category changed; none for a new one. */
  category?: Category;
  done(message: string): void;
  cancel?(): void;
}) {
  const session = useSession();
  const languages = useSiteLanguages();
  const titleId = useId();
  const prefix = category ? `category-${category.slug}` : 'new-category';
  const [slug, setSlug] = useState('');
  const [names, setNames] = useState(() => textsOf(category?.names));
  const [active, setActive] = useState(category?.active ?? true);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<FieldError>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const fields = useRef(new Map<string, HTMLElement | null>());
  const register = (field: string, element: HTMLElement | null) => {
    fields.current.set(field, element);
  };

  // An edit form opens in place of the button that opened it: the keyboard carries on in its first field.
  const editing = Boolean(category);
  useEffect(() => {
    if (editing) fields.current.get(`names.${languages[0]?.locale ?? 'de'}`)?.focus();
    // Once, when the form opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const refuse = (field: string, message: string) => {
    setError({ field, message });
    fields.current.get(field)?.focus();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setRefusal(null);
    if (!category && !SLUG.test(slug.trim())) return refuse('slug', m.errors.slug);
    const missing = languages.find(({ locale }) => !names[locale].trim());
    if (missing) return refuse(`names.${missing.locale}`, m.errors.name(missing.name));
    setBusy(true);
    try {
      const name = names[languages[0]?.locale ?? 'de'].trim();
      if (category) {
        await session.call(UpdateCategoryMutation, { id: category.id, input: { names, active } });
        done(m.categorySaved(name));
      } else {
        await session.call(CreateCategoryMutation, { input: { slug: slug.trim(), names } });
        setSlug('');
        setNames(textsOf(null));
        done(m.categoryCreated(name));
      }
    } catch (caught) {
      const apiError = asApiError(caught);
      const field = apiError.field ?? '';
      if (apiError.code === 'CONFLICT' && field === 'slug') refuse('slug', m.errors.slugTaken);
      else if (apiError.code === 'BAD_USER_INPUT' && field === 'slug') refuse('slug', m.errors.slug);
      else if (apiError.code === 'BAD_USER_INPUT' && field.startsWith('names.')) refuse(field, m.errors.name(languageOf(field, languages)));
      else setRefusal(refusalOf(c, m, apiError));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="form-stack catalog-form" onSubmit={(event) => void submit(event)} noValidate aria-labelledby={titleId}>
      <h3 id={titleId}>{category ? m.editCategory(category.name) : m.newCategory}</h3>
      {category ? null : (
        <TextField
          ref={(element) => register('slug', element)}
          label={m.slug}
          hint={m.slugHint}
          value={slug}
          maxLength={60}
          spellCheck={false}
          autoCapitalize="none"
          onChange={(event) => setSlug(event.target.value)}
          error={error?.field === 'slug' ? error.message : undefined}
          errorTestId={`${prefix}-slug-error`}
        />
      )}
      <NameFields m={m} prefix={prefix} texts={names} onChange={(locale: Locale, value) => setNames((current) => ({ ...current, [locale]: value }))} error={error} register={register} />
      {category ? (
        <div className="field catalog-check">
          <label>
            <input type="checkbox" checked={active} onChange={(event) => setActive(event.target.checked)} aria-describedby={`${prefix}-active-hint`} /> {m.shownToCustomers}
          </label>
          <p className="field__hint" id={`${prefix}-active-hint`}>
            {m.shownHint}
          </p>
        </div>
      ) : null}
      {refusal ? (
        <p className="notice notice--error" role="alert">
          {refusal}
        </p>
      ) : null}
      <div className="button-row">
        <button className="button button--primary" type="submit" disabled={busy}>
          {busy ? m.saving : category ? m.save : m.createCategory}
        </button>
        {cancel ? (
          <button className="button button--secondary" type="button" onClick={cancel}>
            {m.cancel}
          </button>
        ) : null}
      </div>
    </form>
  );
}
