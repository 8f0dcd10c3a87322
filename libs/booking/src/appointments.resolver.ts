// Offers and appointments on /graphql: helpers offer on requests, customers see the offers on
// theirs, choose one or book a helper's slot directly; customers and helpers list their appointments.
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx, Roles } from '@quartier/identity';
import type { RequestContext } from '@quartier/platform';
import type { AppointmentView, OfferView } from './appointment-rows.js';
import { AppointmentService } from './appointment.service.js';
import { BookSlotInput } from './dto/appointment.input.js';
import { AppointmentConnection, AppointmentOutput, OfferConnection, OfferOutput } from './dto/appointment.output.js';
import { OfferService } from './offer.service.js';

const toOffer = (view: OfferView) => view as unknown as OfferOutput;
const toAppointment = (view: AppointmentView) => view as unknown as AppointmentOutput;

@Resolver()
export class AppointmentsResolver {
  constructor(
    private readonly offerService: OfferService,
    private readonly appointmentService: AppointmentService,
  ) {}

  @Roles('helper')
  @Mutation(() => OfferOutput, { description: "Offers to do a request at your price for its service; on a quote-priced service, priceMinor is your total." })
  async makeOffer(
    @Ctx() ctx: RequestContext,
    @Args('requestId', { type: () => ID }) requestId: string,
    @Args('priceMinor', { type: () => Int, nullable: true }) priceMinor?: number,
  ): Promise<OfferOutput> {
    return toOffer(await this.offerService.makeOffer(ctx, { requestId, priceMinor }));
  }

  @Roles('customer')
  @Query(() => OfferConnection, { description: 'The offers on your request, oldest first.' })
  async offers(
    @Ctx() ctx: RequestContext,
    @Args('requestId', { type: () => ID }) requestId: string,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ): Promise<OfferConnection> {
    const page = await this.offerService.offers(ctx, { requestId, first, after });
    return { ...page, edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: toOffer(edge.node) })) };
  }

  @Roles('customer')
  @Mutation(() => AppointmentOutput, { description: "Chooses an offer on your request and when the helper comes, inside one of the request's windows; the first choice wins." })
  async chooseOffer(
    @Ctx() ctx: RequestContext,
    @Args('offerId', { type: () => ID }) offerId: string,
    @Args('startsAt', { type: () => Date }) startsAt: Date,
  ): Promise<AppointmentOutput> {
    return toAppointment(await this.offerService.chooseOffer(ctx, { offerId, startsAt }));
  }

  @Roles('customer')
  @Mutation(() => AppointmentOutput, { description: "Books a helper's free slot directly; a taken slot is a CONFLICT on startsAt." })
  async bookSlot(@Ctx() ctx: RequestContext, @Args('input', { type: () => BookSlotInput }) input: BookSlotInput): Promise<AppointmentOutput> {
    return toAppointment(await this.appointmentService.bookSlot(ctx, input));
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
}
