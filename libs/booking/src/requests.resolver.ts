// Requests on /graphql: customers post, follow and cancel their requests; operators see all and cancel with a reason.
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx, Roles } from '@quartier/identity';
import type { RequestContext } from '@quartier/platform';
import { PostRequestInput } from './dto/request.input.js';
import { RequestConnection, RequestOutput, RequestStatusValue } from './dto/request.output.js';
import type { RequestView } from './request-rows.js';
import { RequestService } from './request.service.js';

const toOutput = (view: RequestView) => view as unknown as RequestOutput;
const toConnectionOutput = (page: { edges: { cursor: string; node: RequestView }[]; pageInfo: RequestConnection['pageInfo'] }): RequestConnection => ({
  ...page,
  edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: toOutput(edge.node) })),
});

@Resolver()
export class RequestsResolver {
  constructor(private readonly requestService: RequestService) {}

  @Roles('customer')
  @Mutation(() => RequestOutput, { description: 'Posts a request to be offered to matching helpers.' })
  async postRequest(@Ctx() ctx: RequestContext, @Args('input', { type: () => PostRequestInput }) input: PostRequestInput): Promise<RequestOutput> {
    return toOutput(await this.requestService.postRequest(ctx, input));
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
    return toConnectionOutput(await this.requestService.myRequests(ctx, { first, after }));
  }

  @Roles('customer', 'operator_admin', 'operator_agent')
  @Query(() => RequestOutput, { description: 'One request, for its customer or an operator.' })
  async request(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<RequestOutput> {
    return toOutput(await this.requestService.request(ctx, { requestId: id }));
  }

  @Roles('operator_admin', 'operator_agent')
  @Query(() => RequestConnection, { description: "All of the site's requests, newest first, optionally of one status and service." })
  async requests(
    @Ctx() ctx: RequestContext,
    @Args('status', { type: () => RequestStatusValue, nullable: true }) status?: RequestStatusValue,
    @Args('serviceId', { type: () => ID, nullable: true }) serviceId?: string,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ): Promise<RequestConnection> {
    return toConnectionOutput(await this.requestService.requests(ctx, { status, serviceId, first, after }));
  }
}
