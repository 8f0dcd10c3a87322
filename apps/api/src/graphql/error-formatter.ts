// The one place errors become GraphQL errors: typed Quartier errors keep their code and safe
// details; anything unexpected is logged and answered as INTERNAL without a stack trace.
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { QuartierError } from '@quartier/platform';
import type { Logger } from 'pino';

const PASSTHROUGH_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'QUERY_TOO_COMPLEX',
  'TENANT_NOT_FOUND',
  'TENANT_SUSPENDED',
  // Raised while authenticating the bearer token, before any resolver (HTTP 401).
  'UNAUTHENTICATED',
  'TENANT_MISMATCH',
]);

/**
 * Apollo relabels every validation-rule error GRAPHQL_VALIDATION_FAILED; the depth and alias
 * limits are validation rules whose own code (QUERY_TOO_COMPLEX) clients must still see.
 */
function limitCode(error: unknown): string | undefined {
  const original = error instanceof GraphQLError ? error.originalError : undefined;
  return original instanceof GraphQLError && original.extensions?.code === 'QUERY_TOO_COMPLEX' ? 'QUERY_TOO_COMPLEX' : undefined;
}

export function createErrorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof QuartierError) {
      return {
        message: original.message,
        path: formatted.path,
        locations: formatted.locations,
        extensions: { code: original.code, ...original.details },
      };
    }
    const code = limitCode(error) ?? formatted.extensions?.code;
    if (typeof code === 'string' && PASSTHROUGH_CODES.has(code)) {
      const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions: { ...extensions, code } };
    }
    logger.error({ err: original }, 'unexpected error in GraphQL operation');
    return {
      message: 'Internal error',
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: 'INTERNAL' },
    };
  };
}
