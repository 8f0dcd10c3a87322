// Puts at least one row of a tenant into every tenant table, as the owner, so the isolation gates
// never pass on empty tables. Simple tables are filled from their catalog (types, checks, foreign
// keys); a table whose rows need real meaning gets a fixture below. A new tenant table that can be
// filled neither way makes the gates fail with the reason.
import { NOTIFICATION_SECRET_PURPOSES } from '@quartier/notifications';
import { STRIPE_SECRET_PURPOSES } from '@quartier/payments';
import { newId, SecretBox } from '@quartier/platform';
import { randomUUID } from 'node:crypto';
import type { TestDatabase } from '@quartier/testing';
import { listForeignKeys, tenantTableNames, type ForeignKeyEdge } from './catalog.js';

export type Row = Record<string, unknown>;
export type FilledRows = Map<string, Row[]>;

/** Inserts the table's rows for one tenant (owner connection) and returns them as stored. */
export type TenantRowFixture = (db: TestDatabase, tenant: { id: string; name: string }, filled: FilledRows) => Promise<Row[]>;

/** Tables whose rows must make sense to the product code reading them. */
export const TENANT_ROW_FIXTURES: Record<string, TenantRowFixture> = {
  // A place needs a two-letter country and a coordinate; its postal code is the tenant's own, so
  // another tenant asking for it must get the answer of an unknown code.
  places: (db, tenant) =>
    db.ownerQuery(
      `insert into places (tenant_id, id, country_code, postal_code, name, admin1_code, admin3_code, latitude, longitude, accuracy)
       values ($1, $2, 'CH', $3, $4, 'ZH', '261', 47.3721, 8.5417, 4) returning *`,
      [tenant.id, newId(), `G${randomUUID().slice(0, 8)}`, `${tenant.name} Platz`],
    ),
  postal_codes: (db, tenant, filled) => {
    const place = filled.get('places')?.[0];
    if (!place) throw new Error('needs a row of places first');
    return db.ownerQuery(
      `insert into postal_codes (tenant_id, country_code, postal_code, latitude, longitude, place_names, admin1_code)
       values ($1, $2, $3, $4, $5, $6, $7) returning *`,
      [tenant.id, place.country_code, place.postal_code, place.latitude, place.longitude, [place.name], place.admin1_code],
    );
  },
  // currentTenant parses the latest branding document; an arbitrary one would break every request.
  tenant_policies: (db, tenant) =>
    db.ownerQuery(
      `insert into tenant_policies (tenant_id, kind, version, document, created_by)
       values ($1, 'branding', 1, $2, 'gate-fixture') returning *`,
      [tenant.id, JSON.stringify({ displayName: `${tenant.name} Brand`, primaryColor: '#123456', accentColor: '#654321' })],
    ),
  // One approved helper (the public profile customers may see) and one suspended helper, so the
  // probes of helper(id), suspendHelper and reinstateHelper aim at rows those operations act on.
  helper_profiles: async (db, tenant, filled) => {
    const user = filled.get('users')?.[0];
    if (!user) throw new Error('needs a row of users first');
    const [suspendedUser] = await db.ownerQuery<{ id: string }>(
      `insert into users (tenant_id, id, email, password_hash, display_name, locale)
       values ($1, $2, $3, 'gate-fixture', $4, 'de') returning id`,
      [tenant.id, newId(), `suspended-${randomUUID().slice(0, 8)}@gate.example`, `${tenant.name} Suspended`],
    );
    return db.ownerQuery(
      `insert into helper_profiles (tenant_id, user_id, display_name, bio, status, suspension_reason, vetting_policy_version)
       values ($1, $2, $3, 'Gate helper', 'approved', null, 1), ($1, $4, $5, 'Gate helper', 'suspended', 'gate fixture', 1)
       returning *`,
      [tenant.id, user.id, `${tenant.name} Helper`, suspendedUser.id, `${tenant.name} Suspended`],
    );
  },
  // Wall-clock times have no generic sample; the approved helper works Monday mornings.
  helper_weekly_slots: (db, tenant, filled) => {
    const helper = filled.get('helper_profiles')?.find((row) => row.status === 'approved');
    if (!helper) throw new Error('needs an approved row of helper_profiles first');
    return db.ownerQuery(
      `insert into helper_weekly_slots (tenant_id, helper_id, weekday, start_time, end_time) values ($1, $2, 1, '08:00', '12:00') returning *`,
      [tenant.id, helper.user_id],
    );
  },
  // A fixed-price service needs its price (a check ties the two) and names the catalog can show.
  services: (db, tenant, filled) => {
    const category = filled.get('categories')?.[0];
    if (!category) throw new Error('needs a row of categories first');
    return db.ownerQuery(
      `insert into services (tenant_id, id, category_id, slug, names, pricing_mode, fixed_price_minor, estimated_duration_minutes)
       values ($1, $2, $3, $4, $5, 'fixed', 4900, 60) returning *`,
      [tenant.id, newId(), category.id, `gate-service-${randomUUID().slice(0, 8)}`, JSON.stringify({ de: `${tenant.name} Dienst`, en: `${tenant.name} service` })],
    );
  },
  // A request needs a known place and its time windows; the timeline starts with its posting.
  requests: (db, tenant, filled) => {
    const user = filled.get('users')?.[0];
    const service = filled.get('services')?.[0];
    const place = filled.get('postal_codes')?.[0];
    if (!user || !service || !place) throw new Error('needs rows of users, services and postal_codes first');
    const at = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();
    return db.ownerQuery(
      `insert into requests (tenant_id, id, customer_id, service_id, description, country_code, postal_code, windows, status, expires_at)
       values ($1, $2, $3, $4, $5, $6, $7, $8, 'open', now() + interval '3 hours') returning *`,
      [tenant.id, newId(), user.id, service.id, `${tenant.name} request`, place.country_code, place.postal_code, JSON.stringify([{ from: at(48), to: at(50) }])],
    );
  },
  // The approved helper offers on the request; the appointment is theirs, two days ahead for an hour.
  offers: (db, tenant, filled) => {
    const request = filled.get('requests')?.[0];
    const helper = filled.get('helper_profiles')?.find((row) => row.status === 'approved');
    if (!request || !helper) throw new Error('needs rows of requests and an approved helper_profiles first');
    return db.ownerQuery(
      `insert into offers (tenant_id, id, request_id, helper_id, kind, price_minor, customer_total_minor, currency)
       values ($1, $2, $3, $4, 'accept', 4900, 5400, 'CHF') returning *`,
      [tenant.id, newId(), request.id, helper.user_id],
    );
  },
  appointments: (db, tenant, filled) => {
    const offer = filled.get('offers')?.[0];
    const request = filled.get('requests')?.[0];
    if (!offer || !request) throw new Error('needs rows of offers and requests first');
    return db.ownerQuery(
      `insert into appointments (tenant_id, id, request_id, helper_id, customer_id, service_id, offer_id, starts_at, ends_at, currency,
                                 subtotal_minor, customer_fee_minor, customer_total_minor, commission_minor, helper_payout_minor)
       values ($1, $2, $3, $4, $5, $6, $7, now() + interval '2 days', now() + interval '2 days 1 hour', 'CHF', 4900, 500, 5400, 735, 4165) returning *`,
      [tenant.id, newId(), request.id, offer.helper_id, request.customer_id, request.service_id, offer.id],
    );
  },
  // Dispatch offered the request to the approved helper, who has not answered yet.
  dispatch_offers: (db, tenant, filled) => {
    const request = filled.get('requests')?.[0];
    const helper = filled.get('helper_profiles')?.find((row) => row.status === 'approved');
    if (!request || !helper) throw new Error('needs rows of requests and an approved helper_profiles first');
    return db.ownerQuery(
      `insert into dispatch_offers (tenant_id, request_id, helper_id, wave, rank, score, distance_km, status, offered_at)
       values ($1, $2, $3, 1, 1, 0.8, 1.5, 'pending', now()) returning *`,
      [tenant.id, request.id, helper.user_id],
    );
  },
  request_events: (db, tenant, filled) => {
    const request = filled.get('requests')?.[0];
    if (!request) throw new Error('needs a row of requests first');
    return db.ownerQuery(
      `insert into request_events (tenant_id, request_id, sequence, from_status, to_status, event, actor_kind, actor_id)
       values ($1, $2, 1, null, 'open', 'posted', 'customer', $3) returning *`,
      [tenant.id, request.id, request.customer_id],
    );
  },
  // A published review of the approved helper by another customer of the site, and the helper's
  // review of that customer, published then hidden by the site (its decision in the moderation
  // log), so every reviews probe aims at rows it could act on; the helper's rating counts the first.
  reviews: async (db, tenant, filled) => {
    const appointment = filled.get('appointments')?.[0];
    if (!appointment) throw new Error('needs a row of appointments first');
    const [reviewer] = await db.ownerQuery<{ id: string }>(
      `insert into users (tenant_id, id, email, password_hash, display_name, locale)
       values ($1, $2, $3, 'gate-fixture', $4, 'de') returning id`,
      [tenant.id, newId(), `reviewer-${randomUUID().slice(0, 8)}@gate.example`, `${tenant.name} Reviewer`],
    );
    return db.ownerQuery(
      `insert into reviews (tenant_id, id, appointment_id, author_id, author_role, subject_id, stars, text, reviews_policy_version, window_closes_at,
                            published_at, hidden_at, hidden_by, hidden_reason)
       values ($1, $2, $3, $4, 'customer', $5, 5, $6, 1, now() + interval '14 days', now(), null, null, null),
              ($1, $7, $3, $5, 'helper', $4, 2, $8, 1, now() + interval '14 days', now(), now(), $4, 'gate fixture')
       returning *`,
      [tenant.id, newId(), appointment.id, reviewer.id, appointment.helper_id, `${tenant.name} review`, newId(), `${tenant.name} hidden review`],
    );
  },
  review_moderation_events: (db, tenant, filled) => {
    const hidden = filled.get('reviews')?.find((row) => row.hidden_at !== null);
    if (!hidden) throw new Error('needs a hidden row of reviews first');
    return db.ownerQuery(
      `insert into review_moderation_events (tenant_id, id, review_id, action, reason, actor_id, created_at)
       values ($1, $2, $3, 'hidden', 'gate fixture', $4, $5) returning *`,
      [tenant.id, newId(), hidden.id, hidden.hidden_by, hidden.hidden_at],
    );
  },
  helper_ratings: (db, tenant, filled) => {
    const counted = filled.get('reviews')?.find((row) => row.author_role === 'customer');
    if (!counted) throw new Error("needs a customer's row of reviews first");
    return db.ownerQuery(`insert into helper_ratings (tenant_id, helper_id, review_count, stars_sum) values ($1, $2, 1, $3) returning *`, [
      tenant.id,
      counted.subject_id,
      counted.stars,
    ]);
  },
  // The offering helper answered the posted request once, five minutes after it was posted.
  helper_responsiveness: (db, tenant, filled) => {
    const offer = filled.get('offers')?.[0];
    if (!offer) throw new Error('needs a row of offers first');
    return db.ownerQuery(`insert into helper_responsiveness (tenant_id, helper_id, answered_count, response_seconds_sum) values ($1, $2, 1, 300) returning *`, [
      tenant.id,
      offer.helper_id,
    ]);
  },
  // A ledger movement is committed with its postings (at least two, balanced): one statement writes
  // the transaction and a debit and a credit of one unit on the tenant's account.
  ledger_transactions: async (db, tenant, filled) => {
    const account = filled.get('ledger_accounts')?.[0];
    if (!account) throw new Error('needs a row of ledger_accounts first');
    return db.ownerQuery(
      `with movement as (
         insert into ledger_transactions (tenant_id, id, kind, business_key, description)
         values ($1, $2, 'capture', $3, 'Gate movement') returning *
       ), lines as (
         insert into ledger_postings (tenant_id, transaction_id, line, account_id, amount_minor, currency)
         select $1, movement.id, line, $4, amount, $5 from movement, (values (1, 100), (2, -100)) as l (line, amount)
       )
       select * from movement`,
      [tenant.id, newId(), `gate:${randomUUID()}`, account.id, account.currency],
    );
  },
  ledger_postings: (db, tenant, filled) => {
    const transaction = filled.get('ledger_transactions')?.[0];
    if (!transaction) throw new Error('needs a row of ledger_transactions first');
    return db.ownerQuery(`select * from ledger_postings where tenant_id = $1 and transaction_id = $2 order by line`, [tenant.id, transaction.id]);
  },
  // The offering helper's conversation with the request's customer: one message, its sequence the conversation's last.
  conversations: (db, tenant, filled) => {
    const offer = filled.get('offers')?.[0];
    const request = filled.get('requests')?.find((row) => row.id === offer?.request_id);
    if (!offer || !request) throw new Error('needs rows of offers and requests first');
    return db.ownerQuery(
      `insert into conversations (tenant_id, request_id, helper_id, customer_id, last_sequence, last_message_at) values ($1, $2, $3, $4, 1, now()) returning *`,
      [tenant.id, request.id, offer.helper_id, request.customer_id],
    );
  },
  messages: (db, tenant, filled) => {
    const conversation = filled.get('conversations')?.[0];
    if (!conversation) throw new Error('needs a row of conversations first');
    return db.ownerQuery(
      `insert into messages (tenant_id, id, request_id, helper_id, sequence, sender_id, sender_role, body, created_at)
       values ($1, $2, $3, $4, 1, $5, 'customer', $6, $7) returning *`,
      [tenant.id, newId(), conversation.request_id, conversation.helper_id, conversation.customer_id, `${tenant.name} message`, conversation.last_message_at],
    );
  },
  // Credentials sealed as the product seals them, so a worker reading them would open them.
  tenant_stripe_accounts: (db, tenant, filled) => {
    const user = filled.get('users')?.[0];
    if (!user) throw new Error('needs a row of users first');
    const box = SecretBox.fromConfig(db.config);
    const secretKey = `sk_test_gate${tenant.id.replaceAll('-', '')}`;
    const webhookSecret = `whsec_gate${tenant.id.replaceAll('-', '')}`;
    return db.ownerQuery(
      `insert into tenant_stripe_accounts (tenant_id, secret_key_sealed, webhook_secret_sealed, key_mode, restricted_key, secret_key_last4,
                                           webhook_secret_last4, connected_by, connected_at, updated_at)
       values ($1, $2, $3, 'test', false, $4, $5, $6, now(), now()) returning *`,
      [
        tenant.id,
        box.seal(STRIPE_SECRET_PURPOSES.secretKey(tenant.id), secretKey),
        box.seal(STRIPE_SECRET_PURPOSES.webhookSecret(tenant.id), webhookSecret),
        secretKey.slice(-4),
        webhookSecret.slice(-4),
        user.id,
      ],
    );
  },
  // The appointment's payment, charged by card, with a refund given back and an open dispute, so
  // every payments probe aims at rows its operation would read or act on.
  payments: (db, tenant, filled) => {
    const appointment = filled.get('appointments')?.[0];
    if (!appointment) throw new Error('needs a row of appointments first');
    const suffix = randomUUID().replaceAll('-', '').slice(0, 16);
    return db.ownerQuery(
      `insert into payments (tenant_id, id, request_id, appointment_id, customer_id, helper_id, provider, status, currency, amount_minor, subtotal_minor,
                             commission_minor, customer_fee_minor, helper_payout_minor, captured_minor, refunded_minor, capture_reason,
                             payment_method_id, card_brand, card_last4, generation, payment_intent_id, charge_id, authorized_at, captured_at, created_at, updated_at)
       values ($1, $2, $3, $4, $5, $6, 'stripe', 'captured', 'CHF', 5400, 4900, 735, 500, 4165, 5400, 1000, 'completed',
               $7, 'visa', '4242', 1, $8, $9, now() - interval '1 day', now(), now(), now()) returning *`,
      [tenant.id, newId(), appointment.request_id, appointment.id, appointment.customer_id, appointment.helper_id, `pm_gate${suffix}`, `pi_gate${suffix}`, `ch_gate${suffix}`],
    );
  },
  payment_refunds: (db, tenant, filled) => {
    const payment = filled.get('payments')?.[0];
    if (!payment) throw new Error('needs a row of payments first');
    return db.ownerQuery(
      `insert into payment_refunds (tenant_id, id, payment_id, amount_minor, currency, reason, status, requested_by, provider_refund_id, created_at, updated_at)
       values ($1, $2, $3, 1000, 'CHF', $4, 'succeeded', null, $5, now(), now()) returning *`,
      [tenant.id, newId(), payment.id, `${tenant.name} refund`, `re_gate${randomUUID().replaceAll('-', '').slice(0, 16)}`],
    );
  },
  payment_disputes: (db, tenant, filled) => {
    const payment = filled.get('payments')?.[0];
    if (!payment) throw new Error('needs a row of payments first');
    return db.ownerQuery(
      `insert into payment_disputes (tenant_id, id, payment_id, provider_dispute_id, amount_minor, currency, reason, status, opened_at)
       values ($1, $2, $3, $4, 4400, 'CHF', 'fraudulent', 'open', now()) returning *`,
      [tenant.id, newId(), payment.id, `dp_gate${randomUUID().replaceAll('-', '').slice(0, 16)}`],
    );
  },
  // The paying customer's Stripe customer (its id has Stripe's prefix).
  payment_customers: (db, tenant, filled) => {
    const payment = filled.get('payments')?.[0];
    if (!payment) throw new Error('needs a row of payments first');
    return db.ownerQuery(`insert into payment_customers (tenant_id, user_id, stripe_customer_id, created_at) values ($1, $2, $3, now()) returning *`, [
      tenant.id,
      payment.customer_id,
      `cus_gate${randomUUID().replaceAll('-', '').slice(0, 16)}`,
    ]);
  },
  // The helper is paid out through an active Express account; one payout reached their bank.
  helper_payout_accounts: (db, tenant, filled) => {
    const payment = filled.get('payments')?.[0];
    if (!payment) throw new Error('needs a row of payments first');
    return db.ownerQuery(
      `insert into helper_payout_accounts (tenant_id, helper_id, status, stripe_account_id, charges_enabled, payouts_enabled, details_submitted, created_at, updated_at)
       values ($1, $2, 'active', $3, true, true, true, now(), now()) returning *`,
      [tenant.id, payment.helper_id, `acct_gate${randomUUID().replaceAll('-', '').slice(0, 16)}`],
    );
  },
  helper_payouts: (db, tenant, filled) => {
    const payment = filled.get('payments')?.[0];
    if (!payment) throw new Error('needs a row of payments first');
    return db.ownerQuery(
      `insert into helper_payouts (tenant_id, id, helper_id, provider_payout_id, amount_minor, currency, status, arrival_date, created_at)
       values ($1, $2, $3, $4, 3000, 'CHF', 'paid', now(), now()) returning *`,
      [tenant.id, newId(), payment.helper_id, `po_gate${randomUUID().replaceAll('-', '').slice(0, 16)}`],
    );
  },
  // A webhook event already applied (its id has Stripe's prefix).
  stripe_events: (db, tenant) =>
    db.ownerQuery(
      `insert into stripe_events (tenant_id, event_id, type, object_id, event_created_at, received_at, applied_at, outcome)
       values ($1, $2, 'charge.refunded', null, now(), now(), now(), 'gate fixture') returning *`,
      [tenant.id, `evt_gate${randomUUID().replaceAll('-', '').slice(0, 16)}`],
    ),
  // An endpoint subscribed to one event type, its secret sealed as the product seals it.
  webhook_endpoints: (db, tenant, filled) => {
    const user = filled.get('users')?.[0];
    if (!user) throw new Error('needs a row of users first');
    const secret = `whsec_gate${tenant.id.replaceAll('-', '')}`;
    return db.ownerQuery(
      `insert into webhook_endpoints (tenant_id, id, url, description, event_types, secret_sealed, secret_last4, enabled, created_by, created_at, updated_at)
       values ($1, $2, $3, $4, '{request.posted}', $5, $6, true, $7, now(), now()) returning *`,
      [tenant.id, newId(), `https://hooks.${tenant.id}.gate.example/quartier`, `${tenant.name} endpoint`, SecretBox.fromConfig(db.config).seal(NOTIFICATION_SECRET_PURPOSES.webhookSecret(tenant.id), secret), secret.slice(-4), user.id],
    );
  },
  // A webhook delivery to that endpoint that failed for good, so the replay probe aims at a row it could replay.
  notification_deliveries: (db, tenant, filled) => {
    const endpoint = filled.get('webhook_endpoints')?.[0];
    if (!endpoint) throw new Error('needs a row of webhook_endpoints first');
    return db.ownerQuery(
      `insert into notification_deliveries (tenant_id, id, event_id, event_type, kind, channel, recipient_id, address, body, status, attempts, max_attempts,
                                            due_at, last_code, last_error, failed_at, created_at, updated_at)
       values ($1, $2, $3, 'request.posted', 'request.posted', 'webhook', $4, $5, '{}', 'failed', 1, 12, now(), '410', 'gate fixture', now(), now(), now()) returning *`,
      [tenant.id, newId(), newId(), endpoint.id, endpoint.url],
    );
  },
  // A completed report of a past day (a period ends after it starts).
  reconciliation_reports: (db, tenant) =>
    db.ownerQuery(
      `insert into reconciliation_reports (tenant_id, id, period_from, period_to, status, checked_count, created_at, completed_at)
       values ($1, $2, now() - interval '2 days', now() - interval '1 day', 'completed', 1, now(), now()) returning *`,
      [tenant.id, newId()],
    ),
};

interface ColumnInfo {
  name: string;
  type: string;
  notNull: boolean;
  hasDefault: boolean;
  generated: boolean;
  checkOptions: string[] | null;
  /** A regular-expression check (slugs, codes): an email-like sample would not pass. */
  patternChecked: boolean;
}

async function columnsOf(db: TestDatabase, table: string): Promise<ColumnInfo[]> {
  const rows = await db.ownerQuery<{ name: string; type: string; not_null: boolean; has_default: boolean; generated: boolean; checks: string[] }>(
    `select a.attname as name, format_type(a.atttypid, a.atttypmod) as type, a.attnotnull as not_null,
            a.atthasdef as has_default, (a.attidentity <> '' or a.attgenerated <> '') as generated,
            array(select pg_get_constraintdef(co.oid) from pg_constraint co
                   where co.conrelid = a.attrelid and co.contype = 'c' and co.conkey = array[a.attnum]) as checks
       from pg_attribute a
      where a.attrelid = $1::regclass and a.attnum > 0 and not a.attisdropped
      order by a.attnum`,
    [table],
  );
  return rows.map((row) => ({
    name: row.name,
    type: row.type,
    notNull: row.not_null,
    hasDefault: row.has_default,
    generated: row.generated,
    checkOptions: enumOptions(row.checks),
    patternChecked: row.checks.some((check) => check.includes(' ~ ')),
  }));
}

/** `CHECK ((role = ANY (ARRAY['customer'::text, …])))` → the allowed values. */
function enumOptions(checks: string[]): string[] | null {
  for (const check of checks) {
    if (!/= ANY \(ARRAY\[/.test(check)) continue;
    const options = [...check.matchAll(/'((?:[^']|'')*)'::/g)].map((match) => match[1].replaceAll("''", "'"));
    if (options.length) return options;
  }
  return null;
}

function sampleValue(table: string, column: ColumnInfo): unknown {
  if (column.checkOptions) return column.checkOptions[0];
  const type = column.type;
  // UUIDv7 like the product's own ids, so id-ordered lists and cursors treat these rows as any other.
  if (type === 'uuid') return newId();
  if ((type === 'text' || type.startsWith('character varying')) && column.patternChecked) {
    return `gate-${randomUUID().slice(0, 8)}`;
  }
  if (type === 'text' || type.startsWith('character varying')) {
    // Looks like an email and stays within usual length checks (3–254).
    return `${table.slice(0, 12)}-${column.name.slice(0, 12)}-${randomUUID().slice(0, 8)}@gate.example`;
  }
  if (/^character\(\d+\)$/.test(type)) return 'X'.repeat(Number(/\d+/.exec(type)?.[0]));
  if (['integer', 'bigint', 'smallint', 'numeric', 'real', 'double precision'].includes(type)) return 1;
  if (type === 'boolean') return false;
  if (type === 'jsonb' || type === 'json') return '{}';
  if (type.startsWith('timestamp') || type === 'date') return new Date(Date.now() + 86_400_000).toISOString();
  if (type.endsWith('[]')) return '{}';
  throw new Error(`no sample value for a column of type ${type}`);
}

async function fillGenerically(
  db: TestDatabase,
  table: string,
  tenantId: string,
  edges: ForeignKeyEdge[],
  filled: FilledRows,
): Promise<Row[]> {
  const columns = await columnsOf(db, table);
  const values = new Map<string, unknown>();
  for (const edge of edges.filter((e) => e.table === table && e.referencedTable !== 'tenants')) {
    const target = filled.get(edge.referencedTable)?.[0];
    edge.columns.forEach((column, index) => {
      if (column === 'tenant_id') return;
      const info = columns.find((c) => c.name === column);
      if (!info?.notNull) return;
      if (!target) throw new Error(`needs a row of ${edge.referencedTable} first`);
      values.set(column, target[edge.referencedColumns[index]]);
    });
  }
  for (const column of columns) {
    if (column.name === 'tenant_id') values.set(column.name, tenantId);
    else if (!values.has(column.name) && column.notNull && !column.hasDefault && !column.generated) {
      values.set(column.name, sampleValue(table, column));
    }
  }
  const names = [...values.keys()];
  return db.ownerQuery(
    `insert into ${table} (${names.map((name) => `"${name}"`).join(', ')})
     values (${names.map((_, index) => `$${index + 1}`).join(', ')}) returning *`,
    [...values.values()],
  );
}

export interface FillResult {
  rows: FilledRows;
  /** Tenant tables that got no row, with the reason. */
  unfilled: { table: string; reason: string }[];
}

/** One or more rows of `tenant` in every tenant table; referenced tables are filled first. */
export async function fillTenantTables(db: TestDatabase, tenant: { id: string; name: string }): Promise<FillResult> {
  const tables = await tenantTableNames(db);
  const edges = await listForeignKeys(db);
  const rows: FilledRows = new Map();
  const lastError = new Map<string, string>();
  let pending = [...tables];
  // Repeats until no table makes progress: each pass fills the tables whose references exist.
  for (let progress = true; pending.length && progress; ) {
    progress = false;
    for (const table of pending) {
      try {
        const fixture = TENANT_ROW_FIXTURES[table];
        const inserted = fixture ? await fixture(db, tenant, rows) : await fillGenerically(db, table, tenant.id, edges, rows);
        if (inserted.length === 0) throw new Error('the fixture inserted no row');
        rows.set(table, inserted);
        progress = true;
      } catch (error) {
        lastError.set(table, (error as Error).message);
      }
    }
    pending = pending.filter((table) => !rows.has(table));
  }
  return {
    rows,
    unfilled: pending.map((table) => ({
      table,
      reason: `${lastError.get(table) ?? 'unknown'}; add a fixture to TENANT_ROW_FIXTURES in apps/api/test/gates/support/tenant-rows.ts`,
    })),
  };
}
