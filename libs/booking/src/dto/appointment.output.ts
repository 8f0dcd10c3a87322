import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PageInfo } from '@quartier/platform';

export enum OfferKindValue {
  ACCEPT = 'accept',
  QUOTE = 'quote',
}
registerEnumType(OfferKindValue, { name: 'OfferKind', description: "ACCEPT: at the helper's price for the service; QUOTE: the helper's quoted total." });

export enum OfferStatusValue {
  PENDING = 'pending',
  CHOSEN = 'chosen',
  WITHDRAWN = 'withdrawn',
  DECLINED = 'declined',
}
registerEnumType(OfferStatusValue, { name: 'OfferStatus' });

export enum AppointmentStatusValue {
  SCHEDULED = 'scheduled',
  IN_PROGRESS = 'in_progress',
  COMPLETED = 'completed',
  CANCELLED = 'cancelled',
}
registerEnumType(AppointmentStatusValue, { name: 'AppointmentStatus' });

export enum HelpModeValue {
  ON_SITE = 'on_site',
  REMOTE = 'remote',
}
registerEnumType(HelpModeValue, { name: 'HelpMode', description: "ON_SITE: the helper comes by; REMOTE: the helper starts with a call (phone or video), a visit following only when needed." });

@ObjectType('Offer', { description: "A helper's offer to do a request." })
export class OfferOutput {
  @Field(() => ID) id!: string;
  @Field(() => ID) requestId!: string;
  @Field(() => ID) helperId!: string;
  @Field(() => OfferKindValue) kind!: OfferKindValue;
  @Field(() => Int, { description: "The helper's price for the job, in minor units." }) priceMinor!: number;
  @Field(() => Int, { description: "What the customer would pay, with the site's fee." }) customerTotalMinor!: number;
  @Field() currency!: string;
  @Field(() => OfferStatusValue) status!: OfferStatusValue;
  @Field(() => String, { nullable: true, description: "The customer's reason for declining, if they gave one." }) declineReason!: string | null;
  @Field(() => Date) createdAt!: Date;
}

@ObjectType('OfferEdge')
export class OfferEdge {
  @Field() cursor!: string;
  @Field(() => OfferOutput) node!: OfferOutput;
}

@ObjectType('OfferConnection')
export class OfferConnection {
  @Field(() => [OfferEdge]) edges!: OfferEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}

@ObjectType('AppointmentPrice', { description: 'The price breakdown fixed at booking, in minor units.' })
export class AppointmentPriceOutput {
  @Field() currency!: string;
  @Field(() => Int) subtotalMinor!: number;
  @Field(() => Int) customerFeeMinor!: number;
  @Field(() => Int) customerTotalMinor!: number;
  @Field(() => Int) commissionMinor!: number;
  @Field(() => Int) helperPayoutMinor!: number;
}

@ObjectType('BookingQuote', { description: "What booking a helper's free time would cost, under the site's pricing now, in minor units." })
export class BookingQuoteOutput {
  @Field() currency!: string;
  @Field(() => Int, { description: "The helper's price for the job: their hourly rate times the service's duration, or their fixed price." }) subtotalMinor!: number;
  @Field(() => Int, { description: "The site's service fee on top." }) customerFeeMinor!: number;
  @Field(() => Int, { description: 'What the customer pays.' }) customerTotalMinor!: number;
  @Field(() => Int, { description: 'The service duration the price is for.' }) durationMinutes!: number;
}

@ObjectType('Appointment', { description: 'When a helper comes to do a request.' })
export class AppointmentOutput {
  @Field(() => ID) id!: string;
  @Field(() => ID) requestId!: string;
  @Field(() => ID) helperId!: string;
  @Field(() => ID) customerId!: string;
  @Field(() => ID) serviceId!: string;
  @Field(() => ID, { nullable: true }) offerId!: string | null;
  @Field(() => Date) startsAt!: Date;
  @Field(() => Date) endsAt!: Date;
  @Field(() => AppointmentStatusValue) status!: AppointmentStatusValue;
  @Field(() => HelpModeValue) mode!: HelpModeValue;
  @Field(() => AppointmentPriceOutput) price!: AppointmentPriceOutput;
  @Field(() => Date, { nullable: true, description: 'When the helper last said they were on their way.' }) onTheWayAt!: Date | null;
  @Field(() => Date, { nullable: true, description: 'When the helper started the job.' }) startedAt!: Date | null;
  @Field(() => Date, { nullable: true, description: 'When the job was marked completed.' }) completedAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'What the helper (or an operator) noted on completion.' }) completionNote!: string | null;
  @Field(() => Date) createdAt!: Date;
}

@ObjectType('AppointmentEdge')
export class AppointmentEdge {
  @Field() cursor!: string;
  @Field(() => AppointmentOutput) node!: AppointmentOutput;
}

@ObjectType('AppointmentConnection')
export class AppointmentConnection {
  @Field(() => [AppointmentEdge]) edges!: AppointmentEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}
