// The worker's only HTTP surface: liveness of its dependencies and Prometheus metrics.
import { Controller, Get, Inject } from '@nestjs/common';
import { HealthCheck, HealthCheckService } from '@nestjs/terminus';
import { InfrastructureHealth, Metrics } from '@quartier/platform';

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
