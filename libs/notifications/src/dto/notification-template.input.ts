import { Field, InputType } from '@nestjs/graphql';
import { NotificationChannelValue } from './notification-enums.js';

@InputType('NotificationTemplateInput', { description: 'A template text as an operator writes it, with {{variables}} of its kind and {{#if variable}} … {{/if}} blocks.' })
export class NotificationTemplateInput {
  @Field({ description: 'The notification kind, e.g. booking.confirmed.' }) kind!: string;
  @Field(() => NotificationChannelValue) channel!: NotificationChannelValue;
  @Field({ description: 'One of the site’s languages: de, fr, it or en.' }) locale!: string;
  @Field(() => String, { nullable: true, description: 'The email subject or in-app title (one line, at most 200 characters); null or empty for SMS.' })
  subject?: string | null;
  @Field({ description: 'Plain text; blank lines separate paragraphs. At most 640 characters for SMS, 5000 otherwise.' }) body!: string;
}
