import { Module } from '@nestjs/common';
import { TenancyModule } from '@quartier/tenancy';
import { ReviewListingService } from './review-listing.service.js';
import { ReviewModerationService } from './review-moderation.service.js';
import { ReviewService } from './review.service.js';
import { ReviewsResolver } from './reviews.resolver.js';

const services = [ReviewService, ReviewListingService, ReviewModerationService];

/** Services of the reviews domain, for apps and other domain modules. */
@Module({ imports: [TenancyModule], providers: [...services], exports: services })
export class ReviewsModule {}

/** Resolvers served on /graphql. */
@Module({ imports: [ReviewsModule], providers: [ReviewsResolver] })
export class ReviewsTenantApiModule {}
