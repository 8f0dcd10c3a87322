// Process configuration, validated once at boot. A bad value stops the process with one line naming it.
import { z } from 'zod';

const DEV_JWT_SECRET = 'quartier-dev-jwt-secret-change-me-in-production-0000';
const DEV_ENCRYPTION_KEY = 'quartier-dev-encryption-key-change-me-in-production';

const postgresUrl = z
  .string()
  .refine((value) => /^postgres(ql)?:\/\//.test(value), 'must be a postgres:// URL');
const redisUrl = z.string().refine((value) => /^rediss?:\/\//.test(value), 'must be a redis:// URL');

const schema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  DATABASE_URL: postgresUrl.default('postgres://postgres@127.0.0.1:5432/quartier'),
  DATABASE_APP_URL: postgresUrl.default('postgres://quartier_app:quartier_app@127.0.0.1:5432/quartier'),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  // Transactions a pooled connection serves before it is replaced (0: never).
  DATABASE_POOL_MAX_USES: z.coerce.number().int().min(0).max(1_000_000).default(300),
  REDIS_URL: redisUrl.default('redis://127.0.0.1:6379'),
  QUEUE_PREFIX: z.string().regex(/^[a-z0-9_:-]+$/i).default('quartier'),
  PUBLIC_BASE_DOMAIN: z
    .string()
    .regex(/^[a-z0-9.-]+$/i, 'must be a bare domain such as localhost or quartier.example')
    .default('localhost'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  // 0 picks a free port (tests); the worker serves /health and /metrics there.
  WORKER_PORT: z.coerce.number().int().min(0).max(65535).default(3001),
  // Under Docker's default 10 s stop grace period, so in-flight jobs are released before SIGKILL.
  WORKER_SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).max(600_000).default(8_000),
  OUTBOX_POLL_INTERVAL_MS: z.coerce.number().int().min(10).max(60_000).default(100),
  // How often the worker sweeps every tenant for due work (expiries, auto-closing, review publishing).
  MAINTENANCE_INTERVAL_MS: z.coerce.number().int().min(500).max(3_600_000).default(60_000),
  HOST: z.string().default('0.0.0.0'),
  JWT_SECRET: z.string().min(32, 'must be at least 32 characters').default(DEV_JWT_SECRET),
  JWT_ISSUER: z.string().default('quartier'),
  ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(30).max(86_400).default(900),
  REFRESH_TOKEN_TTL_SECONDS: z.coerce.number().int().min(300).default(30 * 86_400),
  ENCRYPTION_KEY: z.string().min(32, 'must be at least 32 characters').default(DEV_ENCRYPTION_KEY),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  // Which proxies may set X-Forwarded-For/-Host: 'false' (none, the default), 'true' (any: only
  // behind a proxy that overwrites them), a hop count, or comma-separated addresses/CIDRs.
  TRUST_PROXY: z
    .string()
    .regex(/^(true|false|\d+|[0-9a-f.:/]+(\s*,\s*[0-9a-f.:/]+)*)$/i, 'must be true, false, a hop count or a list of addresses')
    .default('false'),
  TENANT_CACHE_TTL_SECONDS: z.coerce.number().int().min(0).max(3600).default(30),
  // Overrides every queue's job lock (and stalled-job check) in ms: how soon the jobs of a killed
  // worker are handed to another. Unset keeps each queue's own (30 s); tests that kill workers shorten it.
  QUEUE_LOCK_DURATION_MS: z.coerce.number().int().min(500).max(600_000).optional(),
  // Overrides every job type's first retry delay in ms (it still doubles per attempt, capped at 15 min). Unset keeps each type's own; tests shorten it.
  QUEUE_RETRY_BASE_MS: z.coerce.number().int().min(10).max(600_000).optional(),
  // Where the Stripe SDK sends its calls: unset means Stripe itself; tests and the demo point it at
  // a Stripe-compatible server on loopback (http://127.0.0.1:<port>).
  STRIPE_API_URL: z.url({ protocol: /^https?$/ }).optional(),
  // How long one call to Stripe may take before the job gives up on it and retries with the same key.
  STRIPE_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(20_000),
  // The public address helpers come back to after Stripe's onboarding pages (the tenant's host is prefixed).
  PUBLIC_URL_SCHEME: z.enum(['http', 'https']).default('http'),
  // The deployment's mail server (smtp:// or smtps://); a tenant may set its own. Unset and no tenant
  // URL: mails are rendered and kept in the notification log, not sent.
  SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
  // The sender address of the deployment's mails when a tenant sets none (the name is the site's).
  MAIL_FROM_ADDRESS: z.email().default('no-reply@quartier.localhost'),
  // How long one SMTP, SMS or webhook send may take before it counts as a temporary failure.
  NOTIFY_SEND_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(15_000),
  // Where the SMS adapter sends (Twilio's API unless set; tests point it at a loopback fake).
  SMS_API_URL: z.url({ protocol: /^https?$/ }).optional(),
  // Deliveries one tenant may have queued or sending at once, so a flood waits its turn in Postgres.
  NOTIFY_TENANT_MAX_IN_FLIGHT: z.coerce.number().int().min(1).max(10_000).default(400),
  // How long work handed to Redis may go unanswered before the feeder hands it out again.
  NOTIFY_LEASE_MS: z.coerce.number().int().min(1_000).max(600_000).default(20_000),
});

export type AppConfig = Readonly<z.infer<typeof schema>>;

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** Parses the environment; throws a ConfigError whose message is one line naming the variable. */
export function parseConfig(env: Record<string, string | undefined>): AppConfig {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const result = schema.safeParse(cleaned);
  if (!result.success) {
    const issue = result.error.issues[0];
    const variable = String(issue.path[0] ?? 'environment');
    throw new ConfigError(`Invalid configuration: ${variable} ${issue.message}`);
  }
  const config = result.data;
  if (config.NODE_ENV === 'production') {
    if (config.JWT_SECRET === DEV_JWT_SECRET) {
      throw new ConfigError('Invalid configuration: JWT_SECRET still has its development default; set a secret for production');
    }
    if (config.ENCRYPTION_KEY === DEV_ENCRYPTION_KEY) {
      throw new ConfigError('Invalid configuration: ENCRYPTION_KEY still has its development default; set a key for production');
    }
    for (const name of ['DATABASE_URL', 'DATABASE_APP_URL'] as const) {
      if (cleaned[name] === undefined) {
        throw new ConfigError(`Invalid configuration: ${name} must be set in production`);
      }
    }
  }
  return Object.freeze(config);
}

/** For process entrypoints: parse or print one line and exit. */
export function loadConfigOrExit(env: Record<string, string | undefined> = process.env): AppConfig {
  try {
    return parseConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}

export const APP_CONFIG = Symbol('APP_CONFIG');
