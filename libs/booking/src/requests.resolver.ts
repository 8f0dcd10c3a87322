// Requests on /graphql: customers post, follow and cancel their requests and confirm or dispute the
// finished job; the assigned helper may dispute too; operators post for customers, see and filter
// all, cancel with a reason and resolve disputes.
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx, Roles } from '@quartier/identity';
import type { RequestContext } from '@quartier/platform';
import { PostRequestInput, PostRequestOnBehalfInput } from './dto/request.input.js';
import { RequestConnection, RequestOutput, RequestStatusValue } from './dto/request.output.js';
import { RequestListService } from './request-list.service.js';
import { RequestOutcomeService } from './request-outcome.service.js';
import type { RequestView } from './request-rows.js';
import { RequestService } from './request.service.js';

const toOutput = (view: RequestView) => view as unknown as RequestOutput;
const toConnectionOutput = (page: { edges: { cursor: string; node: RequestView }[]; pageInfo: RequestConnection['pageInfo'] }): RequestConnection => ({
  ...page,
  edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: toOutput(edge.node) })),
});

@Resolver()
export class RequestsResolver {
  constructor(
    private readonly requestService: RequestService,
    private readonly listService: RequestListService,
    private readonly outcomeService: RequestOutcomeService,
  ) {}

  @Roles('customer')
  @Mutation(() => RequestOutput, { description: 'Posts a request to be offered to matching helpers.' })
  async postRequest(@Ctx() ctx: RequestContext, @Args('input', { type: () => PostRequestInput }) input: PostRequestInput): Promise<RequestOutput> {
    return toOutput(await this.requestService.postRequest(ctx, input));
  }

  @Roles('operator_agent', 'operator_admin')
  @Mutation(() => RequestOutput, {
    description: "Posts a request for one of the site's customers, as an agent or as the tenant's back-end (channel API); checked like the customer's own post, and offered the same way.",
  })
  async postRequestOnBehalf(
    @Ctx() ctx: RequestContext,
    @Args('input', { type: () => PostRequestOnBehalfInput }) input: PostRequestOnBehalfInput,
  ): Promise<RequestOutput> {
    return toOutput(await this.requestService.postRequestOnBehalf(ctx, input));
  }

  @Roles('customer', 'operator_admin', 'operator_agent')
  @Mutation(() => RequestOutput, { description: "Cancels a request: your own, or any as an operator (with a reason). The site's cancellation policy decides any fee." })
  async cancelRequest(
    @Ctx() ctx: RequestContext,
    @Args('requestId', { type: () => ID }) requestId: string,
    @Args('reason', { type: () => String, nullable: true }) reason?: string,
  ): Promise<RequestOutput> {
    return toOutput(await this.requestService.cancelRequest(ctx, { requestId, reason }));
  }

  @Roles('customer')
  @Query(() => RequestConnection, { description: 'Your requests, newest first.' })
  async myRequests(
    @Ctx() ctx: RequestContext,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ): Promise<RequestConnection> {
    return toConnectionOutput(await this.listService.myRequests(ctx, { first, after }));
  }

  @Roles('customer', 'helper', 'operator_admin', 'operator_agent')
  @Query(() => RequestOutput, { description: 'One request: for its customer, an operator, or a helper who offered on it or holds its appointment.' })
  async request(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<RequestOutput> {
    return toOutput(await this.requestService.request(ctx, { requestId: id }));
  }

  @Roles('operator_admin', 'operator_agent')
  @Query(() => RequestConnection, { description: "All of the site's requests, newest first, narrowed by any of the filters." })
  async requests(
    @Ctx() ctx: RequestContext,
    @Args('status', { type: () => RequestStatusValue, nullable: true }) status?: RequestStatusValue,
    @Args('serviceId', { type: () => ID, nullable: true }) serviceId?: string,
    @Args('helperId', { type: () => ID, nullable: true, description: 'Requests with an appointment of this helper, also one since reassigned or cancelled.' }) helperId?: string,
    @Args('postalCode', { type: () => String, nullable: true }) postalCode?: string,
    @Args('createdFrom', { type: () => Date, nullable: true, description: 'Created at or after.' }) createdFrom?: Date,
    @Args('createdTo', { type: () => Date, nullable: true, description: 'Created before; must be after createdFrom.' }) createdTo?: Date,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ): Promise<RequestConnection> {
    return toConnectionOutput(await this.listService.requests(ctx, { status, serviceId, helperId, postalCode, createdFrom, createdTo, first, after }));
  }

  @Roles('customer')
  @Mutation(() => RequestOutput, { description: 'Confirms the helper completed your request: it is closed.' })
  async confirmCompletion(@Ctx() ctx: RequestContext, @Args('requestId', { type: () => ID }) requestId: string): Promise<RequestOutput> {
    return toOutput(await this.outcomeService.confirmCompletion(ctx, { requestId }));
  }

  @Roles('customer', 'helper')
  @Mutation(() => RequestOutput, { description: 'Disputes a job in progress or completed, as its customer or its helper; an operator settles it.' })
  async disputeRequest(
    @Ctx() ctx: RequestContext,
    @Args('requestId', { type: () => ID }) requestId: string,
    @Args('reason') reason: string,
  ): Promise<RequestOutput> {
    return toOutput(await this.outcomeService.disputeRequest(ctx, { requestId, reason }));
  }

  @Roles('operator_admin', 'operator_agent')
  @Mutation(() => RequestOutput, {
    description:
      'Settles a dispute as done: the request is closed and a job still in progress is marked completed. To settle it by giving the money back, use refundRequest.',
  })
  async resolveDispute(
    @Ctx() ctx: RequestContext,
    @Args('requestId', { type: () => ID }) requestId: string,
    @Args('reason') reason: string,
  ): Promise<RequestOutput> {
    return toOutput(await this.outcomeService.resolveDispute(ctx, { requestId, reason }));
  }

  @Roles('operator_admin', 'operator_agent')
  @Mutation(() => RequestOutput, {
    description:
      "Settles a dispute, or a cancelled booking, by refunding the customer (reason required): the request becomes refunded and the payment gives back what is left of what was charged, with the helper's share taken back in proportion (a hold not yet charged is released).",
  })
  async refundRequest(
    @Ctx() ctx: RequestContext,
    @Args('requestId', { type: () => ID }) requestId: string,
    @Args('reason') reason: string,
  ): Promise<RequestOutput> {
    return toOutput(await this.outcomeService.refundRequest(ctx, { requestId, reason }));
  }
}
