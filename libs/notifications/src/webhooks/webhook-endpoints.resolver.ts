// The site's webhook endpoints on /graphql: operators read them, operator admins manage them.
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx, Roles } from '@quartier/identity';
import type { RequestContext } from '@quartier/platform';
import { WEBHOOK_EVENT_TYPES } from '../catalog/notification-rules.js';
import { WebhookEndpointRemovalValue } from '../dto/notification-enums.js';
import { CreateWebhookEndpointInput, UpdateWebhookEndpointInput } from '../dto/webhook-endpoint.input.js';
import { WebhookEndpointOutput, WebhookEndpointWithSecretOutput } from '../dto/webhook-endpoint.output.js';
import { WebhookEndpointsService } from './webhook-endpoints.service.js';

const URL_RULE = 'The URL must be https:// (http:// only for localhost and 127.0.0.1); BAD_USER_INPUT on url, or on eventTypes naming an unknown type.';

@Resolver()
export class WebhookEndpointsResolver {
  constructor(private readonly endpoints: WebhookEndpointsService) {}

  @Roles('operator_admin', 'operator_agent')
  @Query(() => [String], { description: 'The event types an endpoint can subscribe to.' })
  webhookEventTypes(): string[] {
    return [...WEBHOOK_EVENT_TYPES];
  }

  @Roles('operator_admin', 'operator_agent')
  @Query(() => [WebhookEndpointOutput], { description: "The site's webhook endpoints, oldest first, secrets masked." })
  async webhookEndpoints(@Ctx() ctx: RequestContext): Promise<WebhookEndpointOutput[]> {
    return this.endpoints.endpoints(ctx);
  }

  @Roles('operator_admin')
  @Mutation(() => WebhookEndpointWithSecretOutput, { description: `Registers an endpoint and returns its signing secret, this once. ${URL_RULE}` })
  async createWebhookEndpoint(@Ctx() ctx: RequestContext, @Args('input') input: CreateWebhookEndpointInput): Promise<WebhookEndpointWithSecretOutput> {
    return this.endpoints.create(ctx, input);
  }

  @Roles('operator_admin')
  @Mutation(() => WebhookEndpointOutput, { description: `Changes the fields given. ${URL_RULE}` })
  async updateWebhookEndpoint(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateWebhookEndpointInput,
  ): Promise<WebhookEndpointOutput> {
    return this.endpoints.update(ctx, { id, ...input });
  }

  @Roles('operator_admin')
  @Mutation(() => WebhookEndpointWithSecretOutput, { description: 'Replaces the signing secret at once and returns the new one, this once.' })
  async rotateWebhookSecret(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<WebhookEndpointWithSecretOutput> {
    return this.endpoints.rotateSecret(ctx, { id });
  }

  @Roles('operator_admin')
  @Mutation(() => WebhookEndpointRemovalValue, {
    description: 'Removes an endpoint: DELETED when nothing was ever sent to it; DISABLED (kept, receiving nothing) when the notification log refers to it.',
  })
  async deleteWebhookEndpoint(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<WebhookEndpointRemovalValue> {
    return (await this.endpoints.remove(ctx, { id })) as WebhookEndpointRemovalValue;
  }
}
