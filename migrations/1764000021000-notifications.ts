// Notifications and tenant webhooks: each tenant's channel settings (SMTP URL and SMS credentials
// sealed), templates edited by operators, people's channel choices, the inbox of outbox events still to
// fan out, in-app notifications, every delivery with its attempts (the notification log), and the
// operators' webhook endpoints. Postgres holds every pending piece of work, so Redis losing its
// data loses nothing: the feeder puts leased-out work back on the queue.
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { secureTenantTable } from '@quartier/platform/migration-kit';

const LOCALES = `('de', 'fr', 'it', 'en')`;

export class Notifications1764000021000 implements MigrationInterface {
  name = 'Notifications1764000021000';

  async up(db: QueryRunner): Promise<void> {
    const statements = [
      `create table notification_settings (
        tenant_id uuid not null references tenants (id),
        sender_name text check (length(sender_name) between 1 and 120),
        sender_address text check (length(sender_address) between 3 and 254),
        smtp_url_sealed text,
        smtp_url_redacted text,
        sms_account_sid text,
        sms_auth_token_sealed text,
        sms_from text,
        quiet_hours_start text not null default '21:00' check (quiet_hours_start ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
        quiet_hours_end text not null default '08:00' check (quiet_hours_end ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
        updated_by uuid,
        updated_at timestamptz not null default now(),
        primary key (tenant_id),
        check ((sms_account_sid is null) = (sms_auth_token_sealed is null) and (sms_account_sid is null) = (sms_from is null)),
        check ((smtp_url_sealed is null) = (smtp_url_redacted is null))
      )`,
      ...secureTenantTable('notification_settings', ['select', 'insert', 'update']),

      `create table notification_templates (
        tenant_id uuid not null references tenants (id),
        kind text not null,
        channel text not null check (channel in ('email', 'sms', 'in_app')),
        locale text not null check (locale in ${LOCALES}),
        subject text,
        body text not null check (length(body) between 1 and 5000),
        updated_by uuid not null,
        updated_at timestamptz not null,
        primary key (tenant_id, kind, channel, locale),
        foreign key (tenant_id, updated_by) references users (tenant_id, id)
      )`,
      ...secureTenantTable('notification_templates'),

      `create table notification_preferences (
        tenant_id uuid not null references tenants (id),
        user_id uuid not null,
        kind text not null,
        channels text[] not null check (channels <@ array['email', 'sms', 'in_app']),
        updated_at timestamptz not null,
        primary key (tenant_id, user_id, kind),
        foreign key (tenant_id, user_id) references users (tenant_id, id)
      )`,
      ...secureTenantTable('notification_preferences'),

      // Outbox events still to fan out. The relay writes a row in the transaction that marks the
      // event relayed; the fan-out deletes it in the transaction that writes the deliveries.
      `create table notification_inbox (
        tenant_id uuid not null references tenants (id),
        event_id uuid not null,
        created_at timestamptz not null,
        lease_until timestamptz,
        -- Times the feeder handed the event to the queue; part of the job id, like deliveries' handouts.
        claims integer not null default 0,
        dead_at timestamptz,
        last_error text,
        primary key (tenant_id, event_id),
        foreign key (tenant_id, event_id) references outbox_events (tenant_id, id)
      )`,
      `create index notification_inbox_open on notification_inbox (tenant_id, created_at) where dead_at is null`,
      ...secureTenantTable('notification_inbox', ['select', 'insert', 'update', 'delete']),

      `create table notifications (
        tenant_id uuid not null references tenants (id),
        id uuid not null,
        user_id uuid not null,
        event_id uuid not null,
        kind text not null,
        title text not null,
        body text not null,
        link text,
        created_at timestamptz not null,
        read_at timestamptz,
        primary key (tenant_id, id),
        unique (tenant_id, event_id, user_id, kind),
        foreign key (tenant_id, user_id) references users (tenant_id, id)
      )`,
      `create index notifications_by_user on notifications (tenant_id, user_id, created_at desc, id desc)`,
      `create index notifications_unread on notifications (tenant_id, user_id) where read_at is null`,
      ...secureTenantTable('notifications', ['select', 'insert', 'update']),

      `create table webhook_endpoints (
        tenant_id uuid not null references tenants (id),
        id uuid not null,
        url text not null check (length(url) between 8 and 2048),
        description text check (length(description) <= 500),
        event_types text[] not null check (cardinality(event_types) between 1 and 100),
        secret_sealed text not null,
        secret_last4 text not null check (length(secret_last4) = 4),
        enabled boolean not null default true,
        created_by uuid not null,
        created_at timestamptz not null,
        updated_at timestamptz not null,
        primary key (tenant_id, id),
        foreign key (tenant_id, created_by) references users (tenant_id, id)
      )`,
      ...secureTenantTable('webhook_endpoints'),

      // One row per (event, recipient, channel, kind): a redelivered event finds its rows and adds
      // none. Retries live here (status pending again, due later), not in Redis.
      `create table notification_deliveries (
        tenant_id uuid not null references tenants (id),
        id uuid not null,
        event_id uuid not null,
        event_type text not null,
        kind text not null,
        channel text not null check (channel in ('email', 'sms', 'webhook')),
        recipient_id uuid not null,
        address text not null,
        locale text check (locale in ${LOCALES}),
        subject text,
        body text not null,
        html text,
        status text not null check (status in ('pending', 'queued', 'sending', 'sent', 'kept', 'failed')),
        attempts integer not null default 0,
        -- Times the feeder handed the current attempt to the queue; part of the job id, so work Redis
        -- lost, or a job that stalled, is handed out again under a new id and an older copy is ignored.
        handouts integer not null default 0,
        max_attempts integer not null check (max_attempts between 1 and 50),
        due_at timestamptz not null,
        lease_until timestamptz,
        last_code text,
        last_error text,
        permanent boolean not null default false,
        provider_message_id text,
        sent_at timestamptz,
        failed_at timestamptz,
        replays integer not null default 0,
        created_at timestamptz not null,
        updated_at timestamptz not null,
        primary key (tenant_id, id),
        unique (tenant_id, event_id, recipient_id, channel, kind),
        check (status <> 'queued' or lease_until is not null),
        check (status <> 'sending' or lease_until is not null)
      )`,
      `create index notification_deliveries_due on notification_deliveries (tenant_id, due_at) where status = 'pending'`,
      `create index notification_deliveries_leased on notification_deliveries (tenant_id, lease_until) where status in ('queued', 'sending')`,
      `create index notification_deliveries_log on notification_deliveries (tenant_id, created_at desc, id desc)`,
      `create index notification_deliveries_by_recipient on notification_deliveries (tenant_id, recipient_id, created_at desc)`,
      ...secureTenantTable('notification_deliveries', ['select', 'insert', 'update']),

      `create table notification_attempts (
        tenant_id uuid not null references tenants (id),
        delivery_id uuid not null,
        attempt integer not null,
        started_at timestamptz not null,
        finished_at timestamptz not null,
        outcome text not null check (outcome in ('sent', 'kept', 'retry', 'failed')),
        code text,
        error text,
        response_excerpt text,
        primary key (tenant_id, delivery_id, attempt),
        foreign key (tenant_id, delivery_id) references notification_deliveries (tenant_id, id)
      )`,
      ...secureTenantTable('notification_attempts', ['select', 'insert']),
    ];
    for (const sql of statements) await db.query(sql);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['notification_attempts', 'notification_deliveries', 'webhook_endpoints', 'notifications', 'notification_inbox', 'notification_preferences', 'notification_templates', 'notification_settings']) {
      await db.query(`drop table if exists ${table}`);
    }
  }
}
