// Queue `incidents`: incident detection, one look per posted request, fed from the outbox. The job id
// is the event id, and detecting a request twice changes nothing, so a job may run any number of times.
import { defineQueue, type OutboxJobData, type OutboxRoutes, routeTo } from '@quartier/platform';

export type IncidentJob =
  /** A request was posted (site, agent or API): does it join or open an incident? */
  { name: 'incident.detect'; data: OutboxJobData };

export const incidentsQueue = defineQueue<IncidentJob>(
  'incidents',
  // Reads and writes Postgres only; a few quick retries ride out a failover or a lock timeout.
  { 'incident.detect': { attempts: 8, backoffMs: 1_000 } },
  // Posts of one area wait on one advisory lock; other areas go side by side.
  { concurrency: 5 },
);

/** Outbox events the incidents queue acts on. */
export const incidentRoutes: OutboxRoutes = {
  'request.posted': routeTo(incidentsQueue, 'incident.detect'),
};
