import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('NotificationSettings', { description: 'How the site sends notifications; secrets are stored encrypted and never shown.' })
export class NotificationSettingsOutput {
  @Field(() => String, { nullable: true }) senderName!: string | null;
  @Field(() => String, { nullable: true }) senderAddress!: string | null;
  @Field(() => String, { nullable: true, description: 'The site’s own mail server with its password hidden; null while the deployment’s server (or none) is used.' })
  smtpUrl!: string | null;
  @Field(() => String, { nullable: true }) smsAccountSid!: string | null;
  @Field(() => String, { nullable: true }) smsFrom!: string | null;
  @Field() quietHoursStart!: string;
  @Field() quietHoursEnd!: string;
  @Field(() => Date, { nullable: true, description: 'Null while the site uses the defaults.' }) updatedAt!: Date | null;
}
