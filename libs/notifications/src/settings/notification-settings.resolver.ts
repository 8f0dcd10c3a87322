// The site's notification settings on /graphql: operators read them, operator admins change them.
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx, Roles } from '@quartier/identity';
import type { RequestContext } from '@quartier/platform';
import { NotificationSettingsInput } from '../dto/notification-settings.input.js';
import { NotificationSettingsOutput } from '../dto/notification-settings.output.js';
import { NotificationSettingsService } from './notification-settings.service.js';

@Resolver()
export class NotificationSettingsResolver {
  constructor(private readonly settings: NotificationSettingsService) {}

  @Roles('operator_admin', 'operator_agent')
  @Query(() => NotificationSettingsOutput, { description: "How the site sends notifications: sender, mail server and SMS account (secrets hidden), quiet hours." })
  async notificationSettings(@Ctx() ctx: RequestContext): Promise<NotificationSettingsOutput> {
    return this.settings.settings(ctx);
  }

  @Roles('operator_admin')
  @Mutation(() => NotificationSettingsOutput, {
    description: 'Changes the fields given. The mail server URL and SMS auth token are stored encrypted and never shown again. BAD_USER_INPUT names the field, e.g. smtpUrl or sms.authToken.',
  })
  async updateNotificationSettings(@Ctx() ctx: RequestContext, @Args('input') input: NotificationSettingsInput): Promise<NotificationSettingsOutput> {
    return this.settings.update(ctx, {
      senderName: input.senderName,
      senderAddress: input.senderAddress,
      smtpUrl: input.smtpUrl,
      sms: input.sms === undefined || input.sms === null ? input.sms : { accountSid: input.sms.accountSid, authToken: input.sms.authToken, from: input.sms.from },
      // Quiet hours cannot be removed, only moved: null keeps them like an omitted field.
      quietHoursStart: input.quietHoursStart ?? undefined,
      quietHoursEnd: input.quietHoursEnd ?? undefined,
    });
  }
}
