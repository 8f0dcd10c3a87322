// Rewards: helpers' points as an append-only ledger (earned from domain events, spent on the
// tenant's catalog) and their redemptions, which operators approve or reject. Balances and levels
// are derived from the ledger, never stored.
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { secureTenantTable } from '@quartier/platform/migration-kit';

const REASONS = ['job_completed', 'five_star_review', 'fast_first_response', 'escalated_pickup', 'repeat_customer', 'vetting_completed', 'redemption', 'redemption_returned'];

export class Rewards1764000026000 implements MigrationInterface {
  name = 'Rewards1764000026000';

  async up(db: QueryRunner): Promise<void> {
    const statements = [
      // The item's key, name and price are copied when the helper asks, so a later catalog change
      // never alters a redemption in flight. Decided once: approved, or rejected with a reason.
      `create table reward_redemptions (
        tenant_id uuid not null references tenants (id),
        id uuid not null,
        helper_id uuid not null,
        item_key text not null check (item_key ~ '^[a-z0-9]+(?:[-_][a-z0-9]+)*$' and length(item_key) <= 60),
        item_name jsonb not null check (jsonb_typeof(item_name) = 'object'),
        points integer not null check (points > 0),
        rewards_policy_version integer not null check (rewards_policy_version >= 0),
        status text not null default 'requested' check (status in ('requested', 'approved', 'rejected')),
        requested_at timestamptz not null default now(),
        decided_at timestamptz,
        decided_by uuid,
        decision_reason text check (length(decision_reason) between 1 and 500),
        primary key (tenant_id, id),
        foreign key (tenant_id, helper_id) references helper_profiles (tenant_id, user_id),
        foreign key (tenant_id, decided_by) references users (tenant_id, id),
        constraint reward_redemptions_decided check (
          (status = 'requested') = (decided_at is null) and (decided_at is null) = (decided_by is null)
          and (status = 'rejected') = (decision_reason is not null))
      )`,
      `create index reward_redemptions_by_helper on reward_redemptions (tenant_id, helper_id, requested_at, id)`,
      `create index reward_redemptions_listing on reward_redemptions (tenant_id, status, requested_at, id)`,
      ...secureTenantTable('reward_redemptions', ['select', 'insert', 'update']),

      // Append-only. The business key (e.g. job_completed:<request id>) is unique per tenant, so an
      // event handled twice earns once. Spending is negative and only by redemption; what a
      // rejection gives back is a positive entry of its own.
      `create table reward_points (
        tenant_id uuid not null references tenants (id),
        id uuid not null,
        helper_id uuid not null,
        points integer not null check (points <> 0),
        reason text not null check (reason in (${REASONS.map((reason) => `'${reason}'`).join(', ')})),
        business_key text not null check (length(business_key) between 1 and 200),
        rewards_policy_version integer not null check (rewards_policy_version >= 0),
        source_event_id uuid,
        redemption_id uuid,
        -- The level the helper held just after an earning entry: a level reached in between (a
        -- review, a job taken back) is told with the next entry.
        level_key text check (length(level_key) between 1 and 60),
        created_at timestamptz not null default now(),
        primary key (tenant_id, id),
        unique (tenant_id, business_key),
        foreign key (tenant_id, helper_id) references helper_profiles (tenant_id, user_id),
        foreign key (tenant_id, redemption_id) references reward_redemptions (tenant_id, id),
        constraint reward_points_sign check ((points < 0) = (reason = 'redemption')),
        constraint reward_points_redemption check ((reason in ('redemption', 'redemption_returned')) = (redemption_id is not null))
      )`,
      `create index reward_points_by_helper on reward_points (tenant_id, helper_id, created_at, id)`,
      ...secureTenantTable('reward_points', ['select', 'insert']),

      // Reliability counts the jobs taken back from a helper (reallocations naming them).
      `create index request_events_released_helper on request_events (tenant_id, (details ->> 'releasedHelperId')) where event = 'reallocated'`,
    ];
    for (const sql of statements) await db.query(sql);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`drop index if exists request_events_released_helper`);
    await db.query(`drop table if exists reward_points`);
    await db.query(`drop table if exists reward_redemptions`);
  }
}
