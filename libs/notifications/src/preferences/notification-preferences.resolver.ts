// The signed-in person's notification channels on /graphql.
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx, Roles } from '@quartier/identity';
import type { RequestContext } from '@quartier/platform';
import { NotificationChannelValue } from '../dto/notification-enums.js';
import { NotificationPreferenceOutput } from '../dto/notification-preference.output.js';
import { NotificationPreferencesService, type NotificationPreferenceView } from './notification-preferences.service.js';

const toOutput = (view: NotificationPreferenceView): NotificationPreferenceOutput => view as NotificationPreferenceOutput;

@Resolver()
export class NotificationPreferencesResolver {
  constructor(private readonly preferences: NotificationPreferencesService) {}

  @Roles('customer', 'helper', 'operator_admin', 'operator_agent')
  @Query(() => [NotificationPreferenceOutput], { description: 'Every kind of notification meant for your roles, with the channels you hear of it on.' })
  async myNotificationPreferences(@Ctx() ctx: RequestContext): Promise<NotificationPreferenceOutput[]> {
    return (await this.preferences.myPreferences(ctx)).map(toOutput);
  }

  @Roles('customer', 'helper', 'operator_admin', 'operator_agent')
  @Mutation(() => NotificationPreferenceOutput, {
    description: 'Chooses the channels of one kind; an empty list mutes it. BAD_USER_INPUT on kind for a kind that is not meant for your roles.',
  })
  async setNotificationPreference(
    @Ctx() ctx: RequestContext,
    @Args('kind') kind: string,
    @Args('channels', { type: () => [NotificationChannelValue] }) channels: NotificationChannelValue[],
  ): Promise<NotificationPreferenceOutput> {
    return toOutput(await this.preferences.setPreference(ctx, { kind, channels }));
  }
}
