// The branding editor: the site's name, colors, font, logo and helper badge, with a live preview of the
// header and a button in the colors being edited. Saving stores a new branding version (updateBranding);
// the server's refusal of a field sits under that field, a refusal of the whole save above the button.
import { useRef, useState, type CSSProperties, type FormEvent } from 'react';
import { ApiError } from '../graphql/client';
import type { ConsoleBrandingQuery as BrandingResult } from '../graphql/generated/graphql';
import { TextField } from '../form-field';
import { useSession } from '../session/session';
import { applyTheme, themeProperties } from '../tenant/theme';
import { useRemote } from '../use-remote';
import { ConsoleBrandingQuery, UpdateBrandingMutation } from './console-operations';
import { LoadFailed } from './load-failed';
import type { ConsoleMessages } from './messages';

type BrandingForm = { displayName: string; primaryColor: string; accentColor: string; fontFamily: string; logoUrl: string; badgeName: string };
type FieldName = keyof BrandingForm;

const FIELDS: FieldName[] = ['displayName', 'primaryColor', 'accentColor', 'fontFamily', 'logoUrl', 'badgeName'];

function toForm(branding: BrandingResult['currentTenant']['branding']): BrandingForm {
  return { ...branding, logoUrl: branding.logoUrl ?? '', badgeName: branding.badgeName ?? '' };
}

function fieldOf(error: ApiError): FieldName | null {
  return (FIELDS as string[]).includes(error.field ?? '') ? (error.field as FieldName) : null;
}

function errorText(c: ConsoleMessages, field: FieldName): string {
  const errors = c.branding.errors;
  switch (field) {
    case 'primaryColor':
    case 'accentColor':
      return errors.color;
    case 'displayName':
      return errors.required;
    case 'logoUrl':
      return errors.url;
    case 'fontFamily':
      return errors.font;
    default:
      return errors.invalid;
  }
}

function Preview({ c, form }: { c: ConsoleMessages; form: BrandingForm }) {
  const style = themeProperties({ ...form, logoUrl: form.logoUrl || null }) as CSSProperties;
  return (
    <section className="branding-preview" aria-labelledby="branding-preview-title" style={style} data-testid="branding-preview">
      <h2 id="branding-preview-title">{c.branding.preview}</h2>
      <div className="branding-preview__frame">
        <div className="branding-preview__header" data-testid="preview-header">
          {form.logoUrl ? <img src={form.logoUrl} alt="" height={28} /> : null}
          <span className="branding-preview__name">{form.displayName}</span>
        </div>
        <div className="branding-preview__body">
          {form.badgeName ? <span className="badge">{form.badgeName}</span> : <span className="muted">{c.branding.previewBadge}</span>}
          <span className="button button--primary branding-preview__button">{c.branding.previewButton}</span>
        </div>
      </div>
    </section>
  );
}

function BrandingFields({ c, initial }: { c: ConsoleMessages; initial: BrandingForm }) {
  const session = useSession();
  const b = c.branding;
  const [form, setForm] = useState(initial);
  const [saving, setSaving] = useState(false);
  const [fieldError, setFieldError] = useState<FieldName | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [saved, setSaved] = useState<number | null>(null);
  const refs = useRef<Partial<Record<FieldName, HTMLInputElement | null>>>({});
  const refusalRef = useRef<HTMLParagraphElement>(null);

  const change = (field: FieldName) => (event: { target: { value: string } }) => {
    setForm((current) => ({ ...current, [field]: event.target.value }));
    setSaved(null);
    if (fieldError === field) setFieldError(null);
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    setFieldError(null);
    setRefusal(null);
    setSaved(null);
    try {
      const { updateBranding } = await session.call(UpdateBrandingMutation, {
        input: {
          displayName: form.displayName,
          primaryColor: form.primaryColor.trim(),
          accentColor: form.accentColor.trim(),
          fontFamily: form.fontFamily,
          logoUrl: form.logoUrl.trim() || null,
          badgeName: form.badgeName.trim() || null,
        },
      });
      setSaved(updateBranding.version);
      // The operator's own page takes the new colors at once; other pages on their next load.
      applyTheme({ ...form, logoUrl: form.logoUrl || null });
    } catch (error) {
      const apiError = error instanceof ApiError ? error : new ApiError('INTERNAL', 'Saving failed');
      const field = apiError.code === 'BAD_USER_INPUT' ? fieldOf(apiError) : null;
      if (field) {
        setFieldError(field);
        refs.current[field]?.focus();
      } else {
        setRefusal(apiError.code === 'FORBIDDEN' ? c.forbidden : apiError.code === 'BAD_USER_INPUT' ? b.errors.invalid : c.failed);
        requestAnimationFrame(() => refusalRef.current?.focus());
      }
    } finally {
      setSaving(false);
    }
  };

  const field = (name: FieldName, label: string, hint?: string, extra: { type?: string; autoComplete?: string } = {}) => (
    <TextField
      ref={(element) => {
        refs.current[name] = element;
      }}
      label={label}
      hint={hint}
      value={form[name]}
      onChange={change(name)}
      error={fieldError === name ? errorText(c, name) : undefined}
      errorTestId={`${name}-error`}
      spellCheck={false}
      {...extra}
    />
  );

  return (
    <div className="branding-editor">
      <form className="form-stack" onSubmit={(event) => void save(event)} noValidate>
        {field('displayName', b.displayName)}
        <div className="branding-editor__colors">
          {field('primaryColor', b.primaryColor, b.colorHint)}
          {field('accentColor', b.accentColor, b.colorHint)}
        </div>
        {field('fontFamily', b.fontFamily, b.fontHint)}
        {field('logoUrl', b.logoUrl, b.logoHint, { type: 'url' })}
        {field('badgeName', b.badgeName, b.badgeHint)}
        {refusal ? (
          <p className="notice notice--error" role="alert" tabIndex={-1} ref={refusalRef} data-testid="branding-refusal">
            {refusal}
          </p>
        ) : null}
        {saved !== null ? (
          <p className="notice console-saved" role="status" data-testid="branding-saved">
            {b.saved(saved)} {b.reloadHint}
          </p>
        ) : null}
        <button className="button button--primary" type="submit" disabled={saving}>
          {saving ? b.saving : b.save}
        </button>
      </form>
      <Preview c={c} form={form} />
    </div>
  );
}

export function BrandingEditor({ c }: { c: ConsoleMessages }) {
  const session = useSession();
  const [remote, reload] = useRemote('branding', (signal) => session.call(ConsoleBrandingQuery, {}, { signal }));
  return (
    <section aria-labelledby="console-branding-title">
      <h1 id="console-branding-title">{c.branding.title}</h1>
      <p className="page-lead muted">{c.branding.lead}</p>
      {remote.status === 'loading' ? (
        <p className="muted" role="status">
          {c.branding.loading}
        </p>
      ) : remote.status === 'failed' ? (
        <LoadFailed c={c} error={remote.error} retry={reload} />
      ) : (
        <BrandingFields c={c} initial={toForm(remote.data.currentTenant.branding)} />
      )}
    </section>
  );
}
