import { Field, InputType } from '@nestjs/graphql';

@InputType('SmsCredentialsInput', { description: 'The site’s Twilio account, stored with the auth token encrypted.' })
export class SmsCredentialsInput {
  @Field({ description: 'AC followed by 32 hexadecimal characters.' }) accountSid!: string;
  @Field({ description: '32 hexadecimal characters; never shown again.' }) authToken!: string;
  @Field({ description: 'The sender: a phone number in international format (+41…) or a messaging service SID (MG…).' }) from!: string;
}

@InputType('NotificationSettingsInput', { description: 'Fields left out keep their value; null removes an optional one.' })
export class NotificationSettingsInput {
  @Field(() => String, { nullable: true, description: 'The name mails come from; null uses the site name.' }) senderName?: string | null;
  @Field(() => String, { nullable: true, description: 'The address mails come from, e.g. service@example.ch.' }) senderAddress?: string | null;
  @Field(() => String, { nullable: true, description: 'The site’s own mail server, smtp://user:password@host:port or smtps://…; stored encrypted; null removes it.' })
  smtpUrl?: string | null;
  @Field(() => SmsCredentialsInput, { nullable: true, description: 'The SMS account; null removes it.' }) sms?: SmsCredentialsInput | null;
  @Field(() => String, { nullable: true, description: 'From when SMS wait until morning, 24-hour time such as 21:00, in the site’s timezone.' }) quietHoursStart?: string;
  @Field(() => String, { nullable: true, description: 'Until when SMS wait, such as 08:00.' }) quietHoursEnd?: string;
}
