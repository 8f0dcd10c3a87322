// Log in (/login) and sign up (/signup) as a customer. Both come back to `next`, the page the
// customer was on with its state (the chosen helper, service and slot), once signed in.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { TextField } from '../form-field';
import { Link } from '../link';
import { loginHref, safeNext, useNav } from '../navigation';
import { useSite } from '../tenant/site';
import { accountErrorsOf, type AccountFieldErrors } from './account-errors';
import { useSession } from './session';

type Field = 'displayName' | 'email' | 'password';

export function AccountForm({ mode }: { mode: 'login' | 'signup' }) {
  const { t, tenant } = useSite();
  const texts = t.account;
  const session = useSession();
  const navigation = useNav();
  const next = safeNext(navigation.url.searchParams.get('next'));
  const [values, setValues] = useState({ displayName: '', email: '', password: '' });
  const [errors, setErrors] = useState<AccountFieldErrors>({});
  const [busy, setBusy] = useState(false);
  const refs = { displayName: useRef<HTMLInputElement>(null), email: useRef<HTMLInputElement>(null), password: useRef<HTMLInputElement>(null) };
  const formError = useRef<HTMLParagraphElement>(null);

  // Signed in already (or just now): back to where the customer was.
  useEffect(() => {
    if (session.account.status === 'signed-in') navigation.navigate(next, { replace: true });
  }, [session.account.status, navigation, next]);

  useEffect(() => {
    document.title = `${mode === 'login' ? texts.loginTitle : texts.signupTitle} – ${tenant.branding.displayName}`;
  }, [mode, texts, tenant]);

  const fields: Field[] = mode === 'signup' ? ['displayName', 'email', 'password'] : ['email', 'password'];

  const show = (found: AccountFieldErrors) => {
    setErrors(found);
    const first = fields.find((field) => found[field]);
    if (first) refs[first].current?.focus();
    else formError.current?.focus();
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const missing: AccountFieldErrors = {};
    for (const field of fields) if (!values[field].trim()) missing[field] = texts.errors.required;
    if (Object.keys(missing).length > 0) return show(missing);
    setBusy(true);
    setErrors({});
    try {
      if (mode === 'login') await session.logIn({ email: values.email.trim(), password: values.password });
      else await session.signUp({ displayName: values.displayName.trim(), email: values.email.trim(), password: values.password });
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
    <section className="account-form" aria-labelledby="account-title">
      <h1 id="account-title">{mode === 'login' ? texts.loginTitle : texts.signupTitle}</h1>
      {next !== '/' ? <p className="page-lead">{texts.continueAfter}</p> : null}
      <form className="panel form-stack" onSubmit={submit} noValidate aria-busy={busy}>
        {mode === 'signup' ? (
          <TextField ref={refs.displayName} label={texts.displayName} name="displayName" autoComplete="name" value={values.displayName} error={errors.displayName} errorTestId="display-name-error" onChange={change('displayName')} />
        ) : null}
        <TextField ref={refs.email} label={texts.email} name="email" type="email" autoComplete="email" value={values.email} error={errors.email} errorTestId="email-error" onChange={change('email')} />
        <TextField
          ref={refs.password}
          label={texts.password}
          name="password"
          type="password"
          autoComplete={mode === 'login' ? 'current-password' : 'new-password'}
          hint={mode === 'signup' ? texts.passwordHint : undefined}
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
          {busy ? texts.working : mode === 'login' ? texts.logIn : texts.createAccount}
        </button>
      </form>
      <p className="account-form__switch">
        {mode === 'login' ? texts.noAccount : texts.haveAccount}{' '}
        <Link href={loginHref(next, mode === 'login' ? 'signup' : 'login')}>{mode === 'login' ? texts.createAccount : texts.logIn}</Link>
      </p>
    </section>
  );
}
