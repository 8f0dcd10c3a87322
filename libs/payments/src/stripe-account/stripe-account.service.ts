// A tenant's own Stripe account: operators connect it with a secret key and webhook signing secret,
// which are sealed with ENCRYPTION_KEY before they reach the database and are only ever shown
// masked. Payment workers read them in clear through credentialsIn. No call to Stripe is made here.
import { Injectable } from '@nestjs/common';
import { Clock, type RequestContext, SecretBox, TenantDatabase, type TenantTransaction, userIdOf } from '@quartier/platform';
import {
  assertPublishableKey,
  assertWebhookSecret,
  lastFour,
  maskSecretKey,
  maskWebhookSecret,
  secretKeyModeOrThrow,
  type StripeKeyMode,
} from './stripe-credentials.js';

/** What operators see of the connected account: never a usable secret. */
export interface StripeAccountView {
  mode: StripeKeyMode;
  /** Public by Stripe's design; null for an account connected before the site's card form asked for it. */
  publishableKey: string | null;
  secretKeyMasked: string;
  webhookSecretMasked: string;
  connectedAt: Date;
  connectedBy: string;
}

export interface StripeCredentials {
  mode: StripeKeyMode;
  secretKey: string;
  webhookSecret: string;
}

interface StripeAccountRow {
  publishable_key: string | null;
  secret_key_sealed: string;
  webhook_secret_sealed: string;
  key_mode: StripeKeyMode;
  restricted_key: boolean;
  secret_key_last4: string;
  webhook_secret_last4: string;
  connected_by: string;
  connected_at: Date;
}

const SELECT_ACCOUNT = `select publishable_key, secret_key_sealed, webhook_secret_sealed, key_mode, restricted_key, secret_key_last4,
  webhook_secret_last4, connected_by, connected_at from tenant_stripe_accounts where tenant_id = $1`;

/**
 * SecretBox purposes of the two sealed columns. The tenant id is part of them, so a sealed value
 * copied into another tenant's row cannot be opened there.
 */
export const STRIPE_SECRET_PURPOSES = {
  secretKey: (tenantId: string) => `stripe-secret-key:${tenantId}`,
  webhookSecret: (tenantId: string) => `stripe-webhook-secret:${tenantId}`,
};
const secretKeyPurpose = STRIPE_SECRET_PURPOSES.secretKey;
const webhookSecretPurpose = STRIPE_SECRET_PURPOSES.webhookSecret;

function toView(row: StripeAccountRow): StripeAccountView {
  return {
    mode: row.key_mode,
    publishableKey: row.publishable_key,
    secretKeyMasked: maskSecretKey(row.key_mode, row.restricted_key, row.secret_key_last4),
    webhookSecretMasked: maskWebhookSecret(row.webhook_secret_last4),
    connectedAt: row.connected_at,
    connectedBy: row.connected_by,
  };
}

@Injectable()
export class StripeAccountService {
  constructor(
    private readonly tenantDb: TenantDatabase,
    private readonly secrets: SecretBox,
    private readonly clock: Clock,
  ) {}

  /** Connects the tenant's Stripe account, replacing any connected before. */
  async connect(ctx: RequestContext, input: { publishableKey: string; secretKey: string; webhookSecret: string }): Promise<StripeAccountView> {
    const publishableKey = input.publishableKey.trim();
    const secretKey = input.secretKey.trim();
    const webhookSecret = input.webhookSecret.trim();
    const mode = secretKeyModeOrThrow(secretKey);
    assertPublishableKey(publishableKey, mode);
    assertWebhookSecret(webhookSecret);
    const connectedBy = userIdOf(ctx);
    return this.tenantDb.run(ctx, async (tx) => {
      const now = this.clock.now();
      const [row] = await tx.query<StripeAccountRow>(
        `insert into tenant_stripe_accounts (tenant_id, secret_key_sealed, webhook_secret_sealed, key_mode, restricted_key,
           secret_key_last4, webhook_secret_last4, connected_by, connected_at, updated_at, publishable_key)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9, $10)
         on conflict (tenant_id) do update set publishable_key = excluded.publishable_key, secret_key_sealed = excluded.secret_key_sealed,
           webhook_secret_sealed = excluded.webhook_secret_sealed, key_mode = excluded.key_mode,
           restricted_key = excluded.restricted_key, secret_key_last4 = excluded.secret_key_last4,
           webhook_secret_last4 = excluded.webhook_secret_last4, connected_by = excluded.connected_by,
           connected_at = excluded.connected_at, updated_at = excluded.updated_at
         returning publishable_key, secret_key_sealed, webhook_secret_sealed, key_mode, restricted_key, secret_key_last4,
           webhook_secret_last4, connected_by, connected_at`,
        [
          tx.tenantId,
          this.secrets.seal(secretKeyPurpose(tx.tenantId), secretKey),
          this.secrets.seal(webhookSecretPurpose(tx.tenantId), webhookSecret),
          mode,
          secretKey.startsWith('rk_'),
          lastFour(secretKey),
          lastFour(webhookSecret),
          connectedBy,
          now,
          publishableKey,
        ],
      );
      await tx.emit({
        type: 'payments.stripe_account_connected',
        aggregateType: 'tenant_stripe_account',
        aggregateId: tx.tenantId,
        payload: { tenantId: tx.tenantId, connectedBy, mode },
      });
      return toView(row);
    });
  }

  /** The connected account, masked; null when the tenant uses the offline provider. */
  async find(ctx: RequestContext): Promise<StripeAccountView | null> {
    return this.tenantDb.run(ctx, async (tx) => {
      const [row] = await tx.query<StripeAccountRow>(SELECT_ACCOUNT, [tx.tenantId]);
      return row ? toView(row) : null;
    });
  }

  /**
   * How the site takes payments, for its public pages: STRIPE with the publishable key its card form
   * needs, or OFFLINE. Nothing secret is read.
   */
  async sitePayments(ctx: RequestContext): Promise<{ provider: 'stripe' | 'offline'; stripePublishableKey: string | null }> {
    return this.tenantDb.run(ctx, async (tx) => {
      const [row] = await tx.query<{ publishable_key: string | null }>(`select publishable_key from tenant_stripe_accounts where tenant_id = $1`, [tx.tenantId]);
      return row ? { provider: 'stripe', stripePublishableKey: row.publishable_key } : { provider: 'offline', stripePublishableKey: null };
    });
  }

  /** Removes the credentials; true even when nothing was connected, so a retry is harmless. */
  async disconnect(ctx: RequestContext): Promise<boolean> {
    const disconnectedBy = userIdOf(ctx);
    return this.tenantDb.run(ctx, async (tx) => {
      const removed = await tx.query(`delete from tenant_stripe_accounts where tenant_id = $1 returning tenant_id`, [tx.tenantId]);
      if (removed.length > 0) {
        await tx.emit({
          type: 'payments.stripe_account_disconnected',
          aggregateType: 'tenant_stripe_account',
          aggregateId: tx.tenantId,
          payload: { tenantId: tx.tenantId, disconnectedBy },
        });
      }
      return true;
    });
  }

  /** The keys in clear, for payment workers inside their tenant transaction; null means the offline provider. */
  async credentialsIn(tx: TenantTransaction): Promise<StripeCredentials | null> {
    const [row] = await tx.query<StripeAccountRow>(SELECT_ACCOUNT, [tx.tenantId]);
    if (!row) return null;
    return {
      mode: row.key_mode,
      secretKey: this.secrets.open(secretKeyPurpose(tx.tenantId), row.secret_key_sealed),
      webhookSecret: this.secrets.open(webhookSecretPurpose(tx.tenantId), row.webhook_secret_sealed),
    };
  }
}
