import { DynamicModule, Global, Module } from '@nestjs/common';
import { Clock, SystemClock } from '../clock.js';
import { SecretBox } from '../crypto/secret-box.js';
import { APP_CONFIG, type AppConfig } from './config.js';

@Global()
@Module({})
export class ConfigModule {
  /** `clock` is the one time source of the process; tests and the demo seed pass their own. */
  static forRoot(config: AppConfig, options: { clock?: Clock } = {}): DynamicModule {
    return {
      module: ConfigModule,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: SecretBox, useValue: SecretBox.fromConfig(config) },
        { provide: Clock, useValue: options.clock ?? new SystemClock() },
      ],
      exports: [APP_CONFIG, SecretBox, Clock],
    };
  }
}
