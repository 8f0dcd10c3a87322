// The worker's dispatch engine in the test process, on the test's database, Redis namespace and
// clock: tests move the clock and call `look` as the engine's timers and outbox jobs would.
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DispatchEngine, DispatchWorkerModule } from '@quartier/dispatch';
import { identityEntities } from '@quartier/identity';
import { type AppConfig, type Clock, ConfigModule, DatabaseModule, QueueModule, RedisModule, RequestContext } from '@quartier/platform';
import { tenancyEntities } from '@quartier/tenancy';

@Module({})
class DispatchEngineHarness {}

export interface TestDispatchEngine {
  engine: DispatchEngine;
  /** One look at a request, as an outbox job (no step) or a timer (its step) runs it. */
  look(tenantId: string, requestId: string, step?: number): Promise<string>;
  close(): Promise<void>;
}

export async function startDispatchEngine(config: AppConfig, clock: Clock): Promise<TestDispatchEngine> {
  const app = await NestFactory.createApplicationContext(
    {
      module: DispatchEngineHarness,
      imports: [
        ConfigModule.forRoot(config, { clock }),
        DatabaseModule.forRoot({ entities: [...tenancyEntities, ...identityEntities] }),
        RedisModule.forRoot(),
        QueueModule.forRoot(),
        DispatchWorkerModule,
      ],
    },
    { logger: false },
  );
  const engine = app.get(DispatchEngine);
  return {
    engine,
    look: (tenantId, requestId, step) => engine.look(RequestContext.system(tenantId, 'test'), { requestId, step }),
    close: () => app.close(),
  };
}
