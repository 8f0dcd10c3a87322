import { Module } from '@nestjs/common';
import { TenancyModule } from '@quartier/tenancy';
import { AppointmentService } from './appointment.service.js';
import { AppointmentsResolver } from './appointments.resolver.js';
import { OfferService } from './offer.service.js';
import { RequestService } from './request.service.js';
import { RequestsResolver } from './requests.resolver.js';

const services = [RequestService, AppointmentService, OfferService];

/** Services of the booking domain, for apps and other domain modules. */
@Module({ imports: [TenancyModule], providers: [...services], exports: services })
export class BookingModule {}

/** Resolvers served on /graphql. */
@Module({ imports: [BookingModule], providers: [RequestsResolver, AppointmentsResolver] })
export class BookingTenantApiModule {}
