// Who may use the rewards API: helpers for their own points, operators for every helper's.
import { ForbiddenError, type RequestContext, userIdOf } from '@quartier/platform';

export function helperCaller(ctx: RequestContext): string {
  const userId = userIdOf(ctx);
  if (!ctx.hasRole('helper')) throw new ForbiddenError();
  return userId;
}

export function operatorCaller(ctx: RequestContext): string {
  const userId = userIdOf(ctx);
  if (!ctx.hasRole('operator_admin', 'operator_agent')) throw new ForbiddenError();
  return userId;
}
