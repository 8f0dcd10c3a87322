// POST /webhooks/stripe/:tenantSlug — where each site points its Stripe webhook endpoint. The
// delivery is verified on its raw body, stored in the inbox and answered at once; applying it is a
// job, so no call to Stripe happens while Stripe waits for the answer.
import { Controller, Headers, Inject, Param, Post, Req, Res } from '@nestjs/common';
import { APP_CONFIG, type AppConfig, NotFoundError, QuartierError, RequestContext, TenantNotFoundError, ValidationError } from '@quartier/platform';
import { TenantResolver } from '@quartier/tenancy';
import { StripeEventInbox } from './stripe-event-inbox.service.js';

/** The parts of Fastify's request and reply this route uses (the API keeps the raw body of JSON requests). */
interface WebhookRequest {
  id?: string;
  rawBody?: Buffer;
}
interface WebhookReply {
  status(code: number): { send(body: unknown): unknown };
}

const SLUG = /^[a-z0-9][a-z0-9-]{0,62}$/;

@Controller('webhooks/stripe')
export class StripeWebhookController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly tenants: TenantResolver,
    private readonly inbox: StripeEventInbox,
  ) {}

  @Post(':tenantSlug')
  async receive(
    @Param('tenantSlug') tenantSlug: string,
    @Headers('stripe-signature') signature: string | undefined,
    @Req() request: WebhookRequest,
    @Res() reply: WebhookReply,
  ): Promise<void> {
    try {
      const tenantId = await this.activeTenantId(tenantSlug);
      const ctx = RequestContext.system(tenantId, 'stripe-webhook', request.id);
      await this.inbox.receive(ctx, { rawBody: request.rawBody, signature });
      reply.status(200).send({ received: true });
    } catch (error) {
      if (!(error instanceof QuartierError)) throw error;
      const status = error instanceof ValidationError ? 400 : error instanceof NotFoundError || error instanceof TenantNotFoundError ? 404 : error.httpStatus;
      reply.status(status).send({ error: { code: error.code, message: error.message, ...error.details } });
    }
  }

  /** Only a live site takes deliveries: Stripe keeps retrying a refused one for days. */
  private async activeTenantId(slug: string): Promise<string> {
    const normalized = slug.trim().toLowerCase();
    const host = `${normalized}.${this.config.PUBLIC_BASE_DOMAIN}`;
    if (!SLUG.test(normalized)) throw new TenantNotFoundError(host);
    const tenant = await this.tenants.findByHost(host);
    if (tenant.status !== 'active' || tenant.slug !== normalized) throw new TenantNotFoundError(host);
    return tenant.id;
  }
}
