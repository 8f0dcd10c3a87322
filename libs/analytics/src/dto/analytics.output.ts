import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { RequestStatusValue } from '@quartier/booking';

@ObjectType('AnalyticsDuration', { description: 'How long posted requests waited for a milestone, in seconds, and how many reached it within their SLA target.' })
export class AnalyticsDurationOutput {
  @Field(() => Int, { description: 'Posted requests that reached the milestone.' }) count!: number;
  @Field(() => Float, { nullable: true }) medianSeconds!: number | null;
  @Field(() => Float, { nullable: true, description: '90th percentile (continuous).' }) p90Seconds!: number | null;
  @Field(() => Int, { description: "Requests that reached it within the target of the SLA version they were posted under." }) withinSla!: number;
  @Field(() => Int, { description: 'Requests whose outcome is known: reached, or the target passed without the customer cancelling first.' }) slaDecided!: number;
  @Field(() => Float, { nullable: true, description: 'withinSla ÷ slaDecided × 100, two decimals; null when nothing is decided.' }) withinSlaPercent!: number | null;
}

@ObjectType('AnalyticsStatusVolume')
export class AnalyticsStatusVolumeOutput {
  @Field(() => RequestStatusValue) status!: RequestStatusValue;
  @Field(() => Int) posted!: number;
  @Field(() => Int) booked!: number;
}

@ObjectType('AnalyticsVolume')
export class AnalyticsVolumeOutput {
  @Field(() => Int, { description: 'Requests posted to be offered to helpers.' }) posted!: number;
  @Field(() => Int, { description: "Requests booked directly on a helper's free slot." }) booked!: number;
  @Field(() => [AnalyticsStatusVolumeOutput], { description: 'By current status, in lifecycle order.' }) byStatus!: AnalyticsStatusVolumeOutput[];
}

@ObjectType('AnalyticsDispatch')
export class AnalyticsDispatchOutput {
  @Field(() => Int, { description: 'Dispatch offers accepted, declined or lapsed (released ones were accepted first).' }) offersAnswered!: number;
  @Field(() => Int, { description: 'Dispatch offers accepted, including those whose helper was later released.' }) offersAccepted!: number;
  @Field(() => Float, { nullable: true, description: 'offersAccepted ÷ offersAnswered, 0–1.' }) acceptanceRate!: number | null;
}

@ObjectType('AnalyticsReallocation')
export class AnalyticsReallocationOutput {
  @Field(() => Int, { description: 'Posted requests a helper was given at least once.' }) acceptedRequests!: number;
  @Field(() => Int, { description: 'Of those, requests taken back from a helper at least once.' }) reallocatedRequests!: number;
  @Field(() => Float, { nullable: true, description: 'reallocatedRequests ÷ acceptedRequests, 0–1.' }) rate!: number | null;
}

@ObjectType('AnalyticsEscalation')
export class AnalyticsEscalationOutput {
  @Field(() => String, { nullable: true }) tierKey!: string | null;
  @Field(() => String, { nullable: true, description: 'specialist, contractor or operator.' }) target!: string | null;
  @Field(() => Int, { description: 'Requests that entered the tier.' }) requests!: number;
  @Field(() => Int, { description: 'Escalation steps into the tier.' }) escalations!: number;
}

@ObjectType('AnalyticsRating')
export class AnalyticsRatingOutput {
  @Field(() => Float, { nullable: true, description: "Average stars of customers' published, visible reviews of helpers, two decimals." }) average!: number | null;
  @Field(() => Int) count!: number;
}

@ObjectType('AnalyticsCallDeflection')
export class AnalyticsCallDeflectionOutput {
  @Field(() => Int, { description: 'Posted requests a helper took (by offer, dispatch or the customer choosing) without the operator.' }) resolvedByHelpers!: number;
  @Field(() => Int, { description: "Posted requests that reached the operator's escalation tier or were assigned by an operator." }) handledByOperator!: number;
  @Field(() => Float, { nullable: true, description: 'resolvedByHelpers ÷ (resolvedByHelpers + handledByOperator), 0–1.' }) rate!: number | null;
}

@ObjectType('AnalyticsRemoteHelp', { description: 'Remote first help: requests whose help started with a call, and how many of them needed a visit after it.' })
export class AnalyticsRemoteHelpOutput {
  @Field(() => Int, { description: "Posted requests whose help started with a helper's call." }) startedByCall!: number;
  @Field(() => Int, { description: 'Of those, the ones the call handed on to a visit on site.' }) visitsAfterCall!: number;
  @Field(() => Float, { nullable: true, description: '(startedByCall − visitsAfterCall) ÷ startedByCall, 0–1; null without calls.' }) solvedOnCallRate!: number | null;
}

@ObjectType('AnalyticsLeaderboardEntry')
export class AnalyticsLeaderboardEntryOutput {
  @Field(() => Int) rank!: number;
  @Field(() => ID) helperId!: string;
  @Field() displayName!: string;
  @Field(() => Int) jobsCompleted!: number;
  @Field(() => Float, { nullable: true }) averageStars!: number | null;
  @Field(() => Int) ratingCount!: number;
  @Field(() => Float, { nullable: true, description: "Median of the helper's first answers to posted requests, seconds after posting." }) medianResponseSeconds!: number | null;
  @Field(() => Int) dispatchOffersAccepted!: number;
  @Field(() => Int) dispatchOffersAnswered!: number;
  @Field(() => Float, { nullable: true, description: 'dispatchOffersAccepted ÷ dispatchOffersAnswered, 0–1.' }) acceptanceRate!: number | null;
  @Field(() => Int, { description: 'Times the helper was released from a job they had not started in time.' }) reallocations!: number;
}

@ObjectType('AnalyticsBreakdown', { description: 'The volume and durations of the requests of one service or one postal area.' })
export class AnalyticsBreakdownOutput {
  @Field({ description: "The service's id, or the postal area: the postal code's first areaLength characters (more when the postalArea filter is longer)." })
  key!: string;
  @Field(() => Int, { description: 'Requests posted to be offered to helpers.' }) posted!: number;
  @Field(() => Int, { description: "Requests booked directly on a helper's free slot." }) booked!: number;
  @Field(() => AnalyticsDurationOutput, { description: "Posting to the first helper's offer or acceptance." }) firstResponse!: AnalyticsDurationOutput;
  @Field(() => AnalyticsDurationOutput, { description: 'Posting to the first start of a job.' }) timeToHelp!: AnalyticsDurationOutput;
}

@ObjectType('OperatorAnalytics', { description: 'Figures of the requests created in a period, computed from their timelines.' })
export class OperatorAnalyticsOutput {
  @Field(() => Date) from!: Date;
  @Field(() => Date) to!: Date;
  @Field(() => ID, { nullable: true }) serviceId!: string | null;
  @Field(() => String, { nullable: true }) postalArea!: string | null;
  @Field(() => ID, { nullable: true }) helperId!: string | null;
  @Field(() => Int, { description: 'Characters of the postal code that make an area in byPostalArea.' }) areaLength!: number;
  @Field(() => Date) generatedAt!: Date;
  @Field(() => AnalyticsVolumeOutput) volume!: AnalyticsVolumeOutput;
  @Field(() => AnalyticsDurationOutput, { description: "Posting to the first helper's offer or acceptance." }) firstResponse!: AnalyticsDurationOutput;
  @Field(() => AnalyticsDurationOutput, { description: 'Posting to the first start of a job.' }) timeToHelp!: AnalyticsDurationOutput;
  @Field(() => AnalyticsDispatchOutput) dispatch!: AnalyticsDispatchOutput;
  @Field(() => AnalyticsReallocationOutput) reallocation!: AnalyticsReallocationOutput;
  @Field(() => [AnalyticsEscalationOutput], { description: 'Per escalation tier, in the order requests reach them.' }) escalations!: AnalyticsEscalationOutput[];
  @Field(() => AnalyticsRatingOutput) rating!: AnalyticsRatingOutput;
  @Field(() => AnalyticsCallDeflectionOutput) callDeflection!: AnalyticsCallDeflectionOutput;
  @Field(() => AnalyticsRemoteHelpOutput) remoteHelp!: AnalyticsRemoteHelpOutput;
  @Field(() => [AnalyticsLeaderboardEntryOutput], { description: 'Top 20 helpers by jobs completed, then average stars.' }) leaderboard!: AnalyticsLeaderboardEntryOutput[];
  @Field(() => [AnalyticsBreakdownOutput], { description: 'Per service (key: its id), most requests first; the rows add up to volume, firstResponse and timeToHelp.' })
  byService!: AnalyticsBreakdownOutput[];
  @Field(() => [AnalyticsBreakdownOutput], { description: 'Per postal area (see AnalyticsFilterInput.areaLength), most requests first; the rows add up the same way.' })
  byPostalArea!: AnalyticsBreakdownOutput[];
}

@ObjectType('HelpersOnShift', { description: "The site's approved helpers whose weekly hours, or that day's exception, cover this instant." })
export class HelpersOnShiftOutput {
  @Field(() => Date, { description: 'The instant read.' }) at!: Date;
  @Field(() => Int, { description: 'On shift and free: no job spans the instant.' }) count!: number;
  @Field(() => [ID], { description: 'Those helpers, by display name.' }) helperIds!: string[];
  @Field(() => Int, { description: 'On shift but on a job now (a scheduled or started appointment spans the instant).' }) onJob!: number;
  @Field(() => [ID], { description: 'Those helpers, by display name.' }) onJobHelperIds!: string[];
}

@ObjectType('AnalyticsExport', { description: 'A file to download.' })
export class AnalyticsExportOutput {
  @Field() filename!: string;
  @Field() contentType!: string;
  @Field({ description: 'RFC 4180 CSV (CRLF line ends): summary, escalations, volume by status, leaderboard, by service and by postal area sections.' }) content!: string;
}
