// The operations both GraphQL endpoints serve (queries, mutations and subscriptions), read from the
// running API by introspection (on outside production), so the gates cover whatever the schema holds today.
import type { TestApi } from '../../test-api.js';
import type { Endpoint } from '../probes/probe.js';

const ROOT_FIELDS = `{ __schema {
  queryType { name fields { name } }
  mutationType { name fields { name } }
  subscriptionType { name fields { name } }
} }`;

interface RootType {
  name: string;
  fields: { name: string }[];
}

export async function liveOperations(api: TestApi, tenantHost: string): Promise<{ endpoint: Endpoint; field: string }[]> {
  const operations: { endpoint: Endpoint; field: string }[] = [];
  for (const endpoint of ['tenant', 'platform'] as const) {
    const call = { query: ROOT_FIELDS };
    const response = endpoint === 'tenant' ? await api.graphql({ ...call, host: tenantHost }) : await api.platformGraphql(call);
    const schema = (response.data as { __schema?: { queryType: RootType | null; mutationType: RootType | null; subscriptionType: RootType | null } } | null)?.__schema;
    if (!schema) throw new Error(`Introspection of the ${endpoint} endpoint failed: ${JSON.stringify(response.errors)}`);
    for (const [kind, root] of [['Query', schema.queryType], ['Mutation', schema.mutationType], ['Subscription', schema.subscriptionType]] as const) {
      for (const field of root?.fields ?? []) operations.push({ endpoint, field: `${kind}.${field.name}` });
    }
  }
  return operations;
}
