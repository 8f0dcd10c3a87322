// Helpers' Stripe Connect Express accounts and their onboarding. A helper asks to be paid out
// through Stripe; the job `payout.onboard` makes their Express account (paid out on the site's
// payout schedule) and a link to Stripe's hosted onboarding, each call keyed and stored first.
// The account's flags (charges, payouts, details) then follow Stripe's account.updated events.
import { Inject, Injectable } from '@nestjs/common';
import {
  APP_CONFIG,
  type AppConfig,
  Clock,
  ConflictError,
  ForbiddenError,
  type RequestContext,
  siteOrigin,
  TenantDatabase,
  type TenantTransaction,
  userIdOf,
} from '@quartier/platform';
import { type PayoutsPolicy, TenantPolicyService } from '@quartier/tenancy';
import Stripe from 'stripe';
import { callStripe } from '../gateway/stripe-call.js';
import { PaymentGateways } from '../gateway/payment-gateways.js';
import { idempotencyKeys, operationFinishedIn, operationStartedIn } from '../payment/payment-operations.js';

export const PAYOUT_ACCOUNT_STATUSES = ['requested', 'onboarding', 'active', 'restricted'] as const;
export type PayoutAccountStatus = (typeof PAYOUT_ACCOUNT_STATUSES)[number];

/** What a helper sees of their payout account; the link only while Stripe still accepts it. */
export interface PayoutAccountView {
  status: PayoutAccountStatus;
  chargesEnabled: boolean;
  payoutsEnabled: boolean;
  detailsSubmitted: boolean;
  onboardingUrl: string | null;
  onboardingUrlExpiresAt: Date | null;
  updatedAt: Date;
}

interface PayoutAccountRow {
  helper_id: string;
  status: PayoutAccountStatus;
  stripe_account_id: string | null;
  charges_enabled: boolean;
  payouts_enabled: boolean;
  details_submitted: boolean;
  onboarding_url: string | null;
  onboarding_url_expires_at: Date | null;
  requested_generation: number;
  updated_at: Date;
}

const ACCOUNT_COLUMNS = `helper_id, status, stripe_account_id, charges_enabled, payouts_enabled, details_submitted, onboarding_url,
  onboarding_url_expires_at, requested_generation, updated_at`;

const WEEKLY_ANCHORS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
/** Stripe's shortest payout delay; a site's hold may only lengthen it. */
const MIN_DELAY_DAYS = 2;
const DEFAULT_COUNTRY = 'CH';

@Injectable()
export class PayoutAccountService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly db: TenantDatabase,
    private readonly gateways: PaymentGateways,
    private readonly policies: TenantPolicyService,
    private readonly clock: Clock,
  ) {}

  /**
   * A helper asks to be paid out through Stripe (again, when a link expired): a fresh onboarding
   * link is made by the job, and `myPayoutAccount` shows it once it is ready.
   */
  async startOnboarding(ctx: RequestContext): Promise<PayoutAccountView> {
    if (!ctx.hasRole('helper')) throw new ForbiddenError();
    const helperId = userIdOf(ctx);
    return this.db.run(ctx, async (tx) => {
      const [profile] = await tx.query<{ status: string }>(`select status from helper_profiles where tenant_id = $1 and user_id = $2`, [tx.tenantId, helperId]);
      if (!profile || profile.status === 'rejected') {
        throw new ConflictError('Only helpers of this site are paid out; apply as a helper first', { detail: 'NOT_A_HELPER' });
      }
      if (!(await this.gateways.stripeIn(tx))) {
        throw new ConflictError('This site pays helpers on site or by invoice; there is nothing to set up', { detail: 'OFFLINE_PAYOUTS' });
      }
      const now = this.clock.now();
      const [row] = await tx.query<PayoutAccountRow>(
        `insert into helper_payout_accounts (tenant_id, helper_id, status, requested_generation, created_at, updated_at)
         values ($1, $2, 'requested', 1, $3, $3)
         on conflict (tenant_id, helper_id) do update
           set requested_generation = helper_payout_accounts.requested_generation + 1, onboarding_url = null,
               onboarding_url_expires_at = null, updated_at = excluded.updated_at
         returning ${ACCOUNT_COLUMNS}`,
        [tx.tenantId, helperId, now],
      );
      await tx.emit({
        type: 'payout.onboarding_requested',
        aggregateType: 'helper',
        aggregateId: helperId,
        payload: { helperId, generation: row.requested_generation },
      });
      return this.toView(row);
    });
  }

  /** The caller's payout account, or null while they never asked for one. */
  async myPayoutAccount(ctx: RequestContext): Promise<PayoutAccountView | null> {
    const helperId = userIdOf(ctx);
    return this.db.run(ctx, async (tx) => {
      const [row] = await tx.query<PayoutAccountRow>(`select ${ACCOUNT_COLUMNS} from helper_payout_accounts where tenant_id = $1 and helper_id = $2`, [
        tx.tenantId,
        helperId,
      ]);
      return row ? this.toView(row) : null;
    });
  }

  /** Job `payout.onboard`: the helper's Express account (once), then a link for the latest request. */
  async onboard(ctx: RequestContext, helperId: string): Promise<string> {
    const prepared = await this.db.run(ctx, async (tx) => {
      const account = await this.lockIn(tx, helperId);
      if (!account) return { skip: 'skipped: no payout account requested' };
      if (account.onboarding_url) return { skip: 'skipped: onboarding link ready' };
      const stripe = await this.gateways.stripeIn(tx);
      if (!stripe) return { skip: 'skipped: the site pays helpers on site' };
      if (account.stripe_account_id) return { stripe: stripe.client, accountId: account.stripe_account_id, create: null };
      const key = idempotencyKeys.connectAccount(tx.tenantId, helperId);
      await operationStartedIn(tx, { key, paymentId: null, operation: 'connect_account', now: this.clock.now() });
      return { stripe: stripe.client, accountId: null, create: { key, params: await this.accountParamsIn(tx, helperId) } };
    });
    if ('skip' in prepared) return prepared.skip as string;
    const { stripe } = prepared;

    let accountId: string;
    if (prepared.create) {
      const { key, params } = prepared.create;
      accountId = (await callStripe(() => stripe.accounts.create(params, { idempotencyKey: key }))).id;
    } else {
      accountId = prepared.accountId as string;
    }
    const link = await this.db.run(ctx, async (tx) => {
      const account = await this.lockIn(tx, helperId);
      if (!account) return null;
      const now = this.clock.now();
      if (prepared.create) {
        await tx.query(`update helper_payout_accounts set stripe_account_id = coalesce(stripe_account_id, $3), updated_at = $4 where tenant_id = $1 and helper_id = $2`, [
          tx.tenantId,
          helperId,
          accountId,
          now,
        ]);
        await operationFinishedIn(tx, { key: prepared.create.key, status: 'succeeded', providerObjectId: accountId, now });
      }
      if (account.onboarding_url) return null;
      const generation = account.requested_generation;
      const key = idempotencyKeys.accountLink(tx.tenantId, helperId, generation);
      await operationStartedIn(tx, { key, paymentId: null, operation: 'account_link', now });
      return { key, generation, urls: await this.returnUrlsIn(tx) };
    });
    if (!link) return prepared.create ? 'account created; onboarding link ready' : 'skipped: onboarding link ready';

    const made = await callStripe(() =>
      stripe.accountLinks.create(
        { account: accountId, type: 'account_onboarding', return_url: link.urls.returnUrl, refresh_url: link.urls.refreshUrl },
        { idempotencyKey: link.key },
      ),
    );
    return this.db.run(ctx, async (tx) => {
      const account = await this.lockIn(tx, helperId);
      const now = this.clock.now();
      await operationFinishedIn(tx, { key: link.key, status: 'succeeded', now });
      // A newer request came in meanwhile: its own job makes the link the helper will use.
      if (!account || account.requested_generation !== link.generation) return 'skipped: superseded by a newer request';
      await tx.query(
        `update helper_payout_accounts
            set onboarding_url = $3, onboarding_url_expires_at = $4, return_url = $5, refresh_url = $6, updated_at = $7,
                status = case when status = 'requested' then 'onboarding' else status end
          where tenant_id = $1 and helper_id = $2`,
        [tx.tenantId, helperId, made.url, new Date(made.expires_at * 1_000), link.urls.returnUrl, link.urls.refreshUrl, now],
      );
      return prepared.create ? `account ${accountId} created; onboarding link made` : 'onboarding link made';
    });
  }

  private async lockIn(tx: TenantTransaction, helperId: string): Promise<PayoutAccountRow | null> {
    const [row] = await tx.query<PayoutAccountRow>(`select ${ACCOUNT_COLUMNS} from helper_payout_accounts where tenant_id = $1 and helper_id = $2 for update`, [
      tx.tenantId,
      helperId,
    ]);
    return row ?? null;
  }

  /** An Express account for the helper, paid out on the site's schedule after its hold. */
  private async accountParamsIn(tx: TenantTransaction, helperId: string): Promise<Stripe.AccountCreateParams> {
    const [helper] = await tx.query<{ email: string; home_country_code: string | null }>(
      `select u.email, h.home_country_code from users u join helper_profiles h on h.tenant_id = u.tenant_id and h.user_id = u.id
        where u.tenant_id = $1 and u.id = $2`,
      [tx.tenantId, helperId],
    );
    // Tenants have no country of their own: the helper's home, else where the site's places are.
    const [place] = await tx.query<{ country_code: string }>(
      `select country_code from postal_codes where tenant_id = $1 group by country_code order by count(*) desc, country_code limit 1`,
      [tx.tenantId],
    );
    return {
      type: 'express',
      country: helper?.home_country_code ?? place?.country_code ?? DEFAULT_COUNTRY,
      ...(helper ? { email: helper.email } : {}),
      capabilities: { card_payments: { requested: true }, transfers: { requested: true } },
      settings: { payouts: { schedule: payoutScheduleOf(await this.policies.currentDocumentIn(tx, 'payouts')) } },
      metadata: { tenantId: tx.tenantId, helperId },
    };
  }

  /** Where Stripe sends the helper back: their payouts page on the site's own host. */
  private async returnUrlsIn(tx: TenantTransaction): Promise<{ returnUrl: string; refreshUrl: string }> {
    const [tenant] = await tx.query<{ slug: string }>(`select slug from tenants where id = $1`, [tx.tenantId]);
    const page = `${siteOrigin(this.config, tenant.slug)}/helper/payouts`;
    return { returnUrl: `${page}?onboarding=return`, refreshUrl: `${page}?onboarding=refresh` };
  }

  private toView(row: PayoutAccountRow): PayoutAccountView {
    const live = row.onboarding_url_expires_at !== null && row.onboarding_url_expires_at.getTime() > this.clock.now().getTime();
    return {
      status: row.status,
      chargesEnabled: row.charges_enabled,
      payoutsEnabled: row.payouts_enabled,
      detailsSubmitted: row.details_submitted,
      onboardingUrl: live ? row.onboarding_url : null,
      onboardingUrlExpiresAt: live ? row.onboarding_url_expires_at : null,
      updatedAt: row.updated_at,
    };
  }
}

/** The site's payouts policy as Stripe's payout schedule of a connected account. */
export function payoutScheduleOf(policy: PayoutsPolicy): Stripe.AccountCreateParams.Settings.Payouts.Schedule {
  const delay_days = Math.max(MIN_DELAY_DAYS, policy.holdDays);
  if (policy.schedule === 'weekly') return { interval: 'weekly', weekly_anchor: WEEKLY_ANCHORS[(policy.weekday ?? 1) - 1], delay_days };
  if (policy.schedule === 'monthly') return { interval: 'monthly', monthly_anchor: policy.dayOfMonth ?? 1, delay_days };
  return { interval: 'daily', delay_days };
}
