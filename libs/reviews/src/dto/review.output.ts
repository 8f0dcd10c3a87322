import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PageInfo } from '@quartier/platform';

export enum ReviewerRoleValue {
  CUSTOMER = 'customer',
  HELPER = 'helper',
}
registerEnumType(ReviewerRoleValue, { name: 'ReviewerRole', description: "CUSTOMER: the appointment's customer reviewing the helper; HELPER: its helper reviewing the customer." });

export enum ModerationActionValue {
  HIDDEN = 'hidden',
  UNHIDDEN = 'unhidden',
}
registerEnumType(ModerationActionValue, { name: 'ReviewModerationAction' });

@ObjectType('PublicReview', { description: "A customer's published review of a helper." })
export class PublicReviewOutput {
  @Field(() => ID) id!: string;
  @Field(() => Int, { description: '1–5.' }) stars!: number;
  @Field() text!: string;
  @Field({ description: "The author's display name." }) authorName!: string;
  @Field(() => Date) publishedAt!: Date;
}

@ObjectType({ isAbstract: true })
abstract class ReviewFields {
  @Field(() => ID) id!: string;
  @Field(() => ID) appointmentId!: string;
  @Field(() => ID) authorId!: string;
  @Field(() => ReviewerRoleValue) authorRole!: ReviewerRoleValue;
  @Field() authorName!: string;
  @Field(() => ID, { description: 'Who the review is about.' }) subjectId!: string;
  @Field(() => Int, { description: '1–5.' }) stars!: number;
  @Field() text!: string;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date, { nullable: true, description: 'Null until both sides wrote or the review window closed; until then only its author sees it.' })
  publishedAt!: Date | null;
  @Field(() => Date, { description: 'Reviews of the appointment may be written until this instant.' }) windowClosesAt!: Date;
  @Field({ description: 'Hidden by the site: nobody but its author and the operators sees it.' }) hidden!: boolean;
}

@ObjectType('Review', { description: 'A review you wrote, or one about you once published.' })
export class ReviewOutput extends ReviewFields {
  @Field() writtenByMe!: boolean;
}

@ObjectType('ReviewModerationEntry', { description: 'One decision of an operator on a review; entries are never changed.' })
export class ReviewModerationEntryOutput {
  @Field(() => ModerationActionValue) action!: ModerationActionValue;
  @Field() reason!: string;
  @Field(() => ID) actorId!: string;
  @Field(() => Date) createdAt!: Date;
}

@ObjectType('ModeratedReview', { description: 'A review as operators see it: published or not, hidden or not, with every moderation decision.' })
export class ModeratedReviewOutput extends ReviewFields {
  @Field(() => Int, { description: 'The reviews policy version in force when the appointment was completed (0: the defaults).' }) reviewsPolicyVersion!: number;
  @Field(() => Date, { nullable: true }) hiddenAt!: Date | null;
  @Field(() => ID, { nullable: true }) hiddenBy!: string | null;
  @Field(() => String, { nullable: true }) hiddenReason!: string | null;
  @Field(() => [ReviewModerationEntryOutput], { description: 'Oldest first.' }) moderation!: ReviewModerationEntryOutput[];
}

@ObjectType('PublicReviewEdge')
export class PublicReviewEdge {
  @Field() cursor!: string;
  @Field(() => PublicReviewOutput) node!: PublicReviewOutput;
}

@ObjectType('PublicReviewConnection')
export class PublicReviewConnection {
  @Field(() => [PublicReviewEdge]) edges!: PublicReviewEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}

@ObjectType('ReviewEdge')
export class ReviewEdge {
  @Field() cursor!: string;
  @Field(() => ReviewOutput) node!: ReviewOutput;
}

@ObjectType('ReviewConnection')
export class ReviewConnection {
  @Field(() => [ReviewEdge]) edges!: ReviewEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}

@ObjectType('ModeratedReviewEdge')
export class ModeratedReviewEdge {
  @Field() cursor!: string;
  @Field(() => ModeratedReviewOutput) node!: ModeratedReviewOutput;
}

@ObjectType('ModeratedReviewConnection')
export class ModeratedReviewConnection {
  @Field(() => [ModeratedReviewEdge]) edges!: ModeratedReviewEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}
