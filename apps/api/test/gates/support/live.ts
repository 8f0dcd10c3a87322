// Subscriptions in the gates. A probe's subscription is opened over graphql-ws as the caller on tenant
// A's host while its trigger publishes events: decoys aimed at the target, then one for the caller. The
// answer is what arrived, or the refusal, shaped like an HTTP answer so both gates judge it as usual:
// a refused connection keeps its code (the close reason is "<code>: <message>", the status 4401 → 401).
import { subscribeLive } from '../../live-client.js';
import type { GraphqlResponse, TestApi } from '../../test-api.js';
import type { Target } from '../probes/probe.js';

export interface LiveTriggerContext {
  api: TestApi;
  /** The tenant of the host the caller is connected to. */
  tenantId: string;
  /** The caller (the token's subject). */
  userId: string;
  /** What the probe aims at: tenant B, or random look-alikes. */
  aim: Target;
}

/**
 * Publishes one round of events: first any aimed elsewhere, last one for the caller. Returns a string
 * only the caller's event carries, so the transport knows when the round has arrived.
 */
export type LiveTrigger = (ctx: LiveTriggerContext) => Promise<string>;

/** How long an admitted subscription gets to show it is listening (no event at all is a gate failure). */
const LISTEN_DEADLINE_MS = 20_000;

function subjectOf(token: string): string {
  const claims = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as { sub?: unknown };
  if (typeof claims.sub !== 'string') throw new Error('The caller’s token names no subject');
  return claims.sub;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function callSubscription(
  api: TestApi,
  input: { host: string; query: string; variables?: Record<string, unknown>; token?: string; aim: Target; trigger: LiveTrigger },
): Promise<GraphqlResponse> {
  const subscription = subscribeLive(await api.liveUrl(), { host: input.host, token: input.token, query: input.query, variables: input.variables });
  try {
    await subscription.settled();
    const refused = (): GraphqlResponse | null => {
      const operationErrors = [...(subscription.errors ?? []), ...subscription.results.flatMap((result) => result.errors ?? [])];
      if (operationErrors.length > 0) return { status: 200, data: null, errors: operationErrors.map((error) => ({ message: error.message, extensions: error.extensions })) };
      if (subscription.closed && !subscription.connected) {
        const { code, reason } = subscription.closed;
        const [errorCode, ...message] = reason.split(': ');
        return { status: code >= 4000 && code < 5000 ? code - 4000 : 200, data: null, errors: [{ message: message.join(': ') || reason, extensions: { code: errorCode, closeCode: code } }] };
      }
      return null;
    };
    const early = refused();
    if (early) return early;

    const [row] = await api.db.ownerQuery<{ id: string }>(`select id from tenants where slug = $1`, [input.host]);
    if (!row || !input.token) throw new Error(`A subscription was admitted on ${input.host} without a tenant and a token`);
    const ctx: LiveTriggerContext = { api, tenantId: row.id, userId: subjectOf(input.token), aim: input.aim };
    const arrived = (markers: Set<string>) => subscription.results.some((result) => [...markers].some((marker) => JSON.stringify(result.data ?? null).includes(marker)));

    // graphql-ws does not confirm a subscription: rounds are published until one arrives ...
    const markers = new Set<string>();
    const deadline = Date.now() + LISTEN_DEADLINE_MS;
    while (!arrived(markers)) {
      const answer = refused();
      if (answer) return answer;
      if (subscription.closed || subscription.completed || Date.now() > deadline) {
        throw new Error(`The subscription was admitted but delivered nothing on ${input.host}: ${JSON.stringify(subscription.closed)}`);
      }
      markers.add(await input.trigger(ctx));
      await pause(150);
    }
    // ... then one whole round goes to a subscription known to listen: a decoy of it that leaked
    // arrives before the caller's own event (one Redis connection, one channel order).
    const last = new Set([await input.trigger(ctx)]);
    while (!arrived(last)) {
      const answer = refused();
      if (answer) return answer;
      if (subscription.closed || Date.now() > deadline) throw new Error(`The last round never arrived on ${input.host}`);
      await pause(50);
    }
    return refused() ?? { status: 200, data: { received: subscription.results.map((result) => result.data ?? null) } };
  } finally {
    await subscription.dispose();
  }
}
