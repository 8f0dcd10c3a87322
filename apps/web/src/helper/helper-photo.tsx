// The helper's photo and languages on /helper/profile (updateMyHelperProfile): the photo is an
// http(s) address customers' browsers load, previewed here as they will see it; languages are ISO
// 639-1 codes, offered by name in the reader's locale.
import { useMemo, useRef, useState, type FormEvent } from 'react';
import { TextField } from '../form-field';
import { ApiError } from '../graphql/client';
import { browserLanguages, formattingTag } from '../i18n/locale';
import { useSession } from '../session/session';
import { useSite } from '../tenant/site';
import { errorText, useHelperTexts } from './helper-kit';
import { languageChoices, MAX_LANGUAGES } from './languages';
import { HelperUpdateProfileMutation } from './operations';

type Errors = Partial<Record<'photoUrl' | 'languages' | 'form', string>>;

/** Only an address the server would keep is previewed: anything else is not loaded at all. */
const looksLikePhoto = (text: string) => /^https?:\/\/\S+$/i.test(text.trim());

export function PhotoForm({ photoUrl, languages, onSaved }: { photoUrl: string | null; languages: string[]; onSaved: () => void }) {
  const h = useHelperTexts();
  const p = h.profile;
  const { locale } = useSite();
  const session = useSession();
  const tag = formattingTag(locale, browserLanguages());
  const [address, setAddress] = useState(photoUrl ?? '');
  const [chosen, setChosen] = useState<string[]>(languages);
  const [preview, setPreview] = useState<{ url: string; broken: boolean }>({ url: photoUrl ?? '', broken: false });
  const [errors, setErrors] = useState<Errors>({});
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const addressRef = useRef<HTMLInputElement>(null);
  const languagesRef = useRef<HTMLFieldSetElement>(null);
  // The list is fixed when the page opens: ticking a box must not move the others around.
  const choices = useMemo(() => languageChoices(languages, tag), [languages, tag]);

  const save = async (changes: { photoUrl: string | null; languages?: string[] }) => {
    setBusy(true);
    setErrors({});
    setSaved(false);
    try {
      await session.call(HelperUpdateProfileMutation, { input: changes });
      setSaved(true);
      setPreview({ url: changes.photoUrl ?? '', broken: false });
      onSaved();
    } catch (error) {
      const field = error instanceof ApiError ? (error.field ?? '') : '';
      const text = errorText(error, h);
      if (field === 'photoUrl') {
        setErrors({ photoUrl: text });
        addressRef.current?.focus();
      } else if (field.startsWith('languages')) {
        setErrors({ languages: text });
        languagesRef.current?.focus();
      } else setErrors({ form: text });
    } finally {
      setBusy(false);
    }
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (chosen.length > MAX_LANGUAGES) {
      setErrors({ languages: p.tooManyLanguages(MAX_LANGUAGES) });
      languagesRef.current?.focus();
      return;
    }
    void save({ photoUrl: address.trim() || null, languages: chosen });
  };

  const toggle = (code: string, on: boolean) => {
    setChosen((before) => (on ? [...before, code] : before.filter((item) => item !== code)));
    setErrors((before) => ({ ...before, languages: undefined }));
    setSaved(false);
  };

  const shown = looksLikePhoto(preview.url) && !preview.broken ? preview.url : null;
  return (
    <form className="panel form-stack" onSubmit={submit} noValidate aria-labelledby="profile-photo-title" aria-busy={busy}>
      <h2 id="profile-photo-title">{p.photoTitle}</h2>
      <div className="helper-photo">
        {shown ? (
          <img className="avatar" src={shown} alt={p.photoPreview} width={64} height={64} data-testid="photo-preview" onError={() => setPreview((before) => ({ ...before, broken: true }))} />
        ) : null}
        <TextField
          ref={addressRef}
          label={p.photoUrl}
          type="url"
          inputMode="url"
          autoComplete="photo"
          hint={p.photoHint}
          value={address}
          error={errors.photoUrl}
          errorTestId="photo-url-error"
          onChange={(event) => {
            setAddress(event.target.value);
            setErrors((before) => ({ ...before, photoUrl: undefined }));
            setSaved(false);
          }}
          onBlur={() => setPreview({ url: address.trim(), broken: false })}
        />
      </div>
      {photoUrl || address ? (
        <button
          className="button button--secondary"
          type="button"
          disabled={busy}
          onClick={() => {
            setAddress('');
            void save({ photoUrl: null });
          }}
        >
          {p.removePhoto}
        </button>
      ) : null}
      <fieldset
        className="helper-day"
        ref={languagesRef}
        tabIndex={-1}
        aria-describedby={errors.languages ? 'profile-languages-error' : 'profile-languages-hint'}
      >
        <legend>{p.languages}</legend>
        <p className="field__hint" id="profile-languages-hint">
          {p.languagesHint(MAX_LANGUAGES)}
        </p>
        <ul className="helper-languages">
          {choices.map((choice) => (
            <li key={choice.code}>
              <label className="helper-check">
                <input type="checkbox" value={choice.code} checked={chosen.includes(choice.code)} onChange={(event) => toggle(choice.code, event.target.checked)} />
                {choice.name}
              </label>
            </li>
          ))}
        </ul>
        {errors.languages ? (
          <p className="field__error" id="profile-languages-error" data-testid="languages-error">
            {errors.languages}
          </p>
        ) : null}
      </fieldset>
      {errors.form ? (
        <p className="notice notice--error" role="alert">
          {errors.form}
        </p>
      ) : null}
      <button className="button button--primary" type="submit" disabled={busy}>
        {p.savePhoto}
      </button>
      <p className="muted" role="status">
        {saved ? p.saved : ''}
      </p>
    </form>
  );
}
