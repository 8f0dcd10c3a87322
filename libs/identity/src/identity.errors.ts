// Expected failures of sign-in and sessions, with the stable codes clients branch on.
import { QuartierError } from '@quartier/platform';

/** Same answer for an unknown email, a wrong password and a disabled account. */
export class InvalidCredentialsError extends QuartierError {
  readonly code = 'INVALID_CREDENTIALS';
  constructor() {
    super('Email or password is incorrect');
  }
}

/**
 * A refresh token that was already used came back: its whole family has been revoked by the time
 * this reaches the client. Revoked, expired or unknown tokens answer UNAUTHENTICATED instead.
 */
export class TokenReusedError extends QuartierError {
  readonly code = 'TOKEN_REUSED';
  constructor(message = 'This session is no longer valid; sign in again') {
    super(message);
  }
}
