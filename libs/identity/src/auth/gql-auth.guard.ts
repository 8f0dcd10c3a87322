// The one guard in front of every resolver: applies @Public / @Roles / @PlatformAdminOnly to the
// principal. The GraphQL context normally authenticated the bearer token already (so bad tokens get
// HTTP 401); otherwise the guard verifies it with Passport itself. An operation with no access
// declaration is refused, so forgetting to declare access fails closed.
import { type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { AuthGuard } from '@nestjs/passport';
import { ForbiddenError, type TenantRole, UnauthenticatedError } from '@quartier/platform';
import { PLATFORM_ADMIN_KEY, PUBLIC_KEY, ROLES_KEY } from './auth.decorators.js';
import { type AuthenticatableRequest, toAuthenticationError } from './bearer-authenticator.js';

type GuardedRequest = AuthenticatableRequest;

@Injectable()
export class GqlAuthGuard extends AuthGuard('jwt') {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  override getRequest(context: ExecutionContext): GuardedRequest {
    return GqlExecutionContext.create(context).getContext<{ req: GuardedRequest }>().req;
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    // Plain HTTP routes (health, metrics, webhooks) carry their own checks.
    if (context.getType<'graphql' | 'http'>() !== 'graphql') return true;
    const request = this.getRequest(context);
    const targets = [context.getHandler(), context.getClass()];
    const isPublic = this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets) ?? false;
    const roles = this.reflector.getAllAndOverride<TenantRole[]>(ROLES_KEY, targets);
    const platformOnly = this.reflector.getAllAndOverride<boolean>(PLATFORM_ADMIN_KEY, targets) ?? false;

    if (request.quartierAuthenticated) {
      if (!request.user && !isPublic) throw new UnauthenticatedError();
    } else if (request.headers.authorization) {
      await super.canActivate(context);
    } else if (!isPublic) {
      throw new UnauthenticatedError();
    }
    if (isPublic) return true;

    const principal = request.user;
    if (!principal) throw new UnauthenticatedError();
    if (platformOnly) {
      if (principal.kind !== 'platform_admin') throw new ForbiddenError();
      return true;
    }
    if (!roles || roles.length === 0) throw new ForbiddenError('This operation declares no access');
    if (principal.kind !== 'user' || !roles.some((role) => principal.roles.includes(role))) {
      throw new ForbiddenError();
    }
    return true;
  }

  override handleRequest<T>(error: unknown, user: T, info: unknown): T {
    if (error || !user) throw toAuthenticationError(error, info);
    return user;
  }
}
