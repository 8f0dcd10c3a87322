export { ReviewsModule, ReviewsTenantApiModule } from './reviews.module.js';
export { ReviewService, type WriteReviewInput } from './review.service.js';
export { ReviewListingService } from './review-listing.service.js';
export { ReviewModerationService } from './review-moderation.service.js';
export type { ModeratedReviewView, ModerationAction, ModerationEntryView, PublicReviewView, ReviewerRole, ReviewView } from './review-rows.js';
export { AlreadyReviewedError, ReviewWindowClosedError, ReviewWindowNotOpenError, windowClosesAt } from './review.rules.js';
