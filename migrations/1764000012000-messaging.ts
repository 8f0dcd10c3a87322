// Messages about a request: one conversation per (request, helper), because competing helpers
// must never read each other's talk with the customer. Bodies are stored as shown: contact
// details written before the booking is confirmed are already replaced when the row is written.
// Users get a contact phone (E.164), revealed to the other side once a booking is confirmed.
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { secureTenantTable } from '@quartier/platform/migration-kit';

export class Messaging1764000012000 implements MigrationInterface {
  name = 'Messaging1764000012000';

  async up(db: QueryRunner): Promise<void> {
    const statements = [
      `alter table users add column phone text check (phone ~ '^\\+[1-9][0-9]{6,14}$')`,

      // last_sequence numbers the conversation's messages; the read marks are sequences too, so an
      // unread count is an index range and never depends on two messages' clocks.
      `create table conversations (
        tenant_id uuid not null references tenants (id),
        request_id uuid not null,
        helper_id uuid not null,
        customer_id uuid not null,
        last_sequence integer not null check (last_sequence >= 1),
        last_message_at timestamptz not null,
        customer_read_sequence integer not null default 0,
        helper_read_sequence integer not null default 0,
        created_at timestamptz not null default now(),
        primary key (tenant_id, request_id, helper_id),
        foreign key (tenant_id, request_id) references requests (tenant_id, id),
        foreign key (tenant_id, helper_id) references helper_profiles (tenant_id, user_id),
        foreign key (tenant_id, customer_id) references users (tenant_id, id),
        constraint conversations_read_marks check (
          customer_read_sequence between 0 and last_sequence and helper_read_sequence between 0 and last_sequence)
      )`,
      `create index conversations_by_customer on conversations (tenant_id, customer_id, last_message_at desc, request_id desc, helper_id desc)`,
      `create index conversations_by_helper on conversations (tenant_id, helper_id, last_message_at desc, request_id desc)`,
      ...secureTenantTable('conversations', ['select', 'insert', 'update']),

      // Append-only. A body is at most 4,000 characters as written; the placeholders that replace
      // hidden contact details may make the stored text longer.
      `create table messages (
        tenant_id uuid not null references tenants (id),
        id uuid not null,
        request_id uuid not null,
        helper_id uuid not null,
        sequence integer not null check (sequence >= 1),
        sender_id uuid not null,
        sender_role text not null check (sender_role in ('customer', 'helper')),
        body text not null check (length(body) between 1 and 16000),
        redacted boolean not null default false,
        created_at timestamptz not null default now(),
        primary key (tenant_id, id),
        unique (tenant_id, request_id, helper_id, sequence),
        foreign key (tenant_id, request_id, helper_id) references conversations (tenant_id, request_id, helper_id),
        foreign key (tenant_id, sender_id) references users (tenant_id, id)
      )`,
      ...secureTenantTable('messages', ['select', 'insert']),
    ];
    for (const sql of statements) await db.query(sql);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`drop table if exists messages`);
    await db.query(`drop table if exists conversations`);
    await db.query(`alter table users drop column if exists phone`);
  }
}
