// Reviews on /graphql: customers and helpers review each other after a completed appointment and
// read theirs; anyone reads an approved helper's published reviews; operators list and moderate.
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx, Public, Roles } from '@quartier/identity';
import type { RequestContext } from '@quartier/platform';
import {
  ModeratedReviewConnection,
  ModeratedReviewOutput,
  PublicReviewConnection,
  ReviewConnection,
  ReviewOutput,
} from './dto/review.output.js';
import { ReviewListingService } from './review-listing.service.js';
import { ReviewModerationService } from './review-moderation.service.js';
import { ReviewService } from './review.service.js';

/** Views and outputs share their field names; enums carry the stored lowercase values. */
const toOutput = <T>(view: unknown): T => view as T;

@Resolver()
export class ReviewsResolver {
  constructor(
    private readonly writing: ReviewService,
    private readonly listing: ReviewListingService,
    private readonly moderation: ReviewModerationService,
  ) {}

  @Roles('customer', 'helper')
  @Mutation(() => ReviewOutput, {
    description: "Reviews the other side of a completed appointment you took part in, within the site's review window; it stays visible only to you until both sides wrote or the window closes.",
  })
  async writeReview(
    @Ctx() ctx: RequestContext,
    @Args('appointmentId', { type: () => ID }) appointmentId: string,
    @Args('stars', { type: () => Int }) stars: number,
    @Args('text', { type: () => String, nullable: true }) text?: string,
  ): Promise<ReviewOutput> {
    return toOutput(await this.writing.writeReview(ctx, { appointmentId, stars, text }));
  }

  @Roles('customer', 'helper')
  @Query(() => ReviewConnection, { description: 'Reviews you wrote, and published reviews about you; newest first.' })
  async myReviews(
    @Ctx() ctx: RequestContext,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ): Promise<ReviewConnection> {
    return toOutput(await this.listing.myReviews(ctx, { first, after }));
  }

  @Public()
  @Query(() => PublicReviewConnection, { description: "An approved helper's published reviews by customers, newest first; any other id is NOT_FOUND." })
  async helperReviews(
    @Ctx() ctx: RequestContext,
    @Args('helperId', { type: () => ID }) helperId: string,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ): Promise<PublicReviewConnection> {
    return toOutput(await this.listing.helperReviews(ctx, { helperId, first, after }));
  }

  @Roles('operator_admin', 'operator_agent')
  @Query(() => ModeratedReviewConnection, { description: "Every review of the site, unpublished and hidden ones included, newest first; hidden filters by whether it is hidden now." })
  async reviews(
    @Ctx() ctx: RequestContext,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
    @Args('hidden', { type: () => Boolean, nullable: true }) hidden?: boolean,
  ): Promise<ModeratedReviewConnection> {
    return toOutput(await this.listing.siteReviews(ctx, { first, after, hidden }));
  }

  @Roles('operator_admin', 'operator_agent')
  @Mutation(() => ModeratedReviewOutput, { description: "Hides a review from customers and helpers with a reason kept for audit; its stars leave the helper's rating." })
  async hideReview(
    @Ctx() ctx: RequestContext,
    @Args('reviewId', { type: () => ID }) reviewId: string,
    @Args('reason') reason: string,
  ): Promise<ModeratedReviewOutput> {
    return toOutput(await this.moderation.hideReview(ctx, { reviewId, reason }));
  }

  @Roles('operator_admin', 'operator_agent')
  @Mutation(() => ModeratedReviewOutput, { description: 'Shows a hidden review again, with a reason kept for audit.' })
  async unhideReview(
    @Ctx() ctx: RequestContext,
    @Args('reviewId', { type: () => ID }) reviewId: string,
    @Args('reason') reason: string,
  ): Promise<ModeratedReviewOutput> {
    return toOutput(await this.moderation.unhideReview(ctx, { reviewId, reason }));
  }
}
