// The server's typed answers to log-in and sign-up, as texts under the field they concern.
import { ApiError } from '../graphql/client';
import type { Messages } from '../i18n/messages';

export interface AccountFieldErrors {
  displayName?: string;
  email?: string;
  password?: string;
  /** About no field: too many attempts, the server unreachable. */
  form?: string;
}

export function accountErrorsOf(error: unknown, t: Messages): AccountFieldErrors {
  const texts = t.account.errors;
  if (!(error instanceof ApiError)) return { form: texts.failed };
  switch (error.code) {
    case 'INVALID_CREDENTIALS':
      return { password: texts.invalidCredentials };
    case 'CONFLICT':
      return error.field === 'email' ? { email: texts.emailTaken } : { form: texts.failed };
    case 'BAD_USER_INPUT':
      if (error.field === 'email') return { email: texts.emailInvalid };
      if (error.field === 'password') return { password: texts.passwordWeak };
      if (error.field === 'displayName') return { displayName: texts.nameInvalid };
      return { form: texts.failed };
    case 'RATE_LIMITED':
      return { form: texts.rateLimited };
    default:
      return { form: texts.failed };
  }
}
