// /helper/apply: a visitor creates a helper account (an applicant), a signed-in customer applies with
// the account they have; both go on to fill in the profile that starts the vetting.
import { useRef, useState, type FormEvent } from 'react';
import { TextField } from '../form-field';
import { ApiError, request } from '../graphql/client';
import { Link } from '../link';
import { loginHref, useNav } from '../navigation';
import { accountErrorsOf, type AccountFieldErrors } from '../session/account-errors';
import { useSession, type Viewer } from '../session/session';
import { useSite } from '../tenant/site';
import { errorText, useHelperTexts } from './helper-kit';
import { HelperBecomeHelperMutation, HelperSignUpMutation } from './operations';
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

/**
 * A signed-in customer applies with their account: the server adds the helper role. The access
 * token in memory was issued with the old roles, so the page loads afresh at the profile: the
 * session then renews its token and reads the viewer again, the helper role included.
 */
export function HelperApplyAsCustomer({ viewer }: { viewer: Viewer }) {
  const h = useHelperTexts();
  const { t } = useSite();
  const session = useSession();
  const [displayName, setDisplayName] = useState(viewer.displayName);
  const [errors, setErrors] = useState<{ displayName?: string; form?: string }>({});
  const [busy, setBusy] = useState(false);
  const nameField = useRef<HTMLInputElement>(null);
  const formError = useRef<HTMLParagraphElement>(null);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!displayName.trim()) {
      setErrors({ displayName: t.account.errors.required });
      nameField.current?.focus();
      return;
    }
    setBusy(true);
    setErrors({});
    try {
      await session.call(HelperBecomeHelperMutation, { input: { displayName: displayName.trim() } });
      window.location.assign(helperHref('profile'));
    } catch (error) {
      setBusy(false);
      if (error instanceof ApiError && error.code === 'BAD_USER_INPUT' && error.field === 'displayName') {
        setErrors({ displayName: h.apply.nameInvalid });
        nameField.current?.focus();
      } else {
        setErrors({ form: errorText(error, h) });
        requestAnimationFrame(() => formError.current?.focus());
      }
    }
  };

  return (
    <section className="account-form" aria-labelledby="helper-apply-title">
      <h1 id="helper-apply-title">{h.apply.title}</h1>
      <p className="page-lead">{h.apply.customerLead(viewer.email)}</p>
      <form className="panel form-stack" onSubmit={submit} noValidate aria-busy={busy}>
        <TextField
          ref={nameField}
          label={h.apply.name}
          name="displayName"
          autoComplete="name"
          hint={h.apply.nameHint}
          value={displayName}
          error={errors.displayName}
          errorTestId="display-name-error"
          onChange={(event) => {
            setDisplayName(event.target.value);
            setErrors({});
          }}
        />
        {errors.form ? (
          <p className="notice notice--error" role="alert" tabIndex={-1} ref={formError}>
            {errors.form}
          </p>
        ) : null}
        <button className="button button--primary" type="submit" disabled={busy}>
          {h.apply.customerSubmit}
        </button>
      </form>
    </section>
  );
}
