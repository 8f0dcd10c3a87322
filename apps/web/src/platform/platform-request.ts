// The platform console's transport: the site's own (src/graphql/client.ts) pointed at /platform/graphql.
import { request, type RequestOptions } from '../graphql/client';
import type { TypedDocumentString as SiteDocument } from '../graphql/generated/graphql';
import type { TypedDocumentString } from './generated/graphql';

export const PLATFORM_ENDPOINT = '/platform/graphql';

export function platformRequest<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  options: Omit<RequestOptions, 'endpoint'> = {},
): Promise<TResult> {
  // Both generated document classes are the same string wrapper; only the schema they were checked against differs.
  return request(document as unknown as SiteDocument<TResult, TVariables>, variables, { ...options, endpoint: PLATFORM_ENDPOINT });
}
