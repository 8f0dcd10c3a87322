// `@Ctx()` gives a resolver the RequestContext of its request: the host's tenant, the verified
// principal, its roles, the negotiated locale and the request id.
import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { RequestContext } from '@quartier/platform';
import type { AuthenticatedPrincipal } from './token-claims.js';

export interface GraphqlRequest {
  id: string;
  headers: Record<string, string | string[] | undefined>;
  /** Client address as Fastify resolved it (honours trustProxy). */
  ip?: string;
  user?: AuthenticatedPrincipal;
  quartierAuthenticated?: boolean;
  quartierEndpoint?: 'tenant' | 'platform';
  quartierTenantId?: string;
  quartierLocales?: string[];
  quartierDefaultLocale?: string;
  quartierContext?: RequestContext;
}

function negotiateLocale(header: string | string[] | undefined, locales: string[], fallback: string): string {
  const value = Array.isArray(header) ? header.join(',') : (header ?? '');
  const wanted = value
    .split(',')
    .map((part) => {
      const [tag, q] = part.trim().split(';q=');
      return { language: tag.toLowerCase().split('-')[0], q: q === undefined ? 1 : Number(q) };
    })
    .filter((entry) => entry.language && !Number.isNaN(entry.q))
    .sort((a, b) => b.q - a.q);
  return wanted.find((entry) => locales.includes(entry.language))?.language ?? fallback;
}

export function contextFromRequest(request: GraphqlRequest): RequestContext {
  if (request.quartierContext) return request.quartierContext;
  const principal = request.user;
  const locales = request.quartierLocales ?? ['en'];
  const locale = negotiateLocale(request.headers['accept-language'], locales, request.quartierDefaultLocale ?? locales[0]);
  const ctx = RequestContext.create({
    tenantId: request.quartierTenantId ?? null,
    actor:
      principal?.kind === 'user'
        ? { kind: 'user', userId: principal.userId, sessionId: principal.sessionId }
        : principal?.kind === 'platform_admin'
          ? { kind: 'platform_admin', adminId: principal.adminId }
          : { kind: 'anonymous' },
    roles: principal?.kind === 'user' ? principal.roles : [],
    locale,
    requestId: request.id,
  });
  request.quartierContext = ctx;
  return ctx;
}

export const Ctx = createParamDecorator((_data: unknown, execution: ExecutionContext): RequestContext => {
  return contextFromRequest(requestOf(execution));
});

function requestOf(execution: ExecutionContext): GraphqlRequest {
  return GqlExecutionContext.create(execution).getContext<{ req: GraphqlRequest }>().req;
}

/** The client's IP address, for rate limits. */
export const ClientIp = createParamDecorator((_data: unknown, execution: ExecutionContext): string => requestOf(execution).ip ?? 'unknown');

/** The session id of the verified access token (user or platform admin); null when anonymous. */
export const SessionId = createParamDecorator(
  (_data: unknown, execution: ExecutionContext): string | null => requestOf(execution).user?.sessionId ?? null,
);
