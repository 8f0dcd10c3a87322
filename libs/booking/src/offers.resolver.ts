// Offers on /graphql: helpers find open requests near them, offer, list and withdraw their offers;
// customers see the offers on their requests, decline or choose one; operators read any request's offers.
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx, Roles } from '@quartier/identity';
import type { RequestContext } from '@quartier/platform';
import type { OfferView } from './appointment-rows.js';
import { AppointmentOutput, OfferConnection, OfferOutput, OfferStatusValue } from './dto/appointment.output.js';
import { OpenRequestConnection, type OpenRequestOutput } from './dto/open-request.output.js';
import { OfferService } from './offer.service.js';
import { OpenRequestsService } from './open-requests.service.js';

const toOffer = (view: OfferView) => view as unknown as OfferOutput;
const toOfferConnection = (page: { edges: { cursor: string; node: OfferView }[]; pageInfo: OfferConnection['pageInfo'] }): OfferConnection => ({
  ...page,
  edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: toOffer(edge.node) })),
});

@Resolver()
export class OffersResolver {
  constructor(
    private readonly offerService: OfferService,
    private readonly openRequestsService: OpenRequestsService,
  ) {}

  @Roles('helper')
  @Query(() => OpenRequestConnection, {
    description: 'Requests still taking offers, for a service you offer, inside your service radius; newest first. Empty until you are approved.',
  })
  async openRequestsForMe(
    @Ctx() ctx: RequestContext,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ): Promise<OpenRequestConnection> {
    const page = await this.openRequestsService.openRequestsForMe(ctx, { first, after });
    return { ...page, edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: edge.node as unknown as OpenRequestOutput })) };
  }

  @Roles('helper')
  @Mutation(() => OfferOutput, { description: "Offers to do a request at your price for its service; on a quote-priced service, priceMinor is your total." })
  async makeOffer(
    @Ctx() ctx: RequestContext,
    @Args('requestId', { type: () => ID }) requestId: string,
    @Args('priceMinor', { type: () => Int, nullable: true }) priceMinor?: number,
  ): Promise<OfferOutput> {
    return toOffer(await this.offerService.makeOffer(ctx, { requestId, priceMinor }));
  }

  @Roles('helper')
  @Query(() => OfferConnection, { description: 'Your offers, newest first, optionally of one status.' })
  async myOffers(
    @Ctx() ctx: RequestContext,
    @Args('status', { type: () => OfferStatusValue, nullable: true }) status?: OfferStatusValue,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ): Promise<OfferConnection> {
    return toOfferConnection(await this.offerService.myOffers(ctx, { status, first, after }));
  }

  @Roles('helper')
  @Mutation(() => OfferOutput, { description: 'Takes back your offer while it is pending.' })
  async withdrawOffer(@Ctx() ctx: RequestContext, @Args('offerId', { type: () => ID }) offerId: string): Promise<OfferOutput> {
    return toOffer(await this.offerService.withdrawOffer(ctx, { offerId }));
  }

  @Roles('customer', 'operator_admin', 'operator_agent')
  @Query(() => OfferConnection, { description: 'The offers on a request, oldest first: your own request, or any as an operator.' })
  async offers(
    @Ctx() ctx: RequestContext,
    @Args('requestId', { type: () => ID }) requestId: string,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ): Promise<OfferConnection> {
    return toOfferConnection(await this.offerService.offers(ctx, { requestId, first, after }));
  }

  @Roles('customer')
  @Mutation(() => OfferOutput, { description: 'Turns down a pending offer on your request; the reason, if given, is shown to the helper.' })
  async declineOffer(
    @Ctx() ctx: RequestContext,
    @Args('offerId', { type: () => ID }) offerId: string,
    @Args('reason', { type: () => String, nullable: true }) reason?: string,
  ): Promise<OfferOutput> {
    return toOffer(await this.offerService.declineOffer(ctx, { offerId, reason }));
  }

  @Roles('customer')
  @Mutation(() => AppointmentOutput, { description: "Chooses an offer on your request and when the helper comes, inside one of the request's windows; the first choice wins." })
  async chooseOffer(
    @Ctx() ctx: RequestContext,
    @Args('offerId', { type: () => ID }) offerId: string,
    @Args('startsAt', { type: () => Date }) startsAt: Date,
  ): Promise<AppointmentOutput> {
    return (await this.offerService.chooseOffer(ctx, { offerId, startsAt })) as unknown as AppointmentOutput;
  }
}
