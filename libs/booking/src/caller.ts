// Whether the caller operates the site: operators read and act on every request of it.
import type { RequestContext } from '@quartier/platform';

export const isOperator = (ctx: RequestContext): boolean => ctx.hasRole('operator_admin', 'operator_agent');
