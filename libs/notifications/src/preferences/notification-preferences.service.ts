// Each person's channels per notification kind: the kinds meant for one of their roles, what they
// chose, and the kind's defaults until they choose. An empty choice mutes the kind.
import { Inject, Injectable } from '@nestjs/common';
import { Clock, type RequestContext, TenantDatabase, type TenantRole, userIdOf, ValidationError } from '@quartier/platform';
import { type Audience, kindDefinition, NOTIFICATION_KINDS, type NotificationKindDefinition, USER_CHANNELS, type UserChannel } from '../catalog/notification-kinds.js';

export interface NotificationPreferenceView {
  kind: string;
  description: string;
  channels: UserChannel[];
  defaultChannels: UserChannel[];
  availableChannels: UserChannel[];
  customized: boolean;
}

const AUDIENCE_OF_ROLE: Readonly<Record<TenantRole, Audience>> = {
  customer: 'customer',
  helper: 'helper',
  operator_admin: 'operator',
  operator_agent: 'operator',
};

function audiencesOf(ctx: RequestContext): Set<Audience> {
  return new Set(ctx.roles.map((role) => AUDIENCE_OF_ROLE[role]));
}

function kindsFor(ctx: RequestContext): NotificationKindDefinition[] {
  const audiences = audiencesOf(ctx);
  return NOTIFICATION_KINDS.filter((definition) => definition.audience.some((audience) => audiences.has(audience)));
}

function toView(definition: NotificationKindDefinition, chosen: UserChannel[] | undefined): NotificationPreferenceView {
  return {
    kind: definition.kind,
    description: definition.description,
    channels: chosen ? USER_CHANNELS.filter((channel) => chosen.includes(channel)) : [...definition.defaultChannels],
    defaultChannels: [...definition.defaultChannels],
    availableChannels: [...USER_CHANNELS],
    customized: chosen !== undefined,
  };
}

@Injectable()
export class NotificationPreferencesService {
  constructor(
    @Inject(TenantDatabase) private readonly db: TenantDatabase,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  myPreferences(ctx: RequestContext): Promise<NotificationPreferenceView[]> {
    const userId = userIdOf(ctx);
    const definitions = kindsFor(ctx);
    return this.db.run(ctx, async (tx) => {
      const rows = await tx.query<{ kind: string; channels: UserChannel[] }>(`select kind, channels from notification_preferences where tenant_id = $1 and user_id = $2`, [
        tx.tenantId,
        userId,
      ]);
      const chosen = new Map(rows.map((row) => [row.kind, row.channels]));
      return definitions.map((definition) => toView(definition, chosen.get(definition.kind)));
    });
  }

  setPreference(ctx: RequestContext, input: { kind: string; channels: string[] }): Promise<NotificationPreferenceView> {
    const userId = userIdOf(ctx);
    const definition = kindDefinition(input.kind);
    const audiences = audiencesOf(ctx);
    if (!definition || !definition.audience.some((audience) => audiences.has(audience))) {
      throw new ValidationError('kind', `There is no notification called "${input.kind}" for your account`);
    }
    const unknown = input.channels.find((channel) => !(USER_CHANNELS as readonly string[]).includes(channel));
    if (unknown !== undefined) throw new ValidationError('channels', `Messages can be sent by ${USER_CHANNELS.join(', ')}, not "${unknown}"`);
    const channels = USER_CHANNELS.filter((channel) => input.channels.includes(channel));
    return this.db.run(ctx, async (tx) => {
      await tx.query(
        `insert into notification_preferences (tenant_id, user_id, kind, channels, updated_at) values ($1, $2, $3, $4::text[], $5)
         on conflict (tenant_id, user_id, kind) do update set channels = excluded.channels, updated_at = excluded.updated_at`,
        [tx.tenantId, userId, definition.kind, channels, this.clock.now()],
      );
      return toView(definition, channels);
    });
  }
}
