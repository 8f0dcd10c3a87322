import { Module } from '@nestjs/common';
import { TenancyModule } from '@quartier/tenancy';
import { LedgerService } from './ledger/ledger.service.js';

const services = [LedgerService];

/** Services of the payments domain, for apps and other domain modules. */
@Module({ imports: [TenancyModule], providers: [...services], exports: services })
export class PaymentsModule {}
