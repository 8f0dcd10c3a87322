import { Module } from '@nestjs/common';
import { TenancyModule } from '@quartier/tenancy';
import { PaymentsModule } from '../payments.module.js';
import { StripeWebhookController } from './stripe-webhook.controller.js';

/** The Stripe webhook endpoint, mounted by the API. */
@Module({ imports: [PaymentsModule, TenancyModule], controllers: [StripeWebhookController] })
export class StripeWebhooksModule {}
