import { DynamicModule, Global, Module } from '@nestjs/common';
import { SecretBox } from '../crypto/secret-box.js';
import { APP_CONFIG, type AppConfig } from './config.js';

@Global()
@Module({})
export class ConfigModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: ConfigModule,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: SecretBox, useValue: SecretBox.fromConfig(config) },
      ],
      exports: [APP_CONFIG, SecretBox],
    };
  }
}
