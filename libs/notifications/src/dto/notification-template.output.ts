import { Field, ID, ObjectType } from '@nestjs/graphql';
import { NotificationChannelValue } from './notification-enums.js';

@ObjectType('NotificationTemplate', { description: 'The text of one kind on one channel in one language: the site’s own, or the one Quartier ships.' })
export class NotificationTemplateOutput {
  @Field() kind!: string;
  @Field(() => NotificationChannelValue) channel!: NotificationChannelValue;
  @Field() locale!: string;
  @Field(() => String, { nullable: true, description: 'Email subject or in-app title; null for SMS.' }) subject!: string | null;
  @Field() body!: string;
  @Field({ description: 'True when the site saved its own text; false while the shipped one applies.' }) customized!: boolean;
  @Field(() => [String], { description: 'The variables this text may use, e.g. siteName, recipientName, link, serviceName.' }) variables!: string[];
  @Field(() => Date, { nullable: true, description: 'When the site’s text was last saved; null for the shipped one.' }) updatedAt!: Date | null;
  @Field(() => ID, { nullable: true, description: 'The operator who last saved it; null for the shipped one.' }) updatedBy!: string | null;
}

@ObjectType('NotificationTemplatePreview', { description: 'A template filled with sample values in its language, as a recipient would read it.' })
export class NotificationTemplatePreviewOutput {
  @Field(() => String, { nullable: true }) subject!: string | null;
  @Field({ description: 'The text as sent: for email its plain-text part (with the link and footer), otherwise the message itself.' }) body!: string;
  @Field(() => String, { nullable: true, description: 'For email, the branded HTML in the site’s colours and logo; null for other channels.' }) html!: string | null;
}
