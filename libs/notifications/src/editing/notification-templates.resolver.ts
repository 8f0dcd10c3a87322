// Editing the site's notification texts on /graphql: operators read and preview, operator admins save and reset.
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx, Roles } from '@quartier/identity';
import type { RequestContext } from '@quartier/platform';
import { NotificationChannelValue } from '../dto/notification-enums.js';
import { NotificationTemplateInput } from '../dto/notification-template.input.js';
import { NotificationTemplateOutput, NotificationTemplatePreviewOutput } from '../dto/notification-template.output.js';
import { NotificationTemplatesService, type NotificationTemplateView } from './notification-templates.service.js';

const toOutput = (view: NotificationTemplateView): NotificationTemplateOutput => view as NotificationTemplateOutput;

@Resolver()
export class NotificationTemplatesResolver {
  constructor(private readonly templates: NotificationTemplatesService) {}

  @Roles('operator_admin', 'operator_agent')
  @Query(() => [NotificationTemplateOutput], { description: "A kind's texts in one of the site's languages, one per channel: the site's own or the shipped one." })
  async notificationTemplates(@Ctx() ctx: RequestContext, @Args('kind') kind: string, @Args('locale') locale: string): Promise<NotificationTemplateOutput[]> {
    return (await this.templates.templates(ctx, { kind, locale })).map(toOutput);
  }

  @Roles('operator_admin')
  @Mutation(() => NotificationTemplateOutput, {
    description: "Saves the site's own text. BAD_USER_INPUT on subject or body for an unknown {{variable}} or a placeholder messages cannot use; on locale for a language the site does not offer.",
  })
  async saveNotificationTemplate(@Ctx() ctx: RequestContext, @Args('input') input: NotificationTemplateInput): Promise<NotificationTemplateOutput> {
    return toOutput(await this.templates.save(ctx, input));
  }

  @Roles('operator_admin')
  @Mutation(() => NotificationTemplateOutput, { description: "Removes the site's own text; returns the shipped one, which applies again." })
  async resetNotificationTemplate(
    @Ctx() ctx: RequestContext,
    @Args('kind') kind: string,
    @Args('channel', { type: () => NotificationChannelValue }) channel: NotificationChannelValue,
    @Args('locale') locale: string,
  ): Promise<NotificationTemplateOutput> {
    return toOutput(await this.templates.reset(ctx, { kind, channel, locale }));
  }

  @Roles('operator_admin', 'operator_agent')
  @Query(() => NotificationTemplatePreviewOutput, {
    description: 'A draft filled with sample values in its language, checked like saveNotificationTemplate; emails also as branded HTML. Nothing is stored.',
  })
  async previewNotificationTemplate(@Ctx() ctx: RequestContext, @Args('input') input: NotificationTemplateInput): Promise<NotificationTemplatePreviewOutput> {
    return this.templates.preview(ctx, input);
  }
}
