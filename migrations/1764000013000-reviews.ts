// Reviews after a completed appointment, under a new policy kind `reviews`: the customer reviews
// the helper and the helper the customer, once each. A review stays unpublished (double-blind)
// until both wrote or the window closes; operators hide and unhide with a reason kept in an
// append-only log; each helper's published, visible reviews are summed in helper_ratings for
// profiles and search.
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { secureTenantTable } from '@quartier/platform/migration-kit';

export class Reviews1764000013000 implements MigrationInterface {
  name = 'Reviews1764000013000';

  async up(db: QueryRunner): Promise<void> {
    const statements = [
      `alter table tenant_policies drop constraint tenant_policies_kind_check,
         add constraint tenant_policies_kind_check check (kind in ('branding','pricing','vetting','sla','cancellation','payouts','rewards','reviews'))`,

      // window_closes_at and reviews_policy_version (0: the defaults) come from the policy version
      // in force at completion and are kept on the row, so a later policy change never moves them.
      `create table reviews (
        tenant_id uuid not null references tenants (id),
        id uuid not null,
        appointment_id uuid not null,
        author_id uuid not null,
        author_role text not null check (author_role in ('customer', 'helper')),
        subject_id uuid not null,
        stars smallint not null check (stars between 1 and 5),
        text text not null default '' check (length(text) <= 2000),
        reviews_policy_version integer not null check (reviews_policy_version >= 0),
        window_closes_at timestamptz not null,
        created_at timestamptz not null default now(),
        published_at timestamptz,
        hidden_at timestamptz,
        hidden_by uuid,
        hidden_reason text check (length(hidden_reason) between 1 and 500),
        primary key (tenant_id, id),
        unique (tenant_id, appointment_id, author_id),
        foreign key (tenant_id, appointment_id) references appointments (tenant_id, id),
        foreign key (tenant_id, author_id) references users (tenant_id, id),
        foreign key (tenant_id, subject_id) references users (tenant_id, id),
        foreign key (tenant_id, hidden_by) references users (tenant_id, id),
        constraint reviews_not_self check (author_id <> subject_id),
        constraint reviews_hidden_complete check ((hidden_at is null) = (hidden_reason is null) and (hidden_at is null) = (hidden_by is null))
      )`,
      `create index reviews_public on reviews (tenant_id, subject_id, published_at, id) where published_at is not null and hidden_at is null`,
      `create index reviews_by_author on reviews (tenant_id, author_id, created_at, id)`,
      `create index reviews_by_subject on reviews (tenant_id, subject_id, created_at, id)`,
      `create index reviews_listing on reviews (tenant_id, created_at, id)`,
      `create index reviews_publish_due on reviews (tenant_id, window_closes_at) where published_at is null`,
      ...secureTenantTable('reviews', ['select', 'insert', 'update']),

      // Append-only: hiding and unhiding add rows, nothing is updated or deleted.
      `create table review_moderation_events (
        tenant_id uuid not null references tenants (id),
        id uuid not null,
        review_id uuid not null,
        action text not null check (action in ('hidden', 'unhidden')),
        reason text not null check (length(reason) between 1 and 500),
        actor_id uuid not null,
        created_at timestamptz not null default now(),
        primary key (tenant_id, id),
        foreign key (tenant_id, review_id) references reviews (tenant_id, id),
        foreign key (tenant_id, actor_id) references users (tenant_id, id)
      )`,
      `create index review_moderation_events_by_review on review_moderation_events (tenant_id, review_id, created_at, id)`,
      ...secureTenantTable('review_moderation_events', ['select', 'insert']),

      // Changed in the transaction that publishes, hides or unhides a review of the helper.
      `create table helper_ratings (
        tenant_id uuid not null references tenants (id),
        helper_id uuid not null,
        review_count integer not null default 0 check (review_count >= 0),
        stars_sum integer not null default 0,
        updated_at timestamptz not null default now(),
        primary key (tenant_id, helper_id),
        foreign key (tenant_id, helper_id) references helper_profiles (tenant_id, user_id),
        constraint helper_ratings_stars check (stars_sum between review_count and 5 * review_count)
      )`,
      ...secureTenantTable('helper_ratings', ['select', 'insert', 'update']),
    ];
    for (const sql of statements) await db.query(sql);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`drop table if exists helper_ratings`);
    await db.query(`drop table if exists review_moderation_events`);
    await db.query(`drop table if exists reviews`);
    await db.query(`delete from tenant_policies where kind = 'reviews'`);
    await db.query(`alter table tenant_policies drop constraint tenant_policies_kind_check,
      add constraint tenant_policies_kind_check check (kind in ('branding','pricing','vetting','sla','cancellation','payouts','rewards'))`);
  }
}
