// The signed-in user behind a context, for services that act for a user of the tenant.
import { UnauthenticatedError } from '../errors/errors.js';
import type { RequestContext } from './request-context.js';

/** The calling user's id; a context without a signed-in user is UNAUTHENTICATED. */
export function userIdOf(ctx: RequestContext): string {
  if (ctx.actor.kind !== 'user') throw new UnauthenticatedError();
  return ctx.actor.userId;
}
