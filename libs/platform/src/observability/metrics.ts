// Prometheus metrics: one registry per process, default Node metrics plus Quartier's own.
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export class Metrics {
  readonly registry = new Registry();
  readonly httpDuration = new Histogram({
    name: 'quartier_http_request_duration_seconds',
    help: 'HTTP request duration by route and status',
    labelNames: ['method', 'route', 'status'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });
  readonly graphqlOperations = new Counter({
    name: 'quartier_graphql_operations_total',
    help: 'GraphQL operations by endpoint, operation and outcome',
    labelNames: ['endpoint', 'operation', 'outcome'],
    registers: [this.registry],
  });
  readonly jobs = new Counter({
    name: 'quartier_jobs_total',
    help: 'Jobs processed by queue, name and outcome',
    labelNames: ['queue', 'name', 'outcome'],
    registers: [this.registry],
  });
  readonly outboxRelayed = new Counter({
    name: 'quartier_outbox_relayed_total',
    help: 'Outbox events handed to the queue',
    registers: [this.registry],
  });

  constructor(processName: string) {
    this.registry.setDefaultLabels({ process: processName });
    collectDefaultMetrics({ register: this.registry, prefix: 'quartier_' });
  }
}
