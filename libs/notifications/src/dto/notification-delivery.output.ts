import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { PageInfo } from '@quartier/platform';
import { DeliveryChannelValue, DeliveryStatusValue } from './notification-enums.js';

@ObjectType('NotificationDelivery', { description: 'One message on its way to one person (email, SMS) or webhook endpoint, as the notification log keeps it.' })
export class NotificationDeliveryOutput {
  @Field(() => ID) id!: string;
  @Field(() => ID, { description: 'The event it tells of.' }) eventId!: string;
  @Field({ description: 'e.g. request.scheduled' }) eventType!: string;
  @Field({ description: 'The notification kind; for webhooks the event type.' }) kind!: string;
  @Field(() => DeliveryChannelValue) channel!: DeliveryChannelValue;
  @Field(() => ID, { description: 'The person, or the webhook endpoint.' }) recipientId!: string;
  @Field({ description: 'Email address, phone number or endpoint URL.' }) address!: string;
  @Field(() => String, { nullable: true, description: 'The language it was written in; null for webhooks.' }) locale!: string | null;
  @Field(() => String, { nullable: true }) subject!: string | null;
  @Field({ description: 'The text (email: its plain-text part; webhook: the JSON body).' }) body!: string;
  @Field(() => String, { nullable: true }) html!: string | null;
  @Field(() => DeliveryStatusValue) status!: DeliveryStatusValue;
  @Field(() => Int, { description: 'Sends tried so far, replays included.' }) attempts!: number;
  @Field(() => Int, { description: 'Sends allowed before it is given up.' }) maxAttempts!: number;
  @Field(() => Date, { description: 'When it is (or was) due to be sent.' }) dueAt!: Date;
  @Field(() => Date, { nullable: true }) sentAt!: Date | null;
  @Field(() => Date, { nullable: true }) failedAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'The provider’s or receiver’s answer code of the last attempt, e.g. 250 or 503.' }) lastCode!: string | null;
  @Field(() => String, { nullable: true }) lastError!: string | null;
  @Field({ description: 'True when the last failure cannot get better by retrying (an address that does not exist).' }) permanent!: boolean;
  @Field(() => Int, { description: 'Times an operator replayed it.' }) replays!: number;
  @Field(() => Date) createdAt!: Date;
}

@ObjectType('NotificationAttempt', { description: 'One send of a delivery.' })
export class NotificationAttemptOutput {
  @Field(() => Int) attempt!: number;
  @Field(() => Date) startedAt!: Date;
  @Field(() => Date) finishedAt!: Date;
  @Field({ description: 'sent, kept, retry or failed.' }) outcome!: string;
  @Field(() => String, { nullable: true }) code!: string | null;
  @Field(() => String, { nullable: true }) error!: string | null;
  @Field(() => String, { nullable: true, description: 'The start of the provider’s or receiver’s answer.' }) responseExcerpt!: string | null;
}

@ObjectType('NotificationDeliveryDetail', { description: 'A delivery with every send tried, oldest first.' })
export class NotificationDeliveryDetailOutput {
  @Field(() => NotificationDeliveryOutput) delivery!: NotificationDeliveryOutput;
  @Field(() => [NotificationAttemptOutput]) attempts!: NotificationAttemptOutput[];
}

@ObjectType('NotificationDeliveryEdge')
export class NotificationDeliveryEdge {
  @Field() cursor!: string;
  @Field(() => NotificationDeliveryOutput) node!: NotificationDeliveryOutput;
}

@ObjectType('NotificationDeliveryConnection')
export class NotificationDeliveryConnection {
  @Field(() => [NotificationDeliveryEdge]) edges!: NotificationDeliveryEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}

@InputType('NotificationLogFilter')
export class NotificationLogFilterInput {
  @Field(() => DeliveryChannelValue, { nullable: true }) channel?: DeliveryChannelValue | null;
  @Field(() => DeliveryStatusValue, { nullable: true }) status?: DeliveryStatusValue | null;
  @Field(() => ID, { nullable: true, description: 'A person or a webhook endpoint.' }) recipientId?: string | null;
  @Field(() => String, { nullable: true, description: 'A notification kind or, for webhooks, an event type.' }) kind?: string | null;
}
