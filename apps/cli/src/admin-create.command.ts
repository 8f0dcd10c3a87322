// `quartier admin:create`: creates a platform admin (idempotent by email). The password comes from
// --password, else QUARTIER_ADMIN_PASSWORD, else a generated one that is printed once.
import { randomBytes } from 'node:crypto';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { IdentityModule, identityEntities, PlatformAdminsService } from '@quartier/identity';
import { type AppConfig, ConfigModule, DatabaseModule, RedisModule, ValidationError } from '@quartier/platform';

export interface AdminCreateOptions {
  email: string;
  name: string;
  password?: string;
}

export async function createPlatformAdmin(config: AppConfig, options: AdminCreateOptions): Promise<void> {
  const given = options.password ?? process.env.QUARTIER_ADMIN_PASSWORD;
  const password = given || randomBytes(18).toString('base64url');

  @Module({
    imports: [ConfigModule.forRoot(config), DatabaseModule.forRoot({ entities: identityEntities }), RedisModule.forRoot(), IdentityModule],
  })
  class AdminCliModule {}

  const app = await NestFactory.createApplicationContext(AdminCliModule, { logger: ['error', 'warn'] });
  try {
    const admins = app.get(PlatformAdminsService);
    const result = await admins.create({ email: options.email, password, displayName: options.name }).catch((error: unknown) => {
      if (!(error instanceof ValidationError)) throw error;
      process.exitCode = 1;
      console.error(`admin:create: ${error.field}: ${error.message}`);
      return null;
    });
    if (!result) return;
    if (!result.created) {
      console.log(`Platform admin ${options.email} already exists (id ${result.id}); nothing changed.`);
      return;
    }
    console.log(`Created platform admin ${options.email} (id ${result.id}).`);
    if (!given) console.log(`Generated password (shown once): ${password}`);
  } finally {
    await app.close();
  }
}
