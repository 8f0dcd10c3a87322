// The web app's GraphQL transport: one POST per operation with fetch, typed by the generated
// documents. Every failure becomes an ApiError with the server's stable code and, for validation,
// the input field it names, so forms can show it next to that field; nothing raw reaches the page.
// The sites and the platform console share it; only the endpoint differs.

/** The server's `extensions.code` values the site handles, plus the transport's own. */
export type ApiErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'TENANT_NOT_FOUND'
  | 'TENANT_SUSPENDED'
  | 'QUERY_TOO_COMPLEX'
  | 'INTERNAL'
  | 'INVALID_CREDENTIALS'
  /** A refresh token came back after it was used: the server ended that session. */
  | 'TOKEN_REUSED'
  /** No answer, or one that is not GraphQL (network down, proxy error page). */
  | 'NETWORK';

export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode | (string & {}),
    message: string,
    /** The input field a validation error names (e.g. `postalCode`), else null. */
    readonly field: string | null = null,
    /** A conflict's stable reason (e.g. `ALREADY_TAKEN`, `TOO_EARLY`, `SLOT_TAKEN`), else null. */
    readonly detail: string | null = null,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/**
 * A generated document of either schema (the sites' in ./generated, the platform's in
 * ../platform/generated): its text, typed by its result and variables. Each codegen target emits its
 * own document class, so the transport asks only for what both have.
 */
export interface GraphqlDocument<TResult, TVariables> {
  toString(): string;
  __apiType?: (variables: TVariables) => TResult;
}

/** The sites' API; the platform console passes its own. */
export const SITE_ENDPOINT = '/graphql';

interface GraphqlErrorBody {
  message?: string;
  extensions?: { code?: unknown; field?: unknown; detail?: unknown };
}

interface GraphqlBody<T> {
  data?: T | null;
  errors?: GraphqlErrorBody[];
}

export interface RequestOptions {
  /** Sent as Accept-Language: the server answers names and messages in this locale. */
  locale?: string;
  signal?: AbortSignal;
  endpoint?: string;
  /** The signed-in account's access token, sent as a bearer token. */
  token?: string;
}

function toApiError(error: GraphqlErrorBody | undefined): ApiError {
  const code = typeof error?.extensions?.code === 'string' ? error.extensions.code : 'INTERNAL';
  const field = typeof error?.extensions?.field === 'string' ? error.extensions.field : null;
  const detail = typeof error?.extensions?.detail === 'string' ? error.extensions.detail : null;
  return new ApiError(code, error?.message ?? 'The request failed', field, detail);
}

export async function request<TResult, TVariables>(
  document: GraphqlDocument<TResult, TVariables>,
  variables: TVariables,
  options: RequestOptions = {},
): Promise<TResult> {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' };
  if (options.locale) headers['accept-language'] = options.locale;
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  let response: Response;
  try {
    response = await fetch(options.endpoint ?? SITE_ENDPOINT, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query: document.toString(), variables }),
      signal: options.signal,
      credentials: 'same-origin',
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError('NETWORK', 'The server could not be reached');
  }
  let body: GraphqlBody<TResult>;
  try {
    body = (await response.json()) as GraphqlBody<TResult>;
  } catch {
    throw new ApiError('NETWORK', `The server answered ${response.status} without GraphQL`);
  }
  if (body.errors?.length) throw toApiError(body.errors[0]);
  if (!body.data) throw new ApiError('INTERNAL', 'The server answered without data');
  return body.data;
}
