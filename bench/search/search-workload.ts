// What the search benchmark asks: random tenants, postal codes and services of a dataset drawn from
// a fixed seed, so the GraphQL path and the bare path answer the very same list of searches. A
// quarter of them ask for a time window, which makes search read availability in batches.
import type { DatasetTenant } from './search-dataset.js';

export const SEARCH_QUERY = `query Search($postalCode: String!, $serviceId: ID!, $window: SearchWindowInput) {
  searchHelpers(postalCode: $postalCode, serviceId: $serviceId, window: $window) {
    edges { cursor node { helper { id displayName photoUrl badgeName } distanceKm pricingMode priceMinor currency rating reviewCount nextFreeSlot score } }
    pageInfo { hasNextPage endCursor }
  }
}`;

export interface SearchRequest {
  host: string;
  /** The JSON body, identical for both paths. */
  body: string;
  windowed: boolean;
}

/** mulberry32: small, fast, and the same sequence on every machine for a seed. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const DAY_MS = 86_400_000;
const WINDOWED_SHARE = 0.25;

/** `count` searches; windows fall on the next six days (UTC morning, inside the 14-day horizon). */
export function buildWorkload(tenants: DatasetTenant[], input: { seed: number; count: number; today: Date }): SearchRequest[] {
  const random = seeded(input.seed);
  const pick = <T>(values: T[]): T => values[Math.floor(random() * values.length)];
  const requests: SearchRequest[] = [];
  for (let index = 0; index < input.count; index++) {
    const tenant = pick(tenants);
    const variables: Record<string, unknown> = { postalCode: pick(tenant.postalCodes), serviceId: pick(tenant.serviceIds) };
    const windowed = random() < WINDOWED_SHARE;
    if (windowed) {
      const date = new Date(input.today.getTime() + (1 + Math.floor(random() * 6)) * DAY_MS).toISOString().slice(0, 10);
      variables.window = { from: `${date}T07:00:00Z`, to: `${date}T11:00:00Z` };
    }
    requests.push({ host: `${tenant.slug}.localhost`, body: JSON.stringify({ query: SEARCH_QUERY, variables }), windowed });
  }
  return requests;
}
