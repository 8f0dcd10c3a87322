// `quartier stripe:replay --tenant <slug> --from <ISO> --to <ISO>`: lists a site's Stripe events of a
// period (its own account and its helpers' connected accounts) and puts each into the webhook inbox
// as a verified delivery would; the worker applies the new ones. Safe to run again.
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { identityEntities } from '@quartier/identity';
import { PaymentsModule, StripeEventInbox } from '@quartier/payments';
import { type AppConfig, ConfigModule, DatabaseModule, GlobalDatabase, NotFoundError, RedisModule, RequestContext, ValidationError } from '@quartier/platform';
import { tenancyEntities } from '@quartier/tenancy';

export interface StripeReplayOptions {
  tenant: string;
  from: string;
  to: string;
}

/** Returns the process exit code: 0 replayed, 1 bad input or a site without Stripe. */
export async function replayStripeEvents(
  config: AppConfig,
  options: StripeReplayOptions,
  out: { log(line: string): void; error(line: string): void } = console,
): Promise<number> {
  const from = new Date(options.from);
  const to = new Date(options.to);

  @Module({ imports: [ConfigModule.forRoot(config), DatabaseModule.forRoot({ entities: [...tenancyEntities, ...identityEntities] }), RedisModule.forRoot(), PaymentsModule] })
  class StripeReplayModule {}

  const app = await NestFactory.createApplicationContext(StripeReplayModule, { logger: ['error', 'warn'] });
  try {
    const [tenant] = await app
      .get(GlobalDatabase)
      .run((tx) => tx.query<{ id: string }>(`select id from tenants where slug = $1`, [options.tenant.trim().toLowerCase()]));
    if (!tenant) {
      out.error(`stripe:replay: no tenant with slug ${options.tenant}`);
      return 1;
    }
    const result = await app.get(StripeEventInbox).replay(RequestContext.system(tenant.id, 'stripe-replay'), { from, to });
    out.log(
      `Tenant ${options.tenant}: ${result.listed} Stripe event(s) from ${from.toISOString()} to ${to.toISOString()}: ` +
        `${result.new} new (queued to be applied), ${result.known} already known`,
    );
    return 0;
  } catch (error) {
    if (error instanceof ValidationError || error instanceof NotFoundError) {
      out.error(`stripe:replay: ${error instanceof ValidationError ? `--${error.field}: ` : ''}${error.message}`);
      return 1;
    }
    throw error;
  } finally {
    await app.close();
  }
}
