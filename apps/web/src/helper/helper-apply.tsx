// /helper/apply: a visitor creates a helper account (an applicant) and goes on to fill in the profile
// that starts the vetting.
import { useRef, useState, type FormEvent } from 'react';
import { TextField } from '../form-field';
import { request } from '../graphql/client';
import { Link } from '../link';
import { loginHref, useNav } from '../navigation';
import { accountErrorsOf, type AccountFieldErrors } from '../session/account-errors';
import { useSession } from '../session/session';
import { useSite } from '../tenant/site';
import { useHelperTexts } from './helper-kit';
import { HelperSignUpMutation } from './operations';
import { helperHref } from './routes';

type Field = 'displayName' | 'email' | 'password';
const FIELDS: Field[] = ['displayName', 'email', 'password'];

export function HelperApply() {
  const h = useHelperTexts();
  const { t, locale } = useSite();
  const session = useSession();
  const navigation = useNav();
  const [values, setValues] = useState({ displayName: '', email: '', password: '' });
  const [errors, setErrors] = useState<AccountFieldErrors>({});
  const [busy, setBusy] = useState(false);
  const refs = { displayName: useRef<HTMLInputElement>(null), email: useRef<HTMLInputElement>(null), password: useRef<HTMLInputElement>(null) };
  const formError = useRef<HTMLParagraphElement>(null);

  const show = (found: AccountFieldErrors) => {
    setErrors(found);
    const first = FIELDS.find((field) => found[field]);
    if (first) refs[first].current?.focus();
    else formError.current?.focus();
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const missing: AccountFieldErrors = {};
    for (const field of FIELDS) if (!values[field].trim()) missing[field] = t.account.errors.required;
    if (Object.keys(missing).length > 0) return show(missing);
    setBusy(true);
    setErrors({});
    try {
      const input = { displayName: values.displayName.trim(), email: values.email.trim(), password: values.password };
      await request(HelperSignUpMutation, { ...input, locale }, { locale });
      // The session starts the way every log-in does, so its tokens are kept and renewed alike.
      await session.logIn({ email: input.email, password: input.password });
      navigation.navigate(helperHref('profile'), { replace: true });
    } catch (error) {
      show(accountErrorsOf(error, t));
    } finally {
      setBusy(false);
    }
  };

  const change = (field: Field) => (event: { target: { value: string } }) => {
    setValues((current) => ({ ...current, [field]: event.target.value }));
    setErrors((current) => ({ ...current, [field]: undefined, form: undefined }));
  };

  return (
    <section className="account-form" aria-labelledby="helper-apply-title">
      <h1 id="helper-apply-title">{h.apply.title}</h1>
      <p className="page-lead">{h.apply.lead}</p>
      <form className="panel form-stack" onSubmit={submit} noValidate aria-busy={busy}>
        <TextField ref={refs.displayName} label={h.apply.name} name="displayName" autoComplete="name" value={values.displayName} error={errors.displayName} errorTestId="display-name-error" onChange={change('displayName')} />
        <TextField ref={refs.email} label={h.apply.email} name="email" type="email" autoComplete="email" value={values.email} error={errors.email} errorTestId="email-error" onChange={change('email')} />
        <TextField
          ref={refs.password}
          label={h.apply.password}
          name="password"
          type="password"
          autoComplete="new-password"
          hint={h.apply.passwordHint}
          value={values.password}
          error={errors.password}
          errorTestId="password-error"
          onChange={change('password')}
        />
        {errors.form ? (
          <p className="notice notice--error" role="alert" tabIndex={-1} ref={formError}>
            {errors.form}
          </p>
        ) : null}
        <button className="button button--primary" type="submit" disabled={busy}>
          {h.apply.submit}
        </button>
      </form>
      <p className="account-form__switch">
        <Link href={loginHref(helperHref('home'))}>{h.apply.haveAccount}</Link>
      </p>
    </section>
  );
}
