import { Module } from '@nestjs/common';
import { TenancyModule } from '@quartier/tenancy';
import { AppointmentProgressService } from './appointment-progress.service.js';
import { AppointmentReminderService } from './appointment-reminder.service.js';
import { AppointmentReassignmentService } from './appointment-reassignment.service.js';
import { AppointmentService } from './appointment.service.js';
import { AppointmentsResolver } from './appointments.resolver.js';
import { OfferService } from './offer.service.js';
import { OffersResolver } from './offers.resolver.js';
import { OpenRequestsService } from './open-requests.service.js';
import { RequestListService } from './request-list.service.js';
import { RequestOutcomeService } from './request-outcome.service.js';
import { RequestHandoverService } from './request-handover.service.js';
import { RequestService } from './request.service.js';
import { RequestsResolver } from './requests.resolver.js';

const services = [
  RequestService,
  RequestListService,
  RequestOutcomeService,
  AppointmentService,
  AppointmentProgressService,
  AppointmentReminderService,
  AppointmentReassignmentService,
  OfferService,
  OpenRequestsService,
  RequestHandoverService,
];

/** Services of the booking domain, for apps and other domain modules. */
@Module({ imports: [TenancyModule], providers: [...services], exports: services })
export class BookingModule {}

/** Resolvers served on /graphql. */
@Module({ imports: [BookingModule], providers: [RequestsResolver, AppointmentsResolver, OffersResolver] })
export class BookingTenantApiModule {}
