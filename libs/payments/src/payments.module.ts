import { Module } from '@nestjs/common';
import { TenancyModule } from '@quartier/tenancy';
import { LedgerService } from './ledger/ledger.service.js';
import { StripeAccountResolver } from './stripe-account/stripe-account.resolver.js';
import { StripeAccountService } from './stripe-account/stripe-account.service.js';

const services = [LedgerService, StripeAccountService];

/** Services of the payments domain, for apps and other domain modules. */
@Module({ imports: [TenancyModule], providers: [...services], exports: services })
export class PaymentsModule {}

/** Resolvers served on /graphql. */
@Module({ imports: [PaymentsModule], providers: [StripeAccountResolver] })
export class PaymentsTenantApiModule {}
