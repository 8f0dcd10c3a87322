// Vetting on /graphql: helpers hand in evidence and follow their progress; operators work the queue.
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx, Roles } from '@quartier/identity';
import type { RequestContext } from '@quartier/platform';
import { VettingEvidenceInput } from './dto/helper.input.js';
import { VettingDecisionValue, VettingProgressConnection, VettingProgressOutput } from './dto/vetting.output.js';
import type { VettingProgressView } from './helper-rows.js';
import { VettingService } from './vetting.service.js';

const toProgress = (view: VettingProgressView) => view as unknown as VettingProgressOutput;

@Resolver()
export class VettingResolver {
  constructor(private readonly vetting: VettingService) {}

  @Roles('helper')
  @Query(() => VettingProgressOutput, { nullable: true, description: 'Your vetting status and steps; null until you start a profile.' })
  async myVettingProgress(@Ctx() ctx: RequestContext): Promise<VettingProgressOutput | null> {
    const view = await this.vetting.myProgress(ctx);
    return view ? toProgress(view) : null;
  }

  @Roles('helper')
  @Mutation(() => VettingProgressOutput, { description: 'Hands in evidence for one step; the first one puts you in review.' })
  async submitVettingStep(
    @Ctx() ctx: RequestContext,
    @Args('stepKey') stepKey: string,
    @Args('evidence', { type: () => VettingEvidenceInput }) evidence: VettingEvidenceInput,
  ): Promise<VettingProgressOutput> {
    return toProgress(await this.vetting.submitStep(ctx, { stepKey, evidence }));
  }

  @Roles('operator_admin', 'operator_agent')
  @Query(() => VettingProgressConnection, { description: 'Helpers in review, longest waiting first.' })
  async vettingQueue(
    @Ctx() ctx: RequestContext,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ): Promise<VettingProgressConnection> {
    const page = await this.vetting.queue(ctx, { first, after });
    return { ...page, edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: toProgress(edge.node) })) };
  }

  @Roles('operator_admin', 'operator_agent')
  @Mutation(() => VettingProgressOutput, { description: 'Approves or rejects a submitted step; a rejection needs a note.' })
  async decideVettingStep(
    @Ctx() ctx: RequestContext,
    @Args('helperId', { type: () => ID }) helperId: string,
    @Args('stepKey') stepKey: string,
    @Args('decision', { type: () => VettingDecisionValue }) decision: VettingDecisionValue,
    @Args('note', { type: () => String, nullable: true }) note?: string,
  ): Promise<VettingProgressOutput> {
    return toProgress(await this.vetting.decideStep(ctx, { helperId, stepKey, decision: decision as 'approve' | 'reject', note }));
  }

  @Roles('operator_admin', 'operator_agent')
  @Mutation(() => VettingProgressOutput, { description: 'Takes an approved helper off the site.' })
  async suspendHelper(
    @Ctx() ctx: RequestContext,
    @Args('helperId', { type: () => ID }) helperId: string,
    @Args('reason') reason: string,
  ): Promise<VettingProgressOutput> {
    return toProgress(await this.vetting.suspend(ctx, { helperId, reason }));
  }

  @Roles('operator_admin', 'operator_agent')
  @Mutation(() => VettingProgressOutput, { description: 'Puts a suspended helper back; to review if a required step expired meanwhile.' })
  async reinstateHelper(@Ctx() ctx: RequestContext, @Args('helperId', { type: () => ID }) helperId: string): Promise<VettingProgressOutput> {
    return toProgress(await this.vetting.reinstate(ctx, { helperId }));
  }
}
