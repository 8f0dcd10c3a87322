// The only doors to the database for feature code. Every tenant query runs in a transaction whose
// first statement pins the tenant; the setting is transaction-local, so a pooled connection never
// carries a tenant past COMMIT or ROLLBACK.
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

/** A unit of work inside one tenant. Repositories exist only for the life of the transaction. */
export class TenantTransaction {
  constructor(
    private readonly manager: EntityManager,
    readonly ctx: RequestContext,
    readonly tenantId: string,
  ) {}

  repository<T extends ObjectLiteral>(entity: EntityTarget<T>): Repository<T> {
    return this.manager.getRepository(entity);
  }

  query<T = Record<string, unknown>>(sql: string, parameters: unknown[] = []): Promise<T[]> {
    return this.manager.query(sql, parameters);
  }

  /** Records a domain event in the outbox, committed or rolled back with the state change. */
  async emit(event: DomainEvent): Promise<string> {
    const id = newId();
    await this.manager.query(
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
    return this.inTenantTransaction(tenantId, (manager) => work(new TenantTransaction(manager, ctx, tenantId)));
  }

  /**
   * BEGIN and the tenant setting travel in one message (one round trip instead of two), which is
   * why the transaction is opened by hand: the id is inlined, safe because it was checked to be a
   * UUID, and TypeORM is then told a transaction is open so repositories join it.
   */
  private async inTenantTransaction<T>(tenantId: string, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.query(`start transaction; select set_config('${TENANT_SETTING}', '${tenantId}', true)`);
      markTransactionOpen(runner);
      const result = await work(runner.manager);
      await runner.commitTransaction();
      return result;
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      throw error;
    } finally {
      await runner.release();
    }
  }
}

/** The state TypeORM's own startTransaction() would have left (no savepoint nesting yet). */
function markTransactionOpen(runner: QueryRunner): void {
  const state = runner as unknown as { isTransactionActive: boolean; transactionDepth: number };
  state.isTransactionActive = true;
  state.transactionDepth = 1;
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
