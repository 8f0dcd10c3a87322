// The site's webhook endpoints: operator admins register URLs of their own systems and the event types
// each receives. Every endpoint has a signing secret, shown once when it is made or rotated and stored
// sealed (only its last four characters in clear). Removing an endpoint the notification log refers
// to disables it instead, so the log keeps saying where each delivery went.
import { Inject, Injectable } from '@nestjs/common';
import { asUuid, Clock, newId, NotFoundError, type RequestContext, SecretBox, TenantDatabase, type TenantTransaction, userIdOf, ValidationError } from '@quartier/platform';
import { WEBHOOK_EVENT_TYPES } from '../catalog/notification-rules.js';
import { newWebhookSecret } from '../channels/webhook-signature.js';
import { NOTIFICATION_SECRET_PURPOSES } from '../settings/notification-settings.service.js';

export interface WebhookEndpointView {
  id: string;
  url: string;
  description: string | null;
  eventTypes: string[];
  enabled: boolean;
  secretMasked: string;
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
}

export interface WebhookEndpointWithSecret {
  endpoint: WebhookEndpointView;
  /** In clear, this once. */
  secret: string;
}

export type WebhookEndpointRemoval = 'deleted' | 'disabled';

interface EndpointRow {
  id: string;
  url: string;
  description: string | null;
  event_types: string[];
  enabled: boolean;
  secret_last4: string;
  created_by: string;
  created_at: Date;
  updated_at: Date;
}

const ENDPOINT_COLUMNS = 'id, url, description, event_types, enabled, secret_last4, created_by, created_at, updated_at';
const URL_MAX_LENGTH = 2048;
const DESCRIPTION_MAX_LENGTH = 500;
const MAX_EVENT_TYPES = 100;
/** Plain http only reaches a receiver on the operator's own machine, while they develop against it. */
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);
const eventTypes = new Set<string>(WEBHOOK_EVENT_TYPES);

function toView(row: EndpointRow): WebhookEndpointView {
  return {
    id: row.id,
    url: row.url,
    description: row.description,
    eventTypes: row.event_types,
    enabled: row.enabled,
    secretMasked: `whsec_••••${row.secret_last4}`,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function checkedWebhookUrl(value: string): string {
  const trimmed = value.trim();
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    throw new ValidationError('url', 'Enter the full address of the receiver, starting with https://');
  }
  if (url.protocol === 'http:' && !LOCAL_HOSTS.has(url.hostname)) {
    throw new ValidationError('url', 'Webhooks are sent over https:// only; http:// is accepted for localhost and 127.0.0.1 while developing');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new ValidationError('url', 'Enter an address starting with https://');
  if (url.username || url.password) throw new ValidationError('url', 'Leave user names and passwords out of the address; receivers check the Quartier-Signature header instead');
  const href = url.toString();
  if (href.length > URL_MAX_LENGTH) throw new ValidationError('url', `The address can have at most ${URL_MAX_LENGTH} characters`);
  return href;
}

export function checkedEventTypes(values: string[]): string[] {
  const unknown = values.find((value) => !eventTypes.has(value));
  if (unknown !== undefined) throw new ValidationError('eventTypes', `There is no event type "${unknown}"; see webhookEventTypes for the list`);
  const unique = [...new Set(values)];
  if (unique.length === 0) throw new ValidationError('eventTypes', 'Choose at least one event type');
  if (unique.length > MAX_EVENT_TYPES) throw new ValidationError('eventTypes', `Choose at most ${MAX_EVENT_TYPES} event types`);
  return unique;
}

function checkedDescription(value: string | null): string | null {
  const trimmed = value?.trim() ?? '';
  if (trimmed === '') return null;
  if (trimmed.length > DESCRIPTION_MAX_LENGTH) throw new ValidationError('description', `The description can have at most ${DESCRIPTION_MAX_LENGTH} characters`);
  return trimmed;
}

@Injectable()
export class WebhookEndpointsService {
  constructor(
    @Inject(TenantDatabase) private readonly db: TenantDatabase,
    @Inject(SecretBox) private readonly secrets: SecretBox,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  /** The site's endpoints, oldest first. */
  endpoints(ctx: RequestContext): Promise<WebhookEndpointView[]> {
    return this.db.run(ctx, async (tx) => {
      const rows = await tx.query<EndpointRow>(`select ${ENDPOINT_COLUMNS} from webhook_endpoints where tenant_id = $1 order by created_at, id`, [tx.tenantId]);
      return rows.map(toView);
    });
  }

  create(ctx: RequestContext, input: { url: string; description?: string | null; eventTypes: string[] }): Promise<WebhookEndpointWithSecret> {
    const url = checkedWebhookUrl(input.url);
    const description = checkedDescription(input.description ?? null);
    const types = checkedEventTypes(input.eventTypes);
    const createdBy = userIdOf(ctx);
    const secret = newWebhookSecret();
    return this.db.run(ctx, async (tx) => {
      const now = this.clock.now();
      const [row] = await tx.query<EndpointRow>(
        `insert into webhook_endpoints (tenant_id, id, url, description, event_types, secret_sealed, secret_last4, enabled, created_by, created_at, updated_at)
         values ($1, $2, $3, $4, $5::text[], $6, $7, true, $8, $9, $9)
         returning ${ENDPOINT_COLUMNS}`,
        [tx.tenantId, newId(), url, description, types, this.seal(tx, secret), secret.slice(-4), createdBy, now],
      );
      return { endpoint: toView(row), secret };
    });
  }

  /** Changes the fields given; the others keep their value. */
  update(
    ctx: RequestContext,
    input: { id: string; url?: string | null; description?: string | null; eventTypes?: string[] | null; enabled?: boolean | null },
  ): Promise<WebhookEndpointView> {
    const url = input.url === undefined || input.url === null ? null : checkedWebhookUrl(input.url);
    const types = input.eventTypes === undefined || input.eventTypes === null ? null : checkedEventTypes(input.eventTypes);
    const description = input.description === undefined ? undefined : checkedDescription(input.description);
    return this.db.run(ctx, async (tx) => {
      await this.findIn(tx, input.id);
      const [row] = await tx.query<EndpointRow>(
        `update webhook_endpoints
            set url = coalesce($3, url), event_types = coalesce($4::text[], event_types), enabled = coalesce($5, enabled),
                description = case when $6 then $7 else description end, updated_at = $8
          where tenant_id = $1 and id = $2
          returning ${ENDPOINT_COLUMNS}`,
        [tx.tenantId, asUuid(input.id), url, types, input.enabled ?? null, description !== undefined, description ?? null, this.clock.now()],
      );
      return toView(row);
    });
  }

  /** A new signing secret replaces the old one at once; deliveries sent from now on are signed with it. */
  rotateSecret(ctx: RequestContext, input: { id: string }): Promise<WebhookEndpointWithSecret> {
    const secret = newWebhookSecret();
    return this.db.run(ctx, async (tx) => {
      await this.findIn(tx, input.id);
      const [row] = await tx.query<EndpointRow>(
        `update webhook_endpoints set secret_sealed = $3, secret_last4 = $4, updated_at = $5 where tenant_id = $1 and id = $2 returning ${ENDPOINT_COLUMNS}`,
        [tx.tenantId, asUuid(input.id), this.seal(tx, secret), secret.slice(-4), this.clock.now()],
      );
      return { endpoint: toView(row), secret };
    });
  }

  /** Deletes an endpoint nothing was ever sent to; one the log refers to is disabled and kept. */
  remove(ctx: RequestContext, input: { id: string }): Promise<WebhookEndpointRemoval> {
    return this.db.run(ctx, async (tx) => {
      const endpoint = await this.findIn(tx, input.id);
      const [used] = await tx.query<{ used: boolean }>(
        `select exists (select 1 from notification_deliveries where tenant_id = $1 and channel = 'webhook' and recipient_id = $2) as used`,
        [tx.tenantId, endpoint.id],
      );
      if (used?.used) {
        await tx.query(`update webhook_endpoints set enabled = false, updated_at = $3 where tenant_id = $1 and id = $2`, [tx.tenantId, endpoint.id, this.clock.now()]);
        return 'disabled';
      }
      await tx.query(`delete from webhook_endpoints where tenant_id = $1 and id = $2`, [tx.tenantId, endpoint.id]);
      return 'deleted';
    });
  }

  private seal(tx: TenantTransaction, secret: string): string {
    return this.secrets.seal(NOTIFICATION_SECRET_PURPOSES.webhookSecret(tx.tenantId), secret);
  }

  private async findIn(tx: TenantTransaction, id: string): Promise<EndpointRow> {
    const [row] = await tx.query<EndpointRow>(`select ${ENDPOINT_COLUMNS} from webhook_endpoints where tenant_id = $1 and id = $2 for update`, [tx.tenantId, asUuid(id)]);
    if (!row) throw new NotFoundError('Webhook endpoint');
    return row;
  }
}
