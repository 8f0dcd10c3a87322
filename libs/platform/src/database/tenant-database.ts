// The only doors to the database for feature code. Every tenant query runs in a transaction whose
// first statement pins the tenant; the setting is transaction-local, so a pooled connection never
// carries a tenant past COMMIT or ROLLBACK.
import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { DataSource, EntityManager, EntityTarget, ObjectLiteral, QueryRunner, Repository } from 'typeorm';
import { RequestContext } from '../context/request-context.js';
import { isUuid, newId } from '../ids.js';
import { SYSTEM_ROLE, TENANT_SETTING } from './roles.js';

export const APP_DATA_SOURCE = Symbol('APP_DATA_SOURCE');

export interface DomainEvent {
  type: string;
  aggregateType: string;
  aggregateId: string;
  payload?: Record<string, unknown>;
}

/** The pooled node-postgres connection a transaction runs on; raw SQL goes to it directly. */
interface PgConnection {
  query(sql: string | { name: string; text: string; values: unknown[] }, parameters?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
}

/** Statement names by SQL text; the product's statements are a fixed set, the cap only guards against a runaway. */
const statementNames = new Map<string, string>();
const MAX_NAMED_STATEMENTS = 5_000;

/**
 * Every statement of a tenant transaction is a named prepared statement of its connection, named
 * after its text: Postgres parses it once per connection and, once its plans prove alike, stops
 * planning it on every call. Planning was a large share of the database's CPU on busy paths
 * (bench:payments, bench:search).
 */
function statementNameOf(sql: string): string {
  let name = statementNames.get(sql);
  if (!name) {
    name = `q${createHash('sha1').update(sql).digest('hex').slice(0, 24)}`;
    if (statementNames.size < MAX_NAMED_STATEMENTS) statementNames.set(sql, name);
  }
  return name;
}

/** Opened transaction: TypeORM's manager for repositories, the raw connection for SQL. */
interface OpenTransaction {
  manager: EntityManager;
  connection: PgConnection;
}

/** A unit of work inside one tenant. Repositories exist only for the life of the transaction. */
export class TenantTransaction {
  constructor(
    private readonly open: OpenTransaction,
    readonly ctx: RequestContext,
    readonly tenantId: string,
  ) {}

  repository<T extends ObjectLiteral>(entity: EntityTarget<T>): Repository<T> {
    return this.open.manager.getRepository(entity);
  }

  /** The statement's rows (also for UPDATE/DELETE … RETURNING). */
  async query<T = Record<string, unknown>>(sql: string, parameters: unknown[] = []): Promise<T[]> {
    return (await this.open.connection.query({ name: statementNameOf(sql), text: sql, values: parameters })).rows as T[];
  }

  /** Records a domain event in the outbox, committed or rolled back with the state change. */
  async emit(event: DomainEvent): Promise<string> {
    const id = newId();
    await this.query(
      `insert into outbox_events (tenant_id, id, type, aggregate_type, aggregate_id, payload, context)
       values ($1, $2, $3, $4, $5, $6, $7)`,
      [
        this.tenantId,
        id,
        event.type,
        event.aggregateType,
        event.aggregateId,
        JSON.stringify(event.payload ?? {}),
        JSON.stringify(this.ctx.toJSON()),
      ],
    );
    return id;
  }
}

@Injectable()
export class TenantDatabase {
  constructor(@Inject(APP_DATA_SOURCE) private readonly dataSource: DataSource) {}

  run<T>(ctx: RequestContext, work: (tx: TenantTransaction) => Promise<T>): Promise<T> {
    const tenantId = ctx.requireTenantId();
    if (!isUuid(tenantId)) throw new Error('Tenant id must be a UUID');
    return this.inTenantTransaction(tenantId, (open) => work(new TenantTransaction(open, ctx, tenantId)));
  }

  /**
   * The hot path of every tenant request, kept to three round trips: BEGIN and the tenant setting
   * travel in one message (the id is inlined, safe because it was checked to be a UUID), the work,
   * COMMIT. Transaction control and raw SQL go straight to the pooled connection; TypeORM is told a
   * transaction is open so that repositories, when used, join it instead of opening their own.
   */
  private async inTenantTransaction<T>(tenantId: string, work: (open: OpenTransaction) => Promise<T>): Promise<T> {
    const runner = this.dataSource.createQueryRunner();
    const connection = (await runner.connect()) as PgConnection;
    let open = false;
    let broken: unknown = null;
    try {
      await connection.query(`start transaction; select set_config('${TENANT_SETTING}', '${tenantId}', true)`);
      open = true;
      setTransactionState(runner, true);
      const result = await work({ manager: runner.manager, connection });
      await connection.query('commit');
      open = false;
      return result;
    } catch (error) {
      if (open) {
        await connection.query('rollback').catch((rollbackError: unknown) => {
          broken = rollbackError;
        });
      }
      throw error;
    } finally {
      setTransactionState(runner, false);
      // A connection whose rollback failed may still hold the transaction: destroy it, never pool it.
      if (broken) await (runner as unknown as { releasePostgresConnection(error: unknown): Promise<void> }).releasePostgresConnection(broken);
      else await runner.release();
    }
  }
}

/** Mirrors what TypeORM's own start/commit would record (no savepoint nesting). */
function setTransactionState(runner: QueryRunner, active: boolean): void {
  const state = runner as unknown as { isTransactionActive: boolean; transactionDepth: number };
  state.isTransactionActive = active;
  state.transactionDepth = active ? 1 : 0;
}

/** A transaction with no tenant: only global tables (tenants, platform admins) are visible. */
export class GlobalTransaction {
  constructor(private readonly manager: EntityManager) {}

  repository<T extends ObjectLiteral>(entity: EntityTarget<T>): Repository<T> {
    return this.manager.getRepository(entity);
  }

  query<T = Record<string, unknown>>(sql: string, parameters: unknown[] = []): Promise<T[]> {
    return this.manager.query(sql, parameters);
  }
}

@Injectable()
export class GlobalDatabase {
  constructor(@Inject(APP_DATA_SOURCE) private readonly dataSource: DataSource) {}

  run<T>(work: (tx: GlobalTransaction) => Promise<T>): Promise<T> {
    return this.dataSource.transaction((manager) => work(new GlobalTransaction(manager)));
  }
}

/**
 * The one audited path across tenants, for platform admins. Every use first commits an audit row
 * (so a failed read is still on record), then reads in a READ ONLY transaction as the system role.
 */
@Injectable()
export class PlatformDatabase {
  constructor(@Inject(APP_DATA_SOURCE) private readonly dataSource: DataSource) {}

  async readAcrossTenants<T>(
    ctx: RequestContext,
    purpose: string,
    work: (tx: GlobalTransaction) => Promise<T>,
  ): Promise<T> {
    if (ctx.actor.kind !== 'platform_admin') throw new Error('Only platform admins read across tenants');
    await this.dataSource.query(
      `insert into platform_audit_log (id, admin_id, action, purpose, request_id) values ($1, $2, 'read_across_tenants', $3, $4)`,
      [newId(), ctx.actor.adminId, purpose, ctx.requestId],
    );
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`set transaction read only`);
      await manager.query(`set local role ${SYSTEM_ROLE}`);
      return work(new GlobalTransaction(manager));
    });
  }
}

/** For the outbox relay only (same folder family): all tenants' rows, as the system role. */
@Injectable()
export class SystemDatabase {
  constructor(@Inject(APP_DATA_SOURCE) private readonly dataSource: DataSource) {}

  run<T>(work: (tx: GlobalTransaction) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`set local role ${SYSTEM_ROLE}`);
      return work(new GlobalTransaction(manager));
    });
  }
}
