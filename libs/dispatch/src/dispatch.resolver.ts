// Dispatch on /graphql: helpers read, take and turn down the requests offered to them; operators see
// where a request stands in dispatch, assign a helper from their queue and set helpers' tiers.
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AppointmentOutput, HelpModeValue } from '@quartier/booking';
import { Ctx, Roles } from '@quartier/identity';
import type { RequestContext } from '@quartier/platform';
import { DispatchOfferService } from './dispatch-offer.service.js';
import {
  DispatchOfferConnection,
  DispatchOfferOutput,
  DispatchOfferStatusValue,
  HelperTierOutput,
  HelperTierValue,
  RequestDispatchOutput,
} from './dto/dispatch.output.js';

const asOutput = <T>(view: unknown): T => view as T;

@Resolver()
export class DispatchResolver {
  constructor(private readonly offers: DispatchOfferService) {}

  @Roles('helper')
  @Query(() => DispatchOfferConnection, { description: 'Requests dispatch offered you, newest first, optionally of one status.' })
  async myDispatchOffers(
    @Ctx() ctx: RequestContext,
    @Args('status', { type: () => DispatchOfferStatusValue, nullable: true }) status?: DispatchOfferStatusValue,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ): Promise<DispatchOfferConnection> {
    return asOutput(await this.offers.myDispatchOffers(ctx, { status, first, after }));
  }

  @Roles('helper')
  @Mutation(() => AppointmentOutput, {
    description:
      "Takes a request dispatch offered you: the first helper to accept gets it (anyone later: CONFLICT ALREADY_TAKEN). Without startsAt, the job starts at your earliest free time inside the request's windows.",
  })
  async acceptDispatchOffer(
    @Ctx() ctx: RequestContext,
    @Args('requestId', { type: () => ID }) requestId: string,
    @Args('startsAt', { type: () => Date, nullable: true }) startsAt?: Date,
  ): Promise<AppointmentOutput> {
    return asOutput(await this.offers.acceptDispatchOffer(ctx, { requestId, startsAt }));
  }

  @Roles('helper')
  @Mutation(() => DispatchOfferOutput, { description: 'Turns down a request dispatch offered you; it is not offered to you again.' })
  async declineDispatchOffer(
    @Ctx() ctx: RequestContext,
    @Args('requestId', { type: () => ID }) requestId: string,
    @Args('reason', { type: () => String, nullable: true }) reason?: string,
  ): Promise<DispatchOfferOutput> {
    return asOutput(await this.offers.declineDispatchOffer(ctx, { requestId, reason }));
  }

  @Roles('helper', 'operator_agent', 'operator_admin')
  @Mutation(() => AppointmentOutput, {
    description:
      "The call that started a job (mode REMOTE, in progress) found it needs hands on: the call's appointment closes (CANCELLED, with your note) and the request goes back to dispatch for a visit on site, at the price already agreed. For the helper on the call, or an operator.",
  })
  async needVisit(
    @Ctx() ctx: RequestContext,
    @Args('appointmentId', { type: () => ID }) appointmentId: string,
    @Args('note', { type: () => String, nullable: true }) note?: string,
  ): Promise<AppointmentOutput> {
    return asOutput(await this.offers.needVisit(ctx, { appointmentId, note }));
  }

  @Roles('operator_agent', 'operator_admin')
  @Query(() => RequestDispatchOutput, { description: "Where a request stands in dispatch and every helper it was offered to." })
  async requestDispatch(@Ctx() ctx: RequestContext, @Args('requestId', { type: () => ID }) requestId: string): Promise<RequestDispatchOutput> {
    return asOutput(await this.offers.requestDispatch(ctx, { requestId }));
  }

  @Roles('operator_agent', 'operator_admin')
  @Mutation(() => AppointmentOutput, {
    description:
      "Gives a request still looking for a helper to the helper you choose (who must offer the service, cover the place and be free); without startsAt, at the helper's earliest free time in the request's windows. Mode REMOTE (a remote-first request only) makes it a call: the helper must give remote help, and may live anywhere.",
  })
  async assignRequest(
    @Ctx() ctx: RequestContext,
    @Args('requestId', { type: () => ID }) requestId: string,
    @Args('helperId', { type: () => ID }) helperId: string,
    @Args('startsAt', { type: () => Date, nullable: true }) startsAt?: Date,
    @Args('reason', { type: () => String, nullable: true }) reason?: string,
    @Args('mode', { type: () => HelpModeValue, nullable: true, description: 'ON_SITE when omitted.' }) mode?: HelpModeValue,
  ): Promise<AppointmentOutput> {
    return asOutput(await this.offers.assignRequest(ctx, { requestId, helperId, startsAt, reason, mode }));
  }

  @Roles('operator_admin')
  @Mutation(() => HelperTierOutput, { description: 'Makes a helper a neighbour (FRIEND), a SPECIALIST or a CONTRACTOR partner; escalation tiers offer requests to the last two.' })
  async setHelperTier(
    @Ctx() ctx: RequestContext,
    @Args('helperId', { type: () => ID }) helperId: string,
    @Args('tier', { type: () => HelperTierValue }) tier: HelperTierValue,
  ): Promise<HelperTierOutput> {
    return asOutput(await this.offers.setHelperTier(ctx, { helperId, tier }));
  }
}
