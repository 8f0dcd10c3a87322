import { Module } from '@nestjs/common';
import { BookingModule } from '@quartier/booking';
import { TenancyModule } from '@quartier/tenancy';
import { DispatchEngine } from './dispatch-engine.service.js';
import { DispatchOfferService } from './dispatch-offer.service.js';
import { DispatchTimers } from './dispatch-timers.js';
import { DispatchResolver } from './dispatch.resolver.js';

/** Helpers' and operators' side of dispatch, for the API. */
@Module({ imports: [TenancyModule, BookingModule], providers: [DispatchOfferService], exports: [DispatchOfferService] })
export class DispatchModule {}

/** Resolvers served on /graphql. */
@Module({ imports: [DispatchModule], providers: [DispatchResolver] })
export class DispatchTenantApiModule {}

/** The engine and its timers, for the worker (which provides the queues). */
@Module({ imports: [TenancyModule, BookingModule], providers: [DispatchEngine, DispatchTimers], exports: [DispatchEngine, DispatchTimers] })
export class DispatchWorkerModule {}
