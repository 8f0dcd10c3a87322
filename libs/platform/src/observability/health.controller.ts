// /health (Postgres and Redis reachable) and /metrics (Prometheus), served alike by the API and the
// worker: orchestrators probe and scrape both processes the same way.
import { Controller, Get, Inject } from '@nestjs/common';
import { HealthCheck, HealthCheckService } from '@nestjs/terminus';
import { InfrastructureHealth } from './health.js';
import { Metrics } from './metrics.js';

@Controller()
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly infrastructure: InfrastructureHealth,
  ) {}

  @Get('health')
  @HealthCheck()
  check() {
    return this.health.check([() => this.infrastructure.postgres(), () => this.infrastructure.redisPing()]);
  }
}

@Controller()
export class MetricsController {
  constructor(@Inject(Metrics) private readonly metrics: Metrics) {}

  @Get('metrics')
  async scrape(): Promise<string> {
    return this.metrics.registry.metrics();
  }
}
