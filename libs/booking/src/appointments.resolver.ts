// Appointments on /graphql: customers book a helper's slot directly; customers, helpers and
// operators read appointments; the assigned helper says they are on their way, starts and completes
// the job (operators may complete it too); operators reassign a scheduled appointment to another helper.
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx, Public, Roles } from '@quartier/identity';
import type { RequestContext } from '@quartier/platform';
import { AppointmentProgressService } from './appointment-progress.service.js';
import { AppointmentReassignmentService } from './appointment-reassignment.service.js';
import type { AppointmentView } from './appointment-rows.js';
import { AppointmentService } from './appointment.service.js';
import { BookSlotInput } from './dto/appointment.input.js';
import { AppointmentConnection, AppointmentOutput, BookingQuoteOutput } from './dto/appointment.output.js';

const toAppointment = (view: AppointmentView) => view as unknown as AppointmentOutput;

@Resolver()
export class AppointmentsResolver {
  constructor(
    private readonly appointmentService: AppointmentService,
    private readonly progressService: AppointmentProgressService,
    private readonly reassignmentService: AppointmentReassignmentService,
  ) {}

  @Roles('customer')
  @Mutation(() => AppointmentOutput, { description: "Books a helper's free slot directly; a taken slot is a CONFLICT on startsAt." })
  async bookSlot(@Ctx() ctx: RequestContext, @Args('input', { type: () => BookSlotInput }) input: BookSlotInput): Promise<AppointmentOutput> {
    return toAppointment(await this.appointmentService.bookSlot(ctx, input));
  }

  @Public()
  @Query(() => BookingQuoteOutput, {
    description:
      "What booking the helper's free time for the service would cost now (the price bookSlot fixes, with the site's fee). A service priced on quote is BAD_USER_INPUT on serviceId; a helper not approved or not offering the service is NOT_FOUND.",
  })
  async bookingQuote(@Ctx() ctx: RequestContext, @Args('helperId', { type: () => ID }) helperId: string, @Args('serviceId', { type: () => ID }) serviceId: string): Promise<BookingQuoteOutput> {
    return this.appointmentService.bookingQuote(ctx, { helperId, serviceId });
  }

  @Roles('customer', 'helper')
  @Query(() => AppointmentConnection, { description: 'Your appointments as customer or helper, soonest first.' })
  async myAppointments(
    @Ctx() ctx: RequestContext,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ): Promise<AppointmentConnection> {
    const page = await this.appointmentService.myAppointments(ctx, { first, after });
    return { ...page, edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: toAppointment(edge.node) })) };
  }

  @Roles('customer', 'helper', 'operator_admin', 'operator_agent')
  @Query(() => AppointmentOutput, { description: 'One appointment, for its customer, its helper or an operator.' })
  async appointment(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<AppointmentOutput> {
    return toAppointment(await this.appointmentService.appointment(ctx, { appointmentId: id }));
  }

  @Roles('helper')
  @Mutation(() => AppointmentOutput, {
    description:
      'Tells the customer you are on your way to your scheduled appointment, from 2 hours before it begins until it ends (earlier is a CONFLICT with detail TOO_EARLY, later TOO_LATE; an appointment no longer scheduled is NOT_SCHEDULED). Saying it again within 15 minutes returns the appointment and tells the customer nothing more.',
  })
  async markOnMyWay(@Ctx() ctx: RequestContext, @Args('appointmentId', { type: () => ID }) appointmentId: string): Promise<AppointmentOutput> {
    return toAppointment(await this.progressService.markOnMyWay(ctx, { appointmentId }));
  }

  @Roles('helper')
  @Mutation(() => AppointmentOutput, { description: 'Starts your appointment, from 30 minutes before it begins (earlier is a CONFLICT with detail TOO_EARLY).' })
  async startAppointment(@Ctx() ctx: RequestContext, @Args('appointmentId', { type: () => ID }) appointmentId: string): Promise<AppointmentOutput> {
    return toAppointment(await this.progressService.startAppointment(ctx, { appointmentId }));
  }

  @Roles('helper', 'operator_admin', 'operator_agent')
  @Mutation(() => AppointmentOutput, { description: 'Marks a started appointment completed: your own as its helper, or any as an operator; the note is at most 2000 characters.' })
  async completeAppointment(
    @Ctx() ctx: RequestContext,
    @Args('appointmentId', { type: () => ID }) appointmentId: string,
    @Args('note', { type: () => String, nullable: true }) note?: string,
  ): Promise<AppointmentOutput> {
    return toAppointment(await this.progressService.completeAppointment(ctx, { appointmentId, note }));
  }

  @Roles('operator_admin', 'operator_agent')
  @Mutation(() => AppointmentOutput, {
    description:
      'Moves a scheduled appointment to another approved helper who offers the service, covers the place and is free then; returns the new appointment for the same slot. The price the customer agreed to stands: the new appointment keeps the old one’s subtotal, fees and total, whatever the new helper’s own rate. A helper busy then is a CONFLICT on helperId.',
  })
  async reassignAppointment(
    @Ctx() ctx: RequestContext,
    @Args('appointmentId', { type: () => ID }) appointmentId: string,
    @Args('helperId', { type: () => ID }) helperId: string,
    @Args('reason') reason: string,
  ): Promise<AppointmentOutput> {
    return toAppointment(await this.reassignmentService.reassignAppointment(ctx, { appointmentId, helperId, reason }));
  }
}
