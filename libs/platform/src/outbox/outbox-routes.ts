// Which work an outbox event becomes. Domain libs export their route maps; the worker merges them.
// An event may feed several consumers (a completed job is captured by payments and told to the
// customer by notifications), each at most once.
import type { OutboxJobData } from '../queue/queue-contracts.js';
import type { QueueDefinition } from '../queue/queue-definition.js';

/** The event becomes a BullMQ job of `queue`, with the event id as job id. */
export interface QueueRoute {
  readonly queue: QueueDefinition<never>;
  readonly name: string;
}

/**
 * The event becomes a row of a Postgres inbox table (`tenant_id`, `event_id`, `created_at`), written
 * in the relay's transaction: for consumers that must survive Redis losing its data, and that feed
 * the queue themselves at their own pace (notifications, fair across tenants).
 */
export interface InboxRoute {
  readonly inbox: string;
}

export type OutboxRoute = QueueRoute | InboxRoute;

/** Event type → its one route, as a domain lib declares it. */
export type OutboxRoutes = Readonly<Record<string, OutboxRoute>>;

/** Event type → every route, as the relay reads it. */
export type OutboxRouteTable = Readonly<Record<string, OutboxRoute | readonly OutboxRoute[]>>;

/** A route to a job whose data is the standard outbox job data. */
export function routeTo<J extends { name: string; data: OutboxJobData }>(queue: QueueDefinition<J>, name: J['name']): QueueRoute {
  if (!(name in queue.jobs)) throw new Error(`Queue ${queue.name} has no job type ${name}`);
  return Object.freeze({ queue: queue as unknown as QueueDefinition<never>, name });
}

export function routeToInbox(table: string): InboxRoute {
  if (!/^[a-z][a-z0-9_]*$/.test(table)) throw new Error(`Inbox table "${table}" must be a plain snake_case name`);
  return Object.freeze({ inbox: table });
}

export function isInboxRoute(route: OutboxRoute): route is InboxRoute {
  return 'inbox' in route;
}

/** Where a route delivers; two routes of one event to the same place are a wiring mistake. */
function destinationOf(route: OutboxRoute): string {
  return isInboxRoute(route) ? `inbox:${route.inbox}` : `queue:${route.queue.name}`;
}

/** The routes of one event type, whichever form the table holds. */
export function routesOf(table: OutboxRouteTable, type: string): readonly OutboxRoute[] {
  const routes = table[type];
  if (!routes) return [];
  return Array.isArray(routes) ? routes : [routes as OutboxRoute];
}

/** Merges route maps; an event type sent twice to the same queue or inbox stops the process. */
export function mergeOutboxRoutes(...maps: OutboxRoutes[]): OutboxRouteTable {
  const merged: Record<string, OutboxRoute[]> = {};
  for (const map of maps) {
    for (const [type, route] of Object.entries(map)) {
      const routes = (merged[type] ??= []);
      if (routes.some((existing) => destinationOf(existing) === destinationOf(route))) {
        throw new Error(`Outbox event type ${type} is routed twice to ${destinationOf(route)}`);
      }
      routes.push(route);
    }
  }
  return Object.freeze(Object.fromEntries(Object.entries(merged).map(([type, routes]) => [type, Object.freeze(routes)])));
}
