// Authenticates a request's bearer token with the Passport `jwt` strategy before GraphQL runs, so a
// bad token ends the request with HTTP 401 instead of a 200 carrying an error. The guard then only
// applies @Public / @Roles / @PlatformAdminOnly to the principal found here.
import { Injectable } from '@nestjs/common';
import passport from 'passport';
import { QuartierError, UnauthenticatedError } from '@quartier/platform';
import { JwtStrategy } from './jwt.strategy.js';
import type { AuthenticatedPrincipal } from './token-claims.js';

export interface AuthenticatableRequest {
  headers: Record<string, string | string[] | undefined>;
  user?: AuthenticatedPrincipal;
  /** Set once the bearer token (if any) has been checked for this request. */
  quartierAuthenticated?: boolean;
}

export function toAuthenticationError(error: unknown, info: unknown): QuartierError {
  if (error instanceof QuartierError) return error;
  const reason = info instanceof Error && info.name === 'TokenExpiredError' ? 'Token expired' : 'Invalid token';
  return new UnauthenticatedError(reason);
}

@Injectable()
export class BearerAuthenticator {
  // Depending on the strategy guarantees it is registered with Passport before first use.
  constructor(readonly strategy: JwtStrategy) {}

  /** Sets `request.user` when a valid token is sent; throws a typed 401 error when it is not. */
  async authenticate(request: AuthenticatableRequest): Promise<void> {
    if (!request.headers.authorization) {
      request.quartierAuthenticated = true;
      return;
    }
    const principal = await new Promise<AuthenticatedPrincipal>((resolve, reject) => {
      const handler = passport.authenticate('jwt', { session: false }, (error: unknown, user: AuthenticatedPrincipal | false, info: unknown) => {
        if (error || !user) reject(toAuthenticationError(error, info));
        else resolve(user);
      }) as (req: unknown, res: unknown, next: (error?: unknown) => void) => void;
      handler(request, {}, (error) => reject(toAuthenticationError(error, undefined)));
    });
    request.user = principal;
    request.quartierAuthenticated = true;
  }
}
