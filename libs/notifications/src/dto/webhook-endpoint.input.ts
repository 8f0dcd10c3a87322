import { Field, InputType } from '@nestjs/graphql';

@InputType('CreateWebhookEndpointInput')
export class CreateWebhookEndpointInput {
  @Field({ description: 'https:// (http:// only for localhost or 127.0.0.1 while developing).' }) url!: string;
  @Field(() => String, { nullable: true, description: 'At most 500 characters, for the operators.' }) description?: string | null;
  @Field(() => [String], { description: 'Event types from webhookEventTypes, at least one.' }) eventTypes!: string[];
}

@InputType('UpdateWebhookEndpointInput', { description: 'Fields left out keep their value.' })
export class UpdateWebhookEndpointInput {
  @Field(() => String, { nullable: true }) url?: string | null;
  @Field(() => String, { nullable: true, description: 'null removes it.' }) description?: string | null;
  @Field(() => [String], { nullable: true }) eventTypes?: string[] | null;
  @Field(() => Boolean, { nullable: true, description: 'A disabled endpoint receives nothing; its pending deliveries are not sent.' }) enabled?: boolean | null;
}
