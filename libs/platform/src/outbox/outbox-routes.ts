// Which job an outbox event becomes. Domain libs export their route maps; the worker merges them.
import type { OutboxJobData } from '../queue/queue-contracts.js';
import type { QueueDefinition } from '../queue/queue-definition.js';

export interface OutboxRoute {
  readonly queue: QueueDefinition<never>;
  readonly name: string;
}

/** Event type → job. */
export type OutboxRoutes = Readonly<Record<string, OutboxRoute>>;

/** A route to a job whose data is the standard outbox job data. */
export function routeTo<J extends { name: string; data: OutboxJobData }>(queue: QueueDefinition<J>, name: J['name']): OutboxRoute {
  if (!(name in queue.jobs)) throw new Error(`Queue ${queue.name} has no job type ${name}`);
  return Object.freeze({ queue: queue as unknown as QueueDefinition<never>, name });
}

/** Merges route maps; an event type routed twice is a wiring mistake and stops the process. */
export function mergeOutboxRoutes(...maps: OutboxRoutes[]): OutboxRoutes {
  const merged: Record<string, OutboxRoute> = {};
  for (const map of maps) {
    for (const [type, route] of Object.entries(map)) {
      if (merged[type]) throw new Error(`Outbox event type ${type} is routed twice`);
      merged[type] = route;
    }
  }
  return Object.freeze(merged);
}
