// The ledger against the real database as the application role: balanced or nothing, append-only,
// idempotent by business key, balances derived, and each tenant's ledger its own.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ConfigModule, DatabaseModule, newId, RedisModule, RequestContext, TenantDatabase, ValidationError } from '@quartier/platform';
import { clearRedisNamespace, createTestDatabase, insertTestTenant, type TestDatabase, type TestTenant } from '@quartier/testing';
import { type LedgerEntryInput, LedgerService, PaymentsModule } from '../index.js';

describe('LedgerService', () => {
  let db: TestDatabase;
  let app: INestApplicationContext;
  let tenant: TestTenant;
  let other: TestTenant;
  let tenantDb: TenantDatabase;
  let ledger: LedgerService;
  const helperId = newId();
  const ctx = (t: TestTenant = tenant) => RequestContext.system(t.id, 'ledger-test');

  const capture = (key: string): LedgerEntryInput => ({
    kind: 'capture',
    businessKey: key,
    description: 'Card payment captured on completion',
    postings: [
      { account: { kind: 'customer_charges' }, amountMinor: 5000, currency: 'CHF' },
      { account: { kind: 'helper_payable', ownerId: helperId }, amountMinor: -4000, currency: 'CHF' },
      { account: { kind: 'platform_revenue' }, amountMinor: -800, currency: 'CHF' },
      { account: { kind: 'customer_fees' }, amountMinor: -200, currency: 'CHF' },
    ],
  });
  const countRows = async (table: string, tenantId = tenant.id) =>
    Number((await db.ownerQuery<{ n: string }>(`select count(*) as n from ${table} where tenant_id = $1`, [tenantId]))[0].n);

  beforeAll(async () => {
    db = await createTestDatabase();
    @Module({ imports: [ConfigModule.forRoot(db.config), DatabaseModule.forRoot({ entities: [] }), RedisModule.forRoot(), PaymentsModule] })
    class LedgerTestModule {}
    app = await NestFactory.createApplicationContext(LedgerTestModule, { logger: false });
    tenantDb = app.get(TenantDatabase);
    ledger = app.get(LedgerService);
    tenant = await insertTestTenant(db);
    other = await insertTestTenant(db);
  });

  afterAll(async () => {
    await app.close();
    await clearRedisNamespace(db.config.REDIS_URL, db.config.QUEUE_PREFIX);
    await db.drop();
  });

  it('refuses an unbalanced movement with a validation error and writes nothing', async () => {
    const entry = capture('capture:unbalanced');
    entry.postings[2].amountMinor = -700;
    const attempt = tenantDb.run(ctx(), (tx) => ledger.recordIn(tx, entry));
    await expect(attempt).rejects.toBeInstanceOf(ValidationError);
    await expect(attempt).rejects.toMatchObject({ field: 'postings' });
    expect(await countRows('ledger_transactions')).toBe(0);
    expect(await countRows('ledger_accounts')).toBe(0);
    expect(await countRows('ledger_postings')).toBe(0);
  });

  it('derives balances after a capture and a refund', async () => {
    await tenantDb.run(ctx(), (tx) => ledger.recordIn(tx, capture('capture:a1')));
    expect(await ledger.balance(ctx(), { account: { kind: 'customer_charges' }, currency: 'CHF' })).toMatchObject({ amountMinor: 5000 });
    expect(await ledger.balance(ctx(), { account: { kind: 'platform_revenue' }, currency: 'CHF' })).toMatchObject({ amountMinor: -800 });
    expect(await ledger.balancesOf(ctx(), { ownerId: helperId })).toEqual([
      { account: { kind: 'helper_payable', ownerId: helperId }, amountMinor: -4000, currency: 'CHF' },
    ]);

    // A partial refund of 1000: the helper gives back 800, the platform 200.
    await tenantDb.run(ctx(), (tx) =>
      ledger.recordIn(tx, {
        kind: 'refund',
        businessKey: 'refund:a1:1',
        description: 'Partial refund',
        postings: [
          { account: { kind: 'refunds' }, amountMinor: -1000, currency: 'CHF' },
          { account: { kind: 'helper_payable', ownerId: helperId }, amountMinor: 800, currency: 'CHF' },
          { account: { kind: 'platform_revenue' }, amountMinor: 200, currency: 'CHF' },
        ],
      }),
    );
    expect(await ledger.balancesOf(ctx(), { ownerId: helperId })).toEqual([
      { account: { kind: 'helper_payable', ownerId: helperId }, amountMinor: -3200, currency: 'CHF' },
    ]);
    expect(await ledger.balance(ctx(), { account: { kind: 'platform_revenue' }, currency: 'CHF' })).toMatchObject({ amountMinor: -600 });
    expect(await ledger.balance(ctx(), { account: { kind: 'platform_revenue' }, currency: 'EUR' })).toMatchObject({ amountMinor: 0 });
  });

  it('returns the first transaction for a repeated business key and refuses the key for another movement', async () => {
    const first = await tenantDb.run(ctx(), (tx) => ledger.recordIn(tx, capture('capture:b1')));
    const again = await tenantDb.run(ctx(), (tx) => ledger.recordIn(tx, { ...capture('capture:b1'), postings: [...capture('x').postings].reverse() }));
    expect(again).toMatchObject({ id: first.id, replayed: true });
    expect(first.replayed).toBe(false);

    const changed = capture('capture:b1');
    changed.postings[0].amountMinor = 6000;
    changed.postings[2].amountMinor = -1800;
    const reuse = tenantDb.run(ctx(), (tx) => ledger.recordIn(tx, changed));
    await expect(reuse).rejects.toMatchObject({ code: 'CONFLICT', details: { detail: 'LEDGER_KEY_REUSED' } });
    expect(await db.ownerQuery(`select 1 from ledger_transactions where tenant_id = $1 and business_key = 'capture:b1'`, [tenant.id])).toHaveLength(1);
  });

  it('has the database refuse unbalanced postings inserted directly, at commit', async () => {
    const [account] = await db.ownerQuery<{ id: string }>(`select id from ledger_accounts where tenant_id = $1 and kind = 'customer_charges'`, [tenant.id]);
    const id = newId();
    const attempt = tenantDb.run(ctx(), async (tx) => {
      await tx.query(
        `insert into ledger_transactions (tenant_id, id, kind, business_key, description) values ($1, $2, 'capture', 'direct:1', 'direct')`,
        [tx.tenantId, id],
      );
      await tx.query(
        `insert into ledger_postings (tenant_id, transaction_id, line, account_id, amount_minor, currency) values ($1, $2, 1, $3, 100, 'CHF'), ($1, $2, 2, $3, -99, 'CHF')`,
        [tx.tenantId, id, account.id],
      );
    });
    await expect(attempt).rejects.toThrow(/does not balance in CHF/);
    expect(await db.ownerQuery(`select 1 from ledger_transactions where id = $1`, [id])).toHaveLength(0);
  });

  it('has the database refuse, at commit, a transaction left without its postings', async () => {
    const id = newId();
    const attempt = tenantDb.run(ctx(), (tx) =>
      tx.query(`insert into ledger_transactions (tenant_id, id, kind, business_key, description) values ($1, $2, 'capture', 'direct:empty', 'direct')`, [tx.tenantId, id]),
    );
    await expect(attempt).rejects.toThrow(/fewer than two postings/);
    expect(await db.ownerQuery(`select 1 from ledger_transactions where id = $1`, [id])).toHaveLength(0);
  });

  it('keeps the ledger append-only for the application', async () => {
    for (const sql of [
      `update ledger_postings set amount_minor = amount_minor * 2 where tenant_id = $1`,
      `delete from ledger_postings where tenant_id = $1`,
      `update ledger_transactions set description = 'changed' where tenant_id = $1`,
      `delete from ledger_accounts where tenant_id = $1`,
    ]) {
      await expect(tenantDb.run(ctx(), (tx) => tx.query(sql, [tx.tenantId]))).rejects.toThrow(/permission denied/);
    }
    expect(await ledger.balance(ctx(), { account: { kind: 'customer_charges' }, currency: 'CHF' })).toMatchObject({ amountMinor: 10000 });
  });

  it("keeps each tenant's ledger apart", async () => {
    expect(await ledger.balancesOf(ctx(other), { ownerId: helperId })).toEqual([]);
    expect(await ledger.balance(ctx(other), { account: { kind: 'customer_charges' }, currency: 'CHF' })).toMatchObject({ amountMinor: 0 });
    // The same business key is free in another tenant.
    const theirs = await tenantDb.run(ctx(other), (tx) => ledger.recordIn(tx, capture('capture:a1')));
    expect(theirs.replayed).toBe(false);
    const seen = await tenantDb.run(ctx(other), (tx) => tx.query<{ tenant_id: string }>(`select tenant_id from ledger_postings`));
    expect(new Set(seen.map((row) => row.tenant_id))).toEqual(new Set([other.id]));
    expect(await ledger.balance(ctx(), { account: { kind: 'customer_charges' }, currency: 'CHF' })).toMatchObject({ amountMinor: 10000 });
  });
});
