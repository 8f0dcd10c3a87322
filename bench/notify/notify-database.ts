// The notification benchmark's own database: created and migrated like production, then given one
// marketplace whose helpers have chosen to hear of their application's approval by email only, and,
// per round, the outbox events that approve them.
import { migrations } from '@quartier/migrations';
import { type AppConfig, migrate, newId, RequestContext } from '@quartier/platform';
import pg from 'pg';
import { benchAppConfig, dropBenchDatabaseNamed } from '../bench-database-kit.js';

export const NOTIFY_BENCH_DATABASE = 'quartier_bench_notify';
export const NOTIFY_BENCH_SLUG = 'bench-notify';
/**
 * Its rule reads nothing (the helper is the aggregate) and gives one kind, `application.approved`,
 * to one person; with the helper's preference set to email only, one event is exactly one email.
 * It is also a webhook event type, so the fan-out still looks for subscribed endpoints (there are none).
 */
export const NOTIFY_EVENT_TYPE = 'helper.vetting_approved';
export const NOTIFY_KIND = 'application.approved';

const LOCALES = ['de', 'fr', 'it', 'en'] as const;
const FIRST_NAMES = ['Anna', 'Luca', 'Léa', 'Noah', 'Giulia', 'Elias', 'Chloé', 'Jonas', 'Chiara', 'Samuel', 'Mia', 'Matteo', 'Zoé', 'Nils', 'Sara', 'Yannick'];
const LAST_NAMES = ['Meier', 'Rossi', 'Favre', 'Keller', 'Bernasconi', 'Dubois', 'Huber', 'Brunner', 'Weber', 'Rochat', 'Galli', 'Schmid', 'Perret', 'Frei', 'Moser'];

export interface NotifyRecipient {
  id: string;
  email: string;
  displayName: string;
  locale: (typeof LOCALES)[number];
}

export interface NotifyMarketplace {
  tenantId: string;
  tenantName: string;
  locales: string[];
  defaultLocale: (typeof LOCALES)[number];
  operatorId: string;
  recipients: NotifyRecipient[];
}

/** Product settings that shape the path's throughput; taken from the environment when set, so their effect can be measured. */
const TUNABLE_SETTINGS = ['NOTIFY_TENANT_MAX_IN_FLIGHT', 'DATABASE_POOL_SIZE', 'DATABASE_POOL_MAX_USES', 'OUTBOX_POLL_INTERVAL_MS'] as const;

/** Production settings (secrets required) against the benchmark database, its own queue prefix and the sink. */
export function notifyBenchConfig(overrides: Record<string, string> = {}): AppConfig {
  const tuned = Object.fromEntries(TUNABLE_SETTINGS.flatMap((name) => (process.env[name] ? [[name, process.env[name] as string]] : [])));
  return benchAppConfig({ database: NOTIFY_BENCH_DATABASE, queuePrefix: 'quartier-bench-notify' }, { WORKER_PORT: '0', ...tuned, ...overrides });
}

export function dropNotifyBenchDatabase(): Promise<void> {
  return dropBenchDatabaseNamed(NOTIFY_BENCH_DATABASE);
}

/** Fresh database, migrated as the owner: one tenant speaking four languages, its operator and `count` helpers. */
export async function prepareNotifyBenchDatabase(config: AppConfig, count: number): Promise<NotifyMarketplace> {
  await dropNotifyBenchDatabase();
  await migrate(config, migrations);
  const owner = new pg.Client({ connectionString: config.DATABASE_URL });
  await owner.connect();
  try {
    const marketplace: NotifyMarketplace = {
      tenantId: newId(),
      tenantName: 'Bench Notify',
      locales: [...LOCALES],
      defaultLocale: 'de',
      operatorId: newId(),
      recipients: Array.from({ length: count }, (_, index) => ({
        id: newId(),
        email: `helper-${String(index + 1).padStart(5, '0')}@bench-notify.example`,
        displayName: `${FIRST_NAMES[index % FIRST_NAMES.length]} ${LAST_NAMES[Math.floor(index / FIRST_NAMES.length) % LAST_NAMES.length]}`,
        locale: LOCALES[index % LOCALES.length],
      })),
    };
    const { tenantId, recipients } = marketplace;
    await owner.query('begin');
    await owner.query(
      `insert into tenants (id, slug, name, status, locales, default_locale, currency, timezone, provisioned_at)
       values ($1, $2, $3, 'active', $4, $5, 'CHF', 'Europe/Zurich', now())`,
      [tenantId, NOTIFY_BENCH_SLUG, marketplace.tenantName, marketplace.locales, marketplace.defaultLocale],
    );
    await owner.query(
      `insert into users (tenant_id, id, email, password_hash, display_name, locale)
       values ($1, $2, 'operator@bench-notify.example', '$bench$no-login', 'Olga Operator', 'de')`,
      [tenantId, marketplace.operatorId],
    );
    await owner.query(`insert into user_roles (tenant_id, user_id, role) values ($1, $2, 'operator_admin')`, [tenantId, marketplace.operatorId]);
    await owner.query(
      `insert into users (tenant_id, id, email, password_hash, display_name, locale)
       select $1, r.id, r.email, '$bench$no-login', r.display_name, r.locale
         from unnest($2::uuid[], $3::text[], $4::text[], $5::text[]) as r (id, email, display_name, locale)`,
      [tenantId, recipients.map((r) => r.id), recipients.map((r) => r.email), recipients.map((r) => r.displayName), recipients.map((r) => r.locale)],
    );
    await owner.query(`insert into user_roles (tenant_id, user_id, role) select $1, id, 'helper' from unnest($2::uuid[]) as id`, [tenantId, recipients.map((r) => r.id)]);
    // Each helper asked for this news by email only: no in-app row, no SMS.
    await owner.query(
      `insert into notification_preferences (tenant_id, user_id, kind, channels, updated_at)
       select $1, id, $3, '{email}', now() from unnest($2::uuid[]) as id`,
      [tenantId, recipients.map((r) => r.id), NOTIFY_KIND],
    );
    await owner.query('commit');
    return marketplace;
  } finally {
    await owner.end();
  }
}

/**
 * One approval event per recipient, written in one statement as the vetting service writes each
 * (same type, aggregate, payload and the operator's context); returns the event ids.
 */
export async function insertApprovalEvents(owner: pg.Client, marketplace: NotifyMarketplace, recipients: NotifyRecipient[]): Promise<string[]> {
  const ids = recipients.map(() => newId());
  const context = RequestContext.create({
    tenantId: marketplace.tenantId,
    actor: { kind: 'user', userId: marketplace.operatorId, sessionId: newId() },
    roles: ['operator_admin'],
  }).toJSON();
  await owner.query(
    `insert into outbox_events (tenant_id, id, type, aggregate_type, aggregate_id, payload, context)
     select $1, e.id, $4, 'helper', e.helper_id, $5::jsonb, $6::jsonb from unnest($2::uuid[], $3::text[]) as e (id, helper_id)`,
    [
      marketplace.tenantId,
      ids,
      recipients.map((r) => r.id),
      NOTIFY_EVENT_TYPE,
      JSON.stringify({ from: 'in_review', to: 'approved', vettingPolicyVersion: 1 }),
      JSON.stringify(context),
    ],
  );
  return ids;
}
