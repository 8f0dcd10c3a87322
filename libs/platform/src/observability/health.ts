// Health indicators for the two things every process needs: Postgres and Redis.
import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import type { Redis } from 'ioredis';
import type { DataSource } from 'typeorm';
import { APP_DATA_SOURCE } from '../database/tenant-database.js';
import { REDIS } from '../redis/redis.module.js';

@Injectable()
export class InfrastructureHealth {
  constructor(
    private readonly indicators: HealthIndicatorService,
    @Inject(APP_DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(REDIS) private readonly redis: Redis,
  ) {}

  async postgres() {
    const session = this.indicators.check('postgres');
    try {
      await this.dataSource.query('select 1');
      return session.up();
    } catch (error) {
      return session.down({ message: (error as Error).message });
    }
  }

  async redisPing() {
    const session = this.indicators.check('redis');
    try {
      const answer = await Promise.race([
        this.redis.ping(),
        new Promise<string>((_, reject) => setTimeout(() => reject(new Error('Redis did not answer within 1s')), 1_000)),
      ]);
      return answer === 'PONG' ? session.up() : session.down({ message: answer });
    } catch (error) {
      return session.down({ message: (error as Error).message });
    }
  }
}
