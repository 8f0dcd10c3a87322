// Log in as a platform admin (/login), then back to the page asked for.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { TextField } from '../form-field';
import { ApiError } from '../graphql/client';
import { safeNext, useNav } from '../navigation';
import { usePlatformI18n } from './platform-i18n';
import { usePlatformSession } from './platform-session';
import { tenantsHref } from './routes';

export function PlatformLoginPage() {
  const { t } = usePlatformI18n();
  const session = usePlatformSession();
  const navigation = useNav();
  const requested = safeNext(navigation.url.searchParams.get('next'));
  const next = requested === '/' ? tenantsHref() : requested;
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const errorRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (session.account.status === 'signed-in') navigation.navigate(next, { replace: true });
  }, [session.account.status, navigation, next]);

  useEffect(() => {
    if (error) errorRef.current?.focus();
  }, [error]);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await session.logIn({ email: email.trim(), password });
    } catch (failure) {
      const code = failure instanceof ApiError ? failure.code : 'INTERNAL';
      setError(
        code === 'INVALID_CREDENTIALS' || code === 'UNAUTHENTICATED' || code === 'BAD_USER_INPUT'
          ? t.login.invalidCredentials
          : code === 'RATE_LIMITED'
            ? t.login.rateLimited
            : t.login.failed,
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="platform-login" aria-labelledby="platform-login-title">
      <h1 id="platform-login-title">{t.login.title}</h1>
      <p className="page-lead">{t.login.lead}</p>
      <form className="panel form-stack" onSubmit={submit} aria-busy={busy}>
        <TextField label={t.login.email} name="email" type="email" autoComplete="username" required value={email} onChange={(event) => setEmail(event.target.value)} />
        <TextField
          label={t.login.password}
          name="password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(event) => setPassword(event.target.value)}
        />
        {error ? (
          <p className="notice notice--error" role="alert" tabIndex={-1} ref={errorRef} data-testid="login-error">
            {error}
          </p>
        ) : null}
        <button className="button button--primary" type="submit" disabled={busy}>
          {busy ? t.login.submitting : t.login.submit}
        </button>
      </form>
    </section>
  );
}
