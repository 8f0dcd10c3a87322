import { Module } from '@nestjs/common';
import { TenancyModule } from '@quartier/tenancy';
import { PaymentGateways } from './gateway/payment-gateways.js';
import { LedgerService } from './ledger/ledger.service.js';
import { PaymentAuthorizationService } from './payment/payment-authorization.service.js';
import { PaymentFlowService } from './payment/payment-flow.service.js';
import { PaymentQueryService } from './payment/payment-query.service.js';
import { PaymentService } from './payment/payment.service.js';
import { PaymentsResolver } from './payment/payments.resolver.js';
import { EarningsService } from './payouts/earnings.service.js';
import { HeldTransfersService } from './payouts/held-transfers.service.js';
import { PayoutAccountService } from './payouts/payout-account.service.js';
import { PayoutsResolver } from './payouts/payouts.resolver.js';
import { ReconciliationResolver } from './reconciliation/reconciliation.resolver.js';
import { ReconciliationService } from './reconciliation/reconciliation.service.js';
import { RefundService } from './refunds/refund.service.js';
import { RefundsResolver } from './refunds/refunds.resolver.js';
import { SitePaymentsResolver } from './stripe-account/site-payments.resolver.js';
import { StripeAccountResolver } from './stripe-account/stripe-account.resolver.js';
import { StripeAccountService } from './stripe-account/stripe-account.service.js';
import { StripeEventInbox } from './webhooks/stripe-event-inbox.service.js';
import { StripeEventEffects } from './webhooks/stripe-event-effects.js';
import { StripeEventService } from './webhooks/stripe-event.service.js';

const services = [
  LedgerService,
  StripeAccountService,
  PaymentGateways,
  PaymentFlowService,
  PaymentAuthorizationService,
  PaymentService,
  PaymentQueryService,
  RefundService,
  PayoutAccountService,
  EarningsService,
  HeldTransfersService,
  StripeEventInbox,
  StripeEventEffects,
  StripeEventService,
  ReconciliationService,
];

/** Services of the payments domain, for apps and other domain modules. */
@Module({ imports: [TenancyModule], providers: [...services], exports: services })
export class PaymentsModule {}

/** Resolvers served on /graphql. */
@Module({ imports: [PaymentsModule], providers: [ReconciliationResolver, SitePaymentsResolver, StripeAccountResolver, PaymentsResolver, RefundsResolver, PayoutsResolver] })
export class PaymentsTenantApiModule {}
